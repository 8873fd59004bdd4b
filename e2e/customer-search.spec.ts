import { expect, test } from './fixtures';

test.describe('Customer Search', () => {
  test('name "a" on the on-screen keyboard finds Amelia Baldwin and Aspen Green', async ({
    customerSearch,
  }) => {
    await customerSearch.goto();
    await customerSearch.tapKeys('a');
    await expect(customerSearch.input).toHaveValue('A');
    await customerSearch.searchButton.click();
    await expect(customerSearch.row(/Mrs Amelia Baldwin/)).toBeVisible();
    await expect(customerSearch.row(/Mrs Aspen Green/)).toBeVisible();
    await expect(customerSearch.row(/Amelia Baldwin/)).toContainText(
      '137 Newport Road, Carmel, SG14 3AG',
    );
    await expect(customerSearch.row(/Amelia Baldwin/)).toContainText('Born 3 Feb 1987');
    // The term stays in memory: names and postcodes are kept out of the URL and history.
    await expect(customerSearch.page).toHaveURL(/\/$/);
  });

  test('postcode "sg14" typed on a physical keyboard finds Ricky Gervais and Amelia Baldwin', async ({
    customerSearch,
  }) => {
    await customerSearch.goto();
    await customerSearch.by('Postcode');
    await customerSearch.typeAndEnter('sg14');
    await expect(customerSearch.row(/Ricky Gervais/)).toBeVisible();
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
    // Customer-number order, as in the seed response: 00100 before 100.
    const first = customerSearch.results.getByRole('listitem').first();
    await expect(first).toContainText('Ricky Gervais');
  });

  test('paging through more than 200 matches reaches the last row', async ({ customerSearch }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('ha');
    await expect(customerSearch.range).toContainText(/^(Showing )?1–\d+ of \d+/);
    const total = Number(
      (await customerSearch.range.innerText()).match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(200);
    await expect(customerSearch.previousPage).toBeDisabled();
    let presses = 0;
    while (await customerSearch.nextPage.isEnabled()) {
      const before = await customerSearch.range.innerText();
      await customerSearch.nextPage.click();
      await expect(customerSearch.range).not.toHaveText(before);
      presses++;
      expect(presses).toBeLessThan(100);
    }
    await expect(customerSearch.range).toHaveText(
      new RegExp(`–${total.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}$`),
    );
    const lastItem = customerSearch.results.locator(`li[aria-posinset="${total}"]`);
    await expect(lastItem).toBeInViewport();
    await customerSearch.previousPage.click();
    await expect(customerSearch.nextPage).toBeEnabled();
    await expect(lastItem).not.toBeInViewport();
  });

  test('a search with no match says so', async ({ customerSearch }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('Qqzzxx');
    await expect(customerSearch.noMatch('Qqzzxx')).toBeVisible();
  });

  test('an empty search is refused with a message, not sent', async ({ customerSearch, shell }) => {
    await customerSearch.goto();
    await customerSearch.searchButton.click();
    await expect(shell.alert).toContainText('Type a name');
  });

  test('picking a customer opens their page, and back returns to the results', async ({
    customerSearch,
    customerPage,
    page,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await customerSearch.row(/Amelia Baldwin/).click();
    await expect(page).toHaveURL(/\/customers\/100$/);
    await expect(customerPage.titled('Mrs Amelia Baldwin')).toBeVisible();
    await expect(customerPage.details.filter({ hasText: '3 Feb 1987' })).toBeVisible();
    await expect(page.getByText('Has loyalty accounts')).toBeVisible();
    await customerPage.backToResults.click();
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
    // After a reload the personal data is gone from the page (nothing kept in storage).
    await customerSearch.row(/Amelia Baldwin/).click();
    await page.reload();
    await expect(customerPage.titled('Customer 100')).toBeVisible();
    await expect(page.getByText(/Search for them again/)).toBeVisible();
  });
});

// The fault switch and the test-data door are the simulator's: a real server has neither.
test.describe('Customer Search against a failing server', { tag: '@simulator' }, () => {
  test('a SOAP fault shows a clear error, and Try again works', async ({
    customerSearch,
    shell,
    simulator,
  }) => {
    await simulator.fault({ kind: 'soap-fault', count: 1 });
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await expect(shell.alert).toContainText('The customer service reported a problem');
    await expect(shell.alert).toContainText('temporarily unavailable');
    await shell.alert.getByRole('button', { name: 'Try again' }).click();
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a malformed answer and an HTTP error each get their own message', async ({
    customerSearch,
    shell,
    simulator,
  }) => {
    await simulator.fault({ kind: 'malformed', count: 1 });
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await expect(shell.alert).toContainText('sent an answer the till cannot read');
    await simulator.fault({ kind: 'http-error', count: 1 });
    await shell.alert.getByRole('button', { name: 'Try again' }).click();
    await expect(shell.alert).toContainText('HTTP 503');
    await shell.alert.getByRole('button', { name: 'Try again' }).click();
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a slow server times out with advice, then recovers', async ({
    customerSearch,
    shell,
    simulator,
  }) => {
    // Longer than the e2e config's 4 s timeout, twice (the query retries a timeout once).
    await simulator.fault({ kind: 'delay', delayMs: 6000, count: 2 });
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await expect(shell.alert).toContainText('taking too long', { timeout: 15_000 });
    await shell.alert.getByRole('button', { name: 'Try again' }).click();
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a new search cancels the one in flight', async ({
    customerSearch,
    shell,
    simulator,
    page,
  }) => {
    await simulator.fault({ kind: 'delay', delayMs: 2500, count: 1 });
    const slowSearch = page.waitForRequest(
      (r) => r.method() === 'POST' && /ricky/i.test(r.postData() ?? ''),
    );
    await customerSearch.goto();
    await customerSearch.typeAndEnter('ricky');
    await expect(shell.status()).toContainText('Searching');
    await customerSearch.typeAndEnter('aspen');
    await expect(customerSearch.row(/Aspen Green/)).toBeVisible();
    // Until the slow search has ended, answered late or cancelled: had its answer been used,
    // it would be on screen by now.
    const slow = await slowSearch;
    await (await slow.response())?.finished();
    await expect(customerSearch.row(/Aspen Green/)).toBeVisible();
    await expect(customerSearch.row(/Ricky Gervais/)).toHaveCount(0);
  });

  test('a name with markup, an ampersand and an apostrophe is stored, found and shown as text', async ({
    customerSearch,
    customerPage,
    simulator,
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const { customerNumber } = await simulator.addCustomer({
      forename: '<script>alert(1)</script>',
      surname: "& O'Brien",
      postCode: 'SG14 9ZZ',
    });
    await customerSearch.goto();
    await customerSearch.typeAndEnter('<script>');
    // Each viewport's run adds its own copy: pick this run's by its number.
    const row = customerSearch.row(new RegExp(`No\\. ${customerNumber}$`));
    await expect(row).toContainText("<script>alert(1)</script> & O'Brien");
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/customers/${customerNumber}$`));
    await expect(customerPage.heading).toHaveText("<script>alert(1)</script> & O'Brien");
    expect(dialogs).toBe(0);
  });
});

test.describe('Start-up', () => {
  test('a bad configuration stops the till with a screen naming the field', async ({
    page,
    shell,
  }) => {
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ mode: 'live', currency: 'pounds' }),
      }),
    );
    await page.goto('/');
    await expect(shell.alert).toContainText('terminal-config.json has bad fields');
    await expect(shell.alert).toContainText('currency: must be an ISO 4217 code');
    await expect(shell.alert).toContainText('deviceId: is missing');
  });

  test('an unreachable server gets a network message the cashier can act on', async ({
    page,
    shell,
    customerSearch,
  }) => {
    const res = await page.request.get('/terminal-config.json');
    const config = (await res.json()) as { services: Record<string, string> };
    config.services.customerService = 'http://127.0.0.1:9/axis2/services/CustomerService';
    await page.route('**/terminal-config.json', (route) => route.fulfill({ json: config }));
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await expect(shell.alert).toContainText("Can't reach the customer service");
    await expect(shell.alert).toContainText('network connection');
  });

  test('training mode runs on the simulator inside the page, marked as training', async ({
    page,
    shell,
    customerSearch,
  }) => {
    const res = await page.request.get('/terminal-config.json');
    const config = (await res.json()) as Record<string, unknown>;
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({
        json: { ...config, mode: 'training', training: { customers: 2000, latencyMs: 50 } },
      }),
    );
    const soapRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/axis2/')) soapRequests.push(r.url());
    });
    await customerSearch.goto();
    await expect(shell.trainingBanner).toContainText('nothing is sent to Enactor');
    await customerSearch.typeAndEnter('amelia');
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
    expect(soapRequests).toEqual([]);
  });
});
