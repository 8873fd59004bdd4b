import { expect, test } from './fixtures';

/**
 * axe-core on every screen and state scripts/screenshots.mjs visits, at both terminal sizes
 * (the two projects): no serious or critical finding. Each journey walks one part of the till
 * as the screenshot script does, checking at every stop.
 */
test.describe('Accessibility (axe-core)', { tag: '@simulator' }, () => {
  // A dozen full-page audits a journey, each a second or more on a loaded 2-core machine.
  test.describe.configure({ timeout: 150_000 });
  test('sign-on, Customer Search in every state, a customer, offline', async ({
    page,
    context,
    axe,
    customerSearch,
    shell,
    simulator,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Who is at the till?' })).toBeVisible();
    await axe.check('sign-on at the start of a shift');
    await page.getByRole('button', { name: 'Skip, look up customers only' }).click();
    await expect(customerSearch.searchButton).toBeVisible();
    await axe.check('search, empty');
    await customerSearch.keyboard.open();
    await customerSearch.keyboard.tap('A');
    await axe.check('search, typing on the on-screen keyboard');
    await customerSearch.searchButton.click();
    await expect(customerSearch.range).toBeVisible();
    await axe.check('search results');
    const before = await customerSearch.range.innerText();
    await customerSearch.nextPage.click();
    await expect(customerSearch.range).not.toHaveText(before);
    await axe.check('search results, next page');
    await customerSearch.results.getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe.check('customer');

    await customerSearch.goto();
    await customerSearch.by('Postcode');
    await customerSearch.typeAndEnter('ZZ99');
    await expect(customerSearch.noMatch('ZZ99')).toBeVisible();
    await axe.check('search, no results');

    await simulator.fault({ kind: 'soap-fault', count: 5 });
    await customerSearch.by('Name');
    await customerSearch.typeAndEnter('amelia');
    await expect(shell.alert).toBeVisible();
    await axe.check('search, the server reported a problem');
    await simulator.clearFaults();

    await context.setOffline(true);
    await customerSearch.typeAndEnter('amelia bald');
    await expect(shell.offlineNotice).toBeVisible();
    await axe.check('offline');
    await context.setOffline(false);
  });

  test('accounts, balance, a sale delivered and a sale pending, Pending updates', async ({
    page,
    axe,
    customerSearch,
    balance,
    pending,
    simulator,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia bald');
    await customerSearch.results.getByRole('button').first().click();
    await expect(page.getByRole('list', { name: 'Loyalty accounts' })).toBeVisible();
    await axe.check('customer with loyalty accounts');
    await page.getByRole('button', { name: /Account 200/ }).click();
    await expect(balance.amount).toBeVisible();
    await expect(balance.sale.transactionId).toHaveText(/^\d{13,}$/);
    await axe.check('balance');
    await balance.sale.keypad.tap('150');
    await balance.sale.complete.click();
    await expect(page.getByText('Sale completed')).toBeVisible();
    await axe.check('sale completed');
    await simulator.down('submitAccountBalanceUpdate');
    await balance.sale.nextSale.click();
    await balance.sale.keypad.tap('75');
    await balance.sale.complete.click();
    await expect(page.getByText('Saved on this till, not sent yet: +75 points')).toBeVisible();
    await axe.check('sale saved, not sent');
    await page.getByRole('link', { name: /^Pending updates/ }).click();
    await expect(pending.heading).toBeVisible();
    await axe.check('Pending updates, waiting');
    await simulator.up();
    await pending.retryNow.click();
    await expect(pending.delivered.getByText('+75 points')).toBeVisible();
    await axe.check('Pending updates, delivered');
  });

  test('card entry, a scan that is not a card, no account; points; diagnostics', async ({
    page,
    axe,
    cardEntry,
    scanner,
    points,
    customerPage,
  }) => {
    await cardEntry.goto();
    await axe.check('card entry');
    // A bank card's track 2, as a magnetic-stripe reader types it.
    await scanner.swipe(';6337850000000421=25121010000000000000?');
    await expect(page.getByText('That scan was not a loyalty card')).toBeVisible();
    await axe.check('a scan that is not a loyalty card');
    await page.getByRole('button', { name: 'OK' }).click();
    await scanner.scan('9999000011112222');
    await expect(page.getByText('No account found')).toBeVisible();
    await axe.check('balance, no account');

    await points.goto('CPOL-123185');
    await axe.check('points member');
    await points.redeemTab.click();
    await points.keypad.tap('600');
    await points.redeem.click();
    await expect(page.getByText('No Balance Remaining').first()).toBeVisible();
    await axe.check('points, redeem refused');
    await customerPage.goto('2059378440');
    await expect(page.getByText('points available')).toBeVisible();
    await axe.check('customer with a points card');

    await page.goto('/diagnostics');
    await expect(page.getByRole('heading', { name: 'Diagnostics' })).toBeVisible();
    await axe.check('diagnostics');
  });

  test('CRM: search, results, keyboard, details, idle warning, edit, new', async ({
    page,
    axe,
    crmSearch,
    clientDetails,
    customerForm,
    crmLedger,
  }) => {
    void crmLedger;
    await page.clock.install();
    await crmSearch.goto();
    await crmSearch.searchButton.click();
    await axe.check('client search, refused empty');
    await page.getByLabel('Surname', { exact: true }).fill('smith');
    await crmSearch.searchButton.click();
    await expect(crmSearch.list).toBeVisible();
    await axe.check('client search results');
    await page
      .getByRole('button', { name: /^Show e-mail and phone/ })
      .first()
      .click();
    await axe.check('client search results, contact details shown');
    await page.getByRole('button', { name: 'Keyboard' }).click();
    await axe.check('client search, keyboard');
    await clientDetails.goto('100');
    await expect(page.getByRole('list', { name: 'Loyalty accounts' })).toBeVisible();
    await axe.check('client details');
    await page.clock.runFor('02:00');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await axe.check('idle warning');
    await page.getByRole('button', { name: 'Keep going' }).click();
    await page.getByRole('button', { name: 'Appointments' }).click();
    await axe.check('client details, appointments');
    await clientDetails.edit.click();
    await expect(customerForm.surname).toBeVisible();
    await axe.check('edit client');
    await customerForm.gotoNew();
    await customerForm.email.fill('zoe@');
    await customerForm.save.click();
    await axe.check('new client, invalid');
  });

  test('signed on; a configuration that cannot be used', async ({ page, axe, customerSearch }) => {
    await page.goto('/sign-on');
    for (const d of '1042') await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByRole('button', { name: 'Sign on', exact: true }).click();
    await expect(customerSearch.searchButton).toBeVisible();
    await axe.check('signed on');
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({ json: { mode: 'live', currency: 'pounds' } }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toBeVisible();
    await axe.check('configuration error');
  });
});
