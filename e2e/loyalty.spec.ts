import { expect, scanCard, test } from './fixtures';

test.describe('Loyalty balance', () => {
  test('search "a" -> Amelia Baldwin -> accounts 200 and 4 -> balance 6,028 points, tier UK3', async ({
    searchPage,
    page,
  }) => {
    await searchPage.goto();
    await searchPage.typeAndEnter('a');
    await searchPage.row(/Amelia Baldwin/).click();
    const accounts = page.getByRole('list', { name: 'Loyalty accounts' });
    await expect(accounts.getByRole('button')).toHaveText([
      /Account 200.*ACTIVE/,
      /Account 4.*ACTIVE/,
    ]);
    await accounts.getByRole('button', { name: /Account 200/ }).click();
    await expect(page).toHaveURL(/\/accounts\/200$/);
    await expect(page.getByTestId('balance')).toHaveText('6,028 points');
    const account = page.getByRole('definition');
    await expect(page.getByRole('heading', { name: 'Mrs Amelia Baldwin' })).toBeVisible();
    await expect(account.filter({ hasText: 'UK3' })).toBeVisible();
    await expect(account.filter({ hasText: 'LOYALTY_UK' })).toBeVisible();
    await expect(account.filter({ hasText: '••••0000' })).toBeVisible();
    await expect(account.filter({ hasText: 'rasangi.desilva@enactor.co.uk' })).toBeVisible();
    await expect(page.getByText('14420000')).toHaveCount(0);
  });

  test('a card scanned while the search field has focus opens its balance, and is not searched for', async ({
    searchPage,
    page,
  }) => {
    await searchPage.goto();
    await searchPage.input.fill('Bald');
    await searchPage.input.focus();
    await scanCard(page, '14420000');
    await expect(page).toHaveURL(/\/balance$/);
    await expect(page.getByTestId('balance')).toHaveText('6,028 points');
    // The scan's Enter did not submit the search, and its digits were not left in the field.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(searchPage.input).not.toHaveValue(/14420000/);
  });

  test('a card scanned with nothing focused works too', async ({ page }) => {
    await page.goto('/customers/7004');
    await expect(page.getByText('This customer has no loyalty account.')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await scanCard(page, '14420000');
    await expect(page.getByTestId('balance')).toHaveText('6,028 points');
  });

  test('typing a number at human speed is a search, not a scan', async ({ searchPage, page }) => {
    await searchPage.goto();
    await searchPage.input.focus();
    await page.keyboard.type('14420000', { delay: 150 });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?by=name&q=14420000$/);
    await expect(page.getByText('No customers found for “14420000”')).toBeVisible();
  });

  test('an unknown card gets the NoAccount screen with a way on', async ({ page }) => {
    await page.goto('/card');
    // page.goto returns at the load event, before the till has read its configuration and is
    // listening for scans: a scan sent then is lost. The lazy card screen's keypad shows only
    // after that.
    await expect(page.getByRole('group', { name: 'Numeric keypad' })).toBeVisible();
    await scanCard(page, '9999000011112222');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('No account found');
    await expect(alert.getByRole('button', { name: 'Scan or type another card' })).toBeVisible();
    await alert.getByRole('button', { name: 'Customer search' }).click();
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  });

  test('a card typed on the keypad', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Check a card' }).click();
    const keypad = page.getByRole('group', { name: 'Numeric keypad' });
    for (const digit of '14420000')
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    await keypad.getByRole('button', { name: 'Enter' }).click();
    await expect(page.getByTestId('balance')).toHaveText('6,028 points');
  });

  test('a customer with no loyalty account says so', async ({ searchPage, page }) => {
    await searchPage.goto('/?by=name&q=aspen');
    await searchPage.row(/Aspen Green/).click();
    await expect(page.getByText('This customer has no loyalty account.')).toBeVisible();
  });
});
