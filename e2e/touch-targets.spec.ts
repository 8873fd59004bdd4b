import { expect, smallTargets, test } from './fixtures';

test('every control on every screen is at least 48x48 CSS px', async ({ searchPage, page }) => {
  await searchPage.goto();
  expect(await smallTargets(page)).toEqual([]);
  await searchPage.typeAndEnter('amelia');
  await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await searchPage.row(/Amelia Baldwin/).click();
  await expect(page.getByRole('heading', { name: 'Mrs Amelia Baldwin' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Loyalty accounts' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: /Account 200/ }).click();
  await expect(page.getByTestId('balance')).toBeVisible();
  await expect(page.getByTestId('transaction-id')).toHaveText(/\d/);
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('link', { name: /^Pending updates/ }).click();
  await expect(page.getByRole('heading', { name: 'Pending updates' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('link', { name: 'Check a card' }).click();
  await expect(page.getByRole('group', { name: 'Numeric keypad' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);

  await page.goto('/points/CPOL-123185');
  await expect(page.getByTestId('point-balance')).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Redeem points' }).click();
  expect(await smallTargets(page)).toEqual([]);

  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByLabel('Surname', { exact: true }).fill('smith');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Clients found' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Keyboard' }).click();
  expect(await smallTargets(page)).toEqual([]);
  await page.goto('/crm/customers/100');
  await expect(page.getByRole('heading', { name: /Amelia Baldwin/ })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Surname *')).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
