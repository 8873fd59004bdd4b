// Screenshots of each screen at the two terminal sizes: node scripts/screenshots.mjs [baseURL]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const [w, h] of [
  [1024, 768],
  [1920, 1080],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base);
  await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
  await page.screenshot({ path: `screenshots/search-empty-${w}.png` });
  await page.getByRole('button', { name: 'A', exact: true }).click();
  await page.screenshot({ path: `screenshots/search-typing-${w}.png` });
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByText(/ of /).first().waitFor();
  await page.screenshot({ path: `screenshots/search-results-${w}.png` });
  await page.getByRole('button', { name: /Amelia Baldwin/ }).click();
  await page.getByRole('heading', { name: /Amelia Baldwin/ }).waitFor();
  await page.screenshot({ path: `screenshots/customer-${w}.png` });
  await page.close();
}
await browser.close();
