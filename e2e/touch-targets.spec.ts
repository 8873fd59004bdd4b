import { expect, smallTargets, test } from './fixtures';

test('every control on every screen is at least 48x48 CSS px', async ({
  page,
  shell,
  customerSearch,
  customerPage,
  balance,
  pending,
  cardEntry,
  points,
  crmSearch,
  clientDetails,
  customerForm,
}) => {
  await customerSearch.goto();
  expect(await smallTargets(page)).toEqual([]);
  await customerSearch.typeAndEnter('amelia');
  await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await customerSearch.row(/Amelia Baldwin/).click();
  await expect(customerPage.titled('Mrs Amelia Baldwin')).toBeVisible();
  await expect(customerPage.loyalty.list).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await customerPage.loyalty.account('200').click();
  await expect(balance.amount).toBeVisible();
  await expect(balance.sale.transactionId).toHaveText(/\d/);
  expect(await smallTargets(page)).toEqual([]);
  await shell.pendingLink.click();
  await expect(pending.heading).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await shell.checkCardLink.click();
  await expect(cardEntry.keypad.group).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);

  await points.goto('CPOL-123185');
  expect(await smallTargets(page)).toEqual([]);
  await points.redeemTab.click();
  expect(await smallTargets(page)).toEqual([]);

  await shell.clientsLink.click();
  await crmSearch.field('Surname').fill('smith');
  await crmSearch.searchButton.click();
  await expect(crmSearch.list).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await crmSearch.keyboard.toggle.click();
  expect(await smallTargets(page)).toEqual([]);
  await clientDetails.goto('100');
  await expect(clientDetails.titled(/Amelia Baldwin/)).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await clientDetails.edit.click();
  await expect(customerForm.surname).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
