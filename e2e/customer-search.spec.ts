import { expect, test } from './fixtures';

test.describe('Customer Search', () => {
  test('name "a" on the on-screen keyboard finds Amelia Baldwin and Aspen Green', async ({
    searchPage,
  }) => {
    await searchPage.goto();
    await searchPage.tapKeys('a');
    await expect(searchPage.input).toHaveValue('A');
    await searchPage.searchButton.click();
    await expect(searchPage.row(/Mrs Amelia Baldwin/)).toBeVisible();
    await expect(searchPage.row(/Mrs Aspen Green/)).toBeVisible();
    await expect(searchPage.row(/Amelia Baldwin/)).toContainText(
      '137 Newport Road, Carmel, SG14 3AG',
    );
    await expect(searchPage.row(/Amelia Baldwin/)).toContainText('Born 3 Feb 1987');
    await expect(searchPage.page).toHaveURL(/\?by=name&q=A$/);
  });

  test('postcode "sg14" typed on a physical keyboard finds Ricky Gervais and Amelia Baldwin', async ({
    searchPage,
  }) => {
    await searchPage.goto();
    await searchPage.by('Postcode');
    await searchPage.typeAndEnter('sg14');
    await expect(searchPage.row(/Ricky Gervais/)).toBeVisible();
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
    // Customer-number order, as in the seed response: 00100 before 100.
    const first = searchPage.results.getByRole('listitem').first();
    await expect(first).toContainText('Ricky Gervais');
  });

  test('paging through more than 200 matches reaches the last row', async ({ searchPage }) => {
    await searchPage.goto('/?by=name&q=ha');
    await expect(searchPage.range).toContainText(/^(Showing )?1–\d+ of \d+/);
    const total = Number(
      (await searchPage.range.innerText()).match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''),
    );
    expect(total).toBeGreaterThan(200);
    await expect(searchPage.previousPage).toBeDisabled();
    let presses = 0;
    while (await searchPage.nextPage.isEnabled()) {
      const before = await searchPage.range.innerText();
      await searchPage.nextPage.click();
      await expect(searchPage.range).not.toHaveText(before);
      presses++;
      expect(presses).toBeLessThan(100);
    }
    await expect(searchPage.range).toHaveText(
      new RegExp(`–${total.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}$`),
    );
    const lastItem = searchPage.results.locator(`li[aria-posinset="${total}"]`);
    await expect(lastItem).toBeInViewport();
    await searchPage.previousPage.click();
    await expect(searchPage.nextPage).toBeEnabled();
    await expect(lastItem).not.toBeInViewport();
  });

  test('a search with no match says so', async ({ searchPage }) => {
    await searchPage.goto();
    await searchPage.typeAndEnter('Qqzzxx');
    await expect(searchPage.page.getByText('No customers found for “Qqzzxx”')).toBeVisible();
  });

  test('an empty search is refused with a message, not sent', async ({ searchPage }) => {
    await searchPage.goto();
    await searchPage.searchButton.click();
    await expect(searchPage.page.getByRole('alert')).toContainText('Type a name');
  });

  test('picking a customer opens their page, and back returns to the results', async ({
    searchPage,
    page,
  }) => {
    await searchPage.goto('/?by=name&q=amelia');
    await searchPage.row(/Amelia Baldwin/).click();
    await expect(page).toHaveURL(/\/customers\/100$/);
    await expect(page.getByRole('heading', { name: 'Mrs Amelia Baldwin' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '3 Feb 1987' })).toBeVisible();
    await expect(page.getByText('Has loyalty accounts')).toBeVisible();
    await page.getByRole('button', { name: /Back to results/ }).click();
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
    // After a reload the personal data is gone from the page (nothing kept in storage).
    await searchPage.row(/Amelia Baldwin/).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Customer 100' })).toBeVisible();
    await expect(page.getByText(/Search for them again/)).toBeVisible();
  });
});

// The fault switch and the test-data door are the simulator's: a real server has neither.
test.describe('Customer Search against a failing server', { tag: '@simulator' }, () => {
  test('a SOAP fault shows a clear error, and Try again works', async ({
    searchPage,
    simulator,
  }) => {
    await simulator.fault({ kind: 'soap-fault', count: 1 });
    await searchPage.goto();
    await searchPage.typeAndEnter('amelia');
    const alert = searchPage.page.getByRole('alert');
    await expect(alert).toContainText('The customer service reported a problem');
    await expect(alert).toContainText('temporarily unavailable');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a malformed answer and an HTTP error each get their own message', async ({
    searchPage,
    simulator,
  }) => {
    await simulator.fault({ kind: 'malformed', count: 1 });
    await searchPage.goto();
    await searchPage.typeAndEnter('amelia');
    await expect(searchPage.page.getByRole('alert')).toContainText(
      'sent an answer the till cannot read',
    );
    await simulator.fault({ kind: 'http-error', count: 1 });
    await searchPage.page.getByRole('button', { name: 'Try again' }).click();
    await expect(searchPage.page.getByRole('alert')).toContainText('HTTP 503');
    await searchPage.page.getByRole('button', { name: 'Try again' }).click();
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a slow server times out with advice, then recovers', async ({ searchPage, simulator }) => {
    // Longer than the e2e config's 4 s timeout, twice (the query retries a timeout once).
    await simulator.fault({ kind: 'delay', delayMs: 6000, count: 2 });
    await searchPage.goto();
    await searchPage.typeAndEnter('amelia');
    await expect(searchPage.page.getByRole('alert')).toContainText('taking too long', {
      timeout: 15_000,
    });
    await searchPage.page.getByRole('button', { name: 'Try again' }).click();
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
  });

  test('a new search cancels the one in flight', async ({ searchPage, simulator, page }) => {
    await simulator.fault({ kind: 'delay', delayMs: 2500, count: 1 });
    const slowSearch = page.waitForRequest(
      (r) => r.method() === 'POST' && /ricky/i.test(r.postData() ?? ''),
    );
    await searchPage.goto();
    await searchPage.typeAndEnter('ricky');
    await expect(page.getByRole('status')).toContainText('Searching');
    await searchPage.typeAndEnter('aspen');
    await expect(searchPage.row(/Aspen Green/)).toBeVisible();
    // Until the slow search has ended, answered late or cancelled: had its answer been used,
    // it would be on screen by now.
    const slow = await slowSearch;
    await (await slow.response())?.finished();
    await expect(searchPage.row(/Aspen Green/)).toBeVisible();
    await expect(searchPage.row(/Ricky Gervais/)).toHaveCount(0);
  });

  test('a name with markup, an ampersand and an apostrophe is stored, found and shown as text', async ({
    searchPage,
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
    await searchPage.goto();
    await searchPage.typeAndEnter('<script>');
    // Each viewport's run adds its own copy: pick this run's by its number.
    const row = searchPage.row(new RegExp(`No\\. ${customerNumber}$`));
    await expect(row).toContainText("<script>alert(1)</script> & O'Brien");
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/customers/${customerNumber}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "<script>alert(1)</script> & O'Brien",
    );
    expect(dialogs).toBe(0);
  });
});

test.describe('Start-up', () => {
  test('a bad configuration stops the till with a screen naming the field', async ({ page }) => {
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ mode: 'live', currency: 'pounds' }),
      }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('terminal-config.json has bad fields');
    await expect(alert).toContainText('currency: must be an ISO 4217 code');
    await expect(alert).toContainText('deviceId: is missing');
  });

  test('an unreachable server gets a network message the cashier can act on', async ({
    page,
    searchPage,
  }) => {
    const res = await page.request.get('/terminal-config.json');
    const config = (await res.json()) as { services: Record<string, string> };
    config.services.customerService = 'http://127.0.0.1:9/axis2/services/CustomerService';
    await page.route('**/terminal-config.json', (route) => route.fulfill({ json: config }));
    await searchPage.goto();
    await searchPage.typeAndEnter('amelia');
    await expect(page.getByRole('alert')).toContainText("Can't reach the customer service");
    await expect(page.getByRole('alert')).toContainText('network connection');
  });

  test('training mode runs on the simulator inside the page, marked as training', async ({
    page,
    searchPage,
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
    await searchPage.goto();
    await expect(page.getByRole('banner', { name: 'Training mode' })).toContainText(
      'nothing is sent to Enactor',
    );
    await searchPage.typeAndEnter('amelia');
    await expect(searchPage.row(/Amelia Baldwin/)).toBeVisible();
    expect(soapRequests).toEqual([]);
  });
});
