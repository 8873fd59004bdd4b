import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { CustomerSearchPage } from './pages/customer-search-page';
import { AGAINST_SIMULATOR, DEMO_LOYALTY_TOKEN, SIMULATOR_URL } from './simulator-control';

const header = (page: Page) => page.locator('header');
const idleWarning = (page: Page) => page.getByRole('alertdialog', { name: /Still serving/ });

/** Every visible control smaller than a thumb's 48x48 CSS px. */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input')]
      .filter((el) => el.offsetParent !== null || el.closest('[role="alertdialog"]'))
      .map((el) => ({ name: el.textContent?.trim() ?? el.tagName, ...el.getBoundingClientRect() }))
      .filter(({ width, height }) => width < 48 || height < 48)
      .map(({ name, width, height }) => ({ name, width, height })),
  );

/** What a Content-Security-Policy refused on this page, as the browser reports it. */
function watchPolicy(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  return refused;
}

/**
 * A burst from a magnetic-stripe reader or a barcode scanner: any characters, 30 ms apart,
 * then Enter (unless `enter` is false), stamped with the device's own clock as scanCard does.
 */
async function scanBurst(page: Page, text: string, { enter = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  const press = async (key: string, extra: Record<string, unknown>) => {
    t += 0.03;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, timestamp: t, ...extra });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp: t + 0.005 });
  };
  for (const ch of text) await press(ch, { text: ch });
  if (enter) await press('Enter', { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  await cdp.detach();
}

/** Path, query and fragment of the page's URL: where personal data must never be. */
const addressOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}${url.hash}`;
};

async function openClientDetails(page: Page, customerSearch: CustomerSearchPage) {
  await customerSearch.goto();
  await header(page).getByRole('link', { name: 'Clients' }).click();
  await page.getByLabel('Surname', { exact: true }).fill('Baldwin');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('list', { name: 'Clients found' })
    .getByRole('button', { name: /Amelia Baldwin.*No\. 100$/ })
    .click();
  await expect(page).toHaveURL(/\/crm\/customers\/100$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mrs Amelia Baldwin');
}

test.describe('Operator sign-on', () => {
  test('sign on as operator 1042 on the keypad -> the header shows it -> sign off', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Who is at the till?' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    const keypad = page.getByRole('group', { name: 'Numeric keypad' });
    for (const key of '1042') await keypad.getByRole('button', { name: key, exact: true }).click();
    await page.getByRole('button', { name: 'Sign on', exact: true }).click();
    await expect(header(page)).toContainText('Operator 1042');
    await expect(page.getByRole('searchbox')).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);

    // For the browser session: a reload keeps it, and nothing is in lasting storage.
    await page.reload();
    await expect(header(page)).toContainText('Operator 1042');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await header(page).getByRole('button', { name: 'Sign off' }).click();
    await expect(header(page).getByRole('link', { name: 'Sign on' })).toBeVisible();
    await expect(header(page)).not.toContainText('1042');
    // The next operator is asked.
    await expect(page.getByRole('heading', { name: 'Who is at the till?' })).toBeVisible();
  });

  test('the start-of-shift sign-on can be skipped: a lookup needs no operator', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Skip, look up customers only' }).click();
    await page.getByRole('searchbox').fill('amelia');
    await page.getByRole('searchbox').press('Enter');
    await expect(page.getByRole('list', { name: 'Customers found' })).toContainText(
      'Amelia Baldwin',
    );
    await expect(header(page).getByRole('link', { name: 'Sign on' })).toBeVisible();
  });
});

test.describe('Idle guard', () => {
  test('idle past the timeout on a customer’s details -> warning -> cleared; Back and a reload show nothing personal', async ({
    page,
    customerSearch,
  }) => {
    // The page's clock: 120 s of nobody touching the till pass, every timer on the way firing.
    await page.clock.install();
    await openClientDetails(page, customerSearch);
    // (Exactly when is the unit tests' to say: the page's clock also runs on by itself.)
    await page.clock.runFor('02:00');
    await expect(idleWarning(page)).toBeVisible();
    await expect(page.getByTestId('idle-seconds')).toHaveText(/^(19|20)$/);
    await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
    expect(await smallTargets(page)).toEqual([]);
    await page.clock.runFor('00:21');

    await expect(idleWarning(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page.getByText(/Amelia|Baldwin/)).toHaveCount(0);

    // Back reaches Client Search's entry: it shows nothing, and the criteria are gone.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(/Amelia|Baldwin/)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('searchbox')).toBeVisible();
    await expect(page.getByText(/Amelia|Baldwin/)).toHaveCount(0);
    await header(page).getByRole('link', { name: 'Clients' }).click();
    await expect(page.getByLabel('Surname', { exact: true })).toHaveValue('');
    await expect(page.getByRole('list', { name: 'Clients found' })).toHaveCount(0);
  });

  test('tapping "Keep going" keeps the customer', async ({ page, customerSearch }) => {
    await page.clock.install();
    await openClientDetails(page, customerSearch);
    await page.clock.runFor('02:01');
    await page.getByRole('button', { name: 'Keep going' }).click();
    await expect(idleWarning(page)).toHaveCount(0);
    await page.clock.runFor('00:30');
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mrs Amelia Baldwin');
    await expect(idleWarning(page)).toHaveCount(0);
  });
});

test.describe('Scans that are not cards', () => {
  test('a magnetic-stripe burst on the search screen is refused: not typed, not searched, no digits in the URL', async ({
    page,
    customerSearch,
  }) => {
    const searches: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('CustomerService')) searches.push(r.postData() ?? '');
    });
    await customerSearch.goto();
    await customerSearch.input.fill('Bald');
    await customerSearch.input.focus();
    await scanBurst(page, ';6337850000000421=25121010000000000000?');
    const notice = page.getByRole('alert').filter({ hasText: 'That scan was not a loyalty card' });
    await expect(notice).toBeVisible();
    await expect(customerSearch.input).toHaveValue('Bald');
    expect(addressOf(page)).toBe('/');
    expect(searches).toEqual([]);
    await notice.getByRole('button', { name: 'OK' }).click();

    // A barcode of more than 19 digits, and track data from a reader that sends no Enter.
    await scanBurst(page, '63378500000004210000123');
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'OK' }).click();
    await scanBurst(page, '%B6337850000000421^BALDWIN/AMELIA^2512101?', { enter: false });
    await expect(notice).toBeVisible();
    await expect(customerSearch.input).toHaveValue('Bald');
    expect(addressOf(page)).not.toMatch(/\d/);
    expect(searches).toEqual([]);
    // The field is the cashier's again.
    await customerSearch.input.press('Enter');
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
    expect(searches.join()).not.toContain('6337');
  });
});

test.describe('The last card is forgotten', () => {
  test(
    'the balance screen is not reachable after "Next customer"; the pending update is kept',
    {
      // The simulator's fault switch.
      tag: '@simulator',
    },
    async ({ page, customerSearch, scanner, simulator }) => {
      await customerSearch.goto();
      await scanner.scan('14420000');
      await expect(page).toHaveURL(/\/balance$/);
      await expect(page.getByTestId('balance')).toHaveText('6,028 points');
      await expect(page.getByTestId('transaction-id')).toHaveText(/^\d{13,}$/);
      // The server is down: the sale waits in the outbox.
      await simulator.down('submitAccountBalanceUpdate');
      const sale = page.getByRole('region', { name: 'Complete a sale' });
      for (const d of '150') await sale.getByRole('button', { name: d, exact: true }).click();
      await page.getByRole('button', { name: 'Complete sale' }).click();
      await expect(page.getByText('Saved on this till, not sent yet')).toBeVisible();

      await page.getByRole('button', { name: 'Next customer' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('searchbox')).toBeVisible();
      await expect(page.getByText(/Amelia|Baldwin|6,028/)).toHaveCount(0);
      const pending = page.getByRole('link', { name: /^Pending updates: / });
      await expect(pending).toHaveAccessibleName('Pending updates: 1');

      // Back to the balance's entry: nothing of the card, and the start screen instead.
      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByTestId('balance')).toHaveCount(0);
      await expect(page.getByText(/Amelia|Baldwin/)).toHaveCount(0);

      // Sent once the server is back (the backoff brings it round by itself).
      await simulator.up();
      await pending.click();
      await expect(page.getByRole('list', { name: 'Delivered' })).toContainText('+150 points', {
        timeout: 20_000,
      });
      expect((await simulator.account('200')).updatesApplied).toBe(1);
    },
  );
});

test.describe('Contact details on lists', () => {
  test('Client Search rows show e-mail and phone partly hidden, whole on tap', async ({ page }) => {
    await page.goto('/crm');
    await page.getByLabel('Surname', { exact: true }).fill('Baldwin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const row = page
      .getByRole('list', { name: 'Clients found' })
      .getByRole('listitem')
      .filter({ hasText: 'Mrs Amelia Baldwin' });
    await expect(row).toContainText('r•••@enactor.co.uk');
    await expect(row).toContainText('•••• ••3795');
    await expect(row).not.toContainText('rasangi.desilva');
    await row.getByRole('button', { name: /Show e-mail and phone/ }).click();
    await expect(row).toContainText('rasangi.desilva@enactor.co.uk');
    await expect(row).toContainText('078 1839 3795');
    expect(await smallTargets(page)).toEqual([]);
  });
});

test.describe('Secrets and policy', () => {
  test('the app runs under its Content-Security-Policy: header and meta, nothing refused', async ({
    page,
    customerSearch,
  }) => {
    const refused = watchPolicy(page);
    const response = await page.goto('/');
    const policy = response!.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    if (AGAINST_SIMULATOR) expect(policy).toContain(`connect-src 'self' ${SIMULATOR_URL}`);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );
    // No inline script in the page the build wrote.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await customerSearch.row(/Amelia Baldwin/).click();
    await page.getByRole('button', { name: /Account 200/ }).click();
    await expect(page.getByTestId('balance')).toBeVisible();
    await page.goto('/points/CPOL-123185');
    await expect(page.getByTestId('point-balance')).toBeVisible();
    expect(refused).toEqual([]);
  });

  test('training mode (the simulator in the page) works under the policy', async ({
    page,
    customerSearch,
  }) => {
    const refused = watchPolicy(page);
    const config = (await (await page.request.get('/terminal-config.json')).json()) as object;
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({
        json: { ...config, mode: 'training', training: { customers: 500, latencyMs: 0 } },
      }),
    );
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia');
    await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
    expect(refused).toEqual([]);
  });

  test(
    'behind a proxy that adds the Bearer token, the browser never holds or sends it',
    {
      // The journey acts as the proxy in front of the simulator.
      tag: '@simulator',
    },
    async ({ page }) => {
      const config = (await (await page.request.get('/terminal-config.json')).json()) as {
        loyaltyProgramme: { baseUrl: string; token?: string };
      };
      delete config.loyaltyProgramme.token;
      await page.route('**/terminal-config.json', (route) => route.fulfill({ json: config }));
      // The store's reverse proxy: adds the token on /Loyalty/ on its way to the server.
      const sentByBrowser: (string | undefined)[] = [];
      await page.route(`${SIMULATOR_URL}/Loyalty/**`, (route) => {
        const headers = route.request().headers();
        sentByBrowser.push(headers['authorization']);
        return route.continue({
          headers: { ...headers, authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` },
        });
      });
      await page.goto('/points/CPOL-123185');
      await expect(page.getByTestId('point-balance')).toContainText('1,504');
      expect(sentByBrowser.length).toBeGreaterThan(0);
      expect(sentByBrowser.every((h) => h === undefined)).toBe(true);
      expect(
        await page.evaluate(() => JSON.stringify(sessionStorage) + document.body.innerText),
      ).not.toContain(DEMO_LOYALTY_TOKEN);
    },
  );
});
