import type { Page } from '@playwright/test';
import { expect, smallTargets, test } from './fixtures';

/** Path, query and fragment of the page's URL: where nothing typed may ever be. */
const addressOf = (page: Page) => {
  const url = new URL(page.url());
  return decodeURIComponent(`${url.pathname}${url.search}${url.hash}`);
};

/** Every SOAP or REST request the page sends from now on. */
function watchCalls(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' || /\/Loyalty\//.test(r.url())) sent.push(r.url());
  });
  return sent;
}

test.describe('One search box', () => {
  test('"sg14 3ag" on the on-screen keyboard searches postcodes, says so, and one tap searches names instead', async ({
    customerSearch,
    page,
  }, testInfo) => {
    await customerSearch.goto();
    await expect(page.getByRole('radio', { name: 'Any' })).toHaveAttribute('aria-checked', 'true');
    await customerSearch.tapKeys('sg14 3ag');
    await expect(customerSearch.input).toHaveValue('SG14 3AG');
    await customerSearch.searchButton.click();
    await expect(customerSearch.routed).toContainText('Searched postcodes for SG14 3AG');
    await expect(customerSearch.row(/Ricky Gervais/)).toBeVisible();
    await expect(customerSearch.row(/Amelia Baldwin/)).toContainText('SG14 3AG');
    expect(addressOf(page)).toBe('/');
    await page.screenshot({ path: testInfo.outputPath('postcode-routed.png') });

    // The other way: one tap, a thumb's size.
    await expect(customerSearch.instead).toHaveText('Search names instead');
    const box = await customerSearch.instead.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    expect(box!.width).toBeGreaterThanOrEqual(48);
    await customerSearch.instead.click();
    await expect(customerSearch.routed).toContainText('Searched names for SG14 3AG');
    await expect(customerSearch.noMatch('SG14 3AG')).toBeVisible();
    await customerSearch.instead.click();
    await expect(customerSearch.routed).toContainText('Searched postcodes for SG14 3AG');
    await expect(customerSearch.row(/Ricky Gervais/)).toBeVisible();
    expect(addressOf(page)).toBe('/');
    expect(await smallTargets(page)).toEqual([]);
  });

  test("customer 100's e-mail address searches the CRM, and her row opens Client Details", async ({
    customerSearch,
    clientDetails,
    page,
  }, testInfo) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('rasangi.desilva@enactor.co.uk');
    await expect(customerSearch.routed).toContainText(
      'Searched e-mail addresses for rasangi.desilva@enactor.co.uk',
    );
    const row = customerSearch.row(/Amelia Baldwin.*No\. 100$/);
    await expect(row).toBeVisible();
    // A list a customer behind the cashier can read: the address partly hidden.
    await expect(row).toContainText('r•••@enactor.co.uk');
    await expect(customerSearch.instead).toHaveText('Search names instead');
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('email-routed.png') });
    await row.click();
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
    await expect(clientDetails.titled('Mrs Amelia Baldwin')).toBeVisible();
    expect(addressOf(page)).not.toContain('rasangi');
  });

  test('"078 1839 3795" could be a phone or a card: both offered, the phone biggest and first, nothing sent until chosen', async ({
    customerSearch,
    clientDetails,
    page,
  }, testInfo) => {
    await customerSearch.goto();
    await customerSearch.tapKeys('078 1839 3795');
    const sent = watchCalls(page);
    await customerSearch.searchButton.click();
    const phone = customerSearch.choice('Search phone numbers for 078 1839 3795');
    const card = customerSearch.choice('Check loyalty card ending 3795');
    await expect(phone).toBeVisible();
    await expect(card).toBeVisible();
    const [p, c] = [(await phone.boundingBox())!, (await card.boundingBox())!];
    expect(p.y).toBeLessThan(c.y);
    expect(p.height).toBeGreaterThan(c.height);
    expect(c.height).toBeGreaterThanOrEqual(48);
    expect(sent).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('ambiguous.png') });

    await phone.click();
    await expect(customerSearch.routed).toContainText('Searched phone numbers for 078 1839 3795');
    await expect(customerSearch.instead).toHaveText('Check loyalty card ending 3795 instead');
    await customerSearch.row(/Amelia Baldwin.*No\. 100$/).click();
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
    await expect(clientDetails.titled('Mrs Amelia Baldwin')).toBeVisible();
  });

  test('the card reading of an ambiguous number goes to the balance enquiry, which finds no such card', async ({
    customerSearch,
    shell,
    page,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('07818393795');
    await customerSearch.choice(/^Check loyalty card ending 3795/).click();
    await expect(page).toHaveURL(/\/balance$/);
    await expect(shell.alert).toContainText('No account found');
    await expect(page.locator('body')).not.toContainText('07818393795');
  });

  test('"14420000" is customer 100\'s loyalty card: its balance, masked, the number in no URL', async ({
    customerSearch,
    balance,
    page,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('14420000');
    await expect(page).toHaveURL(/\/balance$/);
    await expect(balance.amount).toHaveText('6,028 points');
    await expect(balance.titled('Mrs Amelia Baldwin')).toBeVisible();
    await expect(balance.details.filter({ hasText: '••••0000' })).toBeVisible();
    await expect(page.getByText('14420000')).toHaveCount(0);
    // Back to the search: the card number has left the field too.
    await page.goBack();
    await expect(customerSearch.input).toHaveValue('');
  });

  test('a customer number opens that customer', async ({ customerSearch, clientDetails, page }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('100');
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
    await expect(clientDetails.titled('Mrs Amelia Baldwin')).toBeVisible();
  });
});
