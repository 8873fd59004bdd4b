import { expect, type Page } from '@playwright/test';

/**
 * The till's touch date picker (shared/ui/date-field.tsx), opened by the button named by its
 * label: a year (decade by decade), then a month, then a day.
 */
export async function pickDate(page: Page, label: string, iso: string) {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  await page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  const dialog = page.getByRole('dialog', { name: label });
  const years = dialog.getByRole('radiogroup', { name: 'Year' });
  for (let turns = 0; turns < 20; turns++) {
    const first = Number(await years.getByRole('radio').first().textContent());
    if (year >= first && year < first + 10) break;
    await dialog
      .getByRole('button', { name: year < first ? 'Earlier years' : 'Later years' })
      .click();
  }
  await years.getByRole('radio', { name: String(year) }).click();
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  await dialog
    .getByRole('radiogroup', { name: 'Month' })
    .getByRole('radio', { name: monthName })
    .click();
  await dialog
    .getByRole('radiogroup', { name: 'Day' })
    .getByRole('radio', { name: `${day} ${monthName} ${year}` })
    .click();
  await expect(dialog).toBeHidden();
}
