// Screenshots of every screen and state at the two terminal sizes, into screenshots/.
// Needs `npm start` running: node scripts/screenshots.mjs [baseURL]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await chromium.launch(chromiumLaunchOptions);
const fault = (plan) =>
  fetch(`${base}/__simulator/faults`, {
    method: plan ? 'PUT' : 'DELETE',
    headers: { 'Content-Type': 'application/json' },
    body: plan ? JSON.stringify(plan) : undefined,
  });

for (const [w, h] of [
  [1024, 768],
  [1920, 1080],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const shot = (name) => page.screenshot({ path: `screenshots/${name}-${w}.png` });
  const search = page.getByRole('button', { name: 'Search', exact: true });

  /** A search typed as a cashier would: terms are kept out of the URL. */
  const searchFor = async (mode, term) => {
    await page.goto(base);
    await page.getByRole('radio', { name: mode }).click();
    await page.getByRole('searchbox').fill(term);
    await page.getByRole('searchbox').press('Enter');
  };

  // The page's clock, so the idle warning can be reached without waiting two minutes.
  await page.clock.install();
  await page.goto(base);
  await page.getByRole('heading', { name: 'Who is at the till?' }).waitFor();
  await shot('sign-on-start');
  await page.getByRole('button', { name: 'Skip, look up customers only' }).click();
  await search.waitFor();
  await shot('search-empty');
  await page.getByRole('button', { name: 'A', exact: true }).click();
  await shot('search-typing');
  await search.click();
  await page.getByText(/ of /).first().waitFor();
  await shot('search-results');
  const range = page.getByText(/^(Showing )?[\d,]+–[\d,]+ of [\d,]+/);
  for (let i = 0; i < 3; i++) {
    const before = await range.innerText();
    await page.getByRole('button', { name: /Next page/ }).click();
    await range.filter({ hasNotText: before }).waitFor();
  }
  await shot('search-results-paged');
  await page.getByRole('list', { name: 'Customers found' }).getByRole('button').first().click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot('customer');

  await searchFor('Postcode', 'ZZ99');
  await page.getByText(/No customers found/).waitFor();
  await shot('search-no-results');

  // Two: in dev, React StrictMode mounts twice and the first, cancelled request takes one.
  await fault({ kind: 'soap-fault', count: 2 });
  await searchFor('Name', 'amelia');
  await page.getByRole('alert').waitFor();
  await shot('search-error');
  await fault(null);

  await searchFor('Name', 'amelia bald');
  await page.getByRole('list', { name: 'Customers found' }).getByRole('button').first().click();
  await page.getByRole('list', { name: 'Loyalty accounts' }).waitFor();
  await shot('customer-accounts');
  await page.getByRole('button', { name: /Account 200/ }).click();
  await page.getByTestId('balance').waitFor();
  await shot('balance');
  const sale = page.getByRole('region', { name: 'Complete a sale' });
  for (const d of '150') await sale.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Complete sale' }).click();
  await page.getByText('Sale completed').waitFor();
  await sale.scrollIntoViewIfNeeded();
  await shot('sale-completed');
  await fault({ kind: 'unreachable', count: 1000, operation: 'submitAccountBalanceUpdate' });
  await page.getByRole('button', { name: 'Next sale' }).click();
  for (const d of '75') await sale.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Complete sale' }).click();
  await page.getByText('Saved on this till').waitFor();
  await sale.scrollIntoViewIfNeeded();
  await shot('sale-pending');
  await page.getByRole('link', { name: /^Pending updates/ }).click();
  await page.getByRole('heading', { name: 'Pending updates' }).waitFor();
  await shot('outbox-pending');
  await fault(null);
  await page.getByRole('button', { name: 'Retry now' }).click();
  await page.getByRole('list', { name: 'Delivered' }).getByText('+75 points').waitFor();
  await shot('outbox-delivered');
  await page.goto(`${base}/card`);
  await page.getByRole('group', { name: 'Numeric keypad' }).waitFor();
  await shot('card-entry');
  await page.keyboard.type(';6337850000000421=25121010000000000000?', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.getByText('That scan was not a loyalty card').waitFor();
  await shot('scan-not-a-card');
  await page.getByRole('button', { name: 'OK' }).click();
  await page.keyboard.type('9999000011112222', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.getByText('No account found').waitFor();
  await shot('balance-no-account');

  await page.goto(`${base}/points/CPOL-123185`);
  await page.getByTestId('point-balance').waitFor();
  await shot('points-member');
  await page.getByRole('tab', { name: 'Redeem points' }).click();
  for (const d of '600')
    await page.getByRole('tabpanel').getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Redeem', exact: true }).click();
  await page.getByText('No Balance Remaining').first().waitFor();
  await shot('points-redeem-refused');
  await page.goto(`${base}/customers/2059378440`);
  await page.getByText('points available').waitFor();
  await shot('customer-points-card');

  await page.goto(`${base}/crm`);
  await page.getByRole('heading', { name: 'Client search' }).waitFor();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await shot('crm-empty-refused');
  await page.getByLabel('Surname', { exact: true }).fill('smith');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('list', { name: 'Clients found' }).waitFor();
  await shot('crm-results');
  await page
    .getByRole('button', { name: /^Show e-mail and phone/ })
    .first()
    .click();
  await shot('crm-results-revealed');
  await page.getByRole('button', { name: 'Keyboard' }).click();
  await shot('crm-keyboard');
  await page.goto(`${base}/crm/customers/100`);
  await page.getByRole('heading', { name: /Amelia/ }).waitFor();
  await page.getByRole('list', { name: 'Loyalty accounts' }).waitFor();
  await shot('crm-details');
  await page.clock.runFor('02:00');
  await page.getByRole('alertdialog').waitFor();
  await shot('idle-warning');
  await page.getByRole('button', { name: 'Keep going' }).click();
  await page.getByRole('button', { name: 'Appointments' }).click();
  await shot('crm-details-scrolled');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Surname *').waitFor();
  await shot('crm-edit');
  await page.goto(`${base}/crm/new`);
  await page.getByLabel('E-mail').fill('zoe@');
  await page.getByRole('button', { name: 'Save' }).click();
  await shot('crm-new-invalid');

  await page.goto(`${base}/sign-on`);
  for (const d of '1042') await page.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Sign on', exact: true }).click();
  await search.waitFor();
  await shot('signed-on');

  await page.route('**/terminal-config.json', (r) =>
    r.fulfill({ json: { mode: 'live', currency: 'pounds' } }),
  );
  await page.goto(base);
  await page.getByRole('alert').waitFor();
  await shot('config-error');
  await page.close();
}
await browser.close();
