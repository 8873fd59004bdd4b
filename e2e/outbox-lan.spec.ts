import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SIMULATOR_URL } from './simulator-control';

/**
 * A till opened over plain HTTP on a LAN name is not a secure context: the browser gives it
 * no Web Locks, and the outbox serialises its tabs with the IndexedDB lease instead.
 *
 * The browser is shown the terminal, and the services, at `http://till.lan:…`; Playwright
 * serves each such request from the preview server or the simulator on 127.0.0.1 (a dropped
 * connection stays a dropped connection). The page's origin is then that insecure one, as on
 * a shop's LAN, and no request goes from it to a more private address (which Chromium blocks
 * from insecure pages).
 */
const APP_PORT = process.env.APP_PORT ?? '4173';
const SIMULATOR_PORT = new URL(SIMULATOR_URL).port;
const LAN_TILL = `http://till.lan:${APP_PORT}`;
const LAN_SIMULATOR = `http://till.lan:${SIMULATOR_PORT}`;

test.beforeEach(async ({ context }) => {
  await context.route(
    (url) => url.hostname === 'till.lan',
    async (route) => {
      const url = route
        .request()
        .url()
        .replace(LAN_TILL, `http://127.0.0.1:${APP_PORT}`)
        .replace(LAN_SIMULATOR, SIMULATOR_URL);
      let response;
      try {
        response = await route.fetch({ url, maxRedirects: 0 });
      } catch {
        return route.abort('connectionfailed');
      }
      // The store's web server names the config's servers in the Content-Security-Policy
      // header of every file it serves (the page's and the decode worker's): the LAN name, as
      // the config below does.
      const headers = response.headers();
      const policy = headers['content-security-policy'];
      if (policy)
        headers['content-security-policy'] = policy.replaceAll(SIMULATOR_URL, LAN_SIMULATOR);
      if (!url.endsWith('/terminal-config.json')) return route.fulfill({ response, headers });
      // The till's configuration names the services by the LAN name too.
      const config = (await response.text()).replaceAll(SIMULATOR_URL, LAN_SIMULATOR);
      await route.fulfill({ response, headers, body: config });
    },
  );
});

const UPDATE = 'submitAccountBalanceUpdate';

async function sale(page: Page, digits: string) {
  await page.goto(`${LAN_TILL}/accounts/200`);
  await expect(page.getByTestId('balance')).toHaveText('6,028 points');
  await expect(page.getByTestId('transaction-id')).toHaveText(/^\d{13,}$/);
  const keypad = page.getByRole('region', { name: 'Complete a sale' }).getByRole('group', {
    name: 'Numeric keypad',
  });
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Complete sale' }).click();
  await expect(page.getByText(`Saved on this till, not sent yet: +${digits} points`)).toBeVisible();
}

test(
  'two tabs of a till on plain HTTP (no Web Locks): a sale in each, each applied once',
  {
    // The simulator's fault switch and ledger.
    tag: '@simulator',
  },
  async ({ context, page, simulator }) => {
    await simulator.down(UPDATE);
    const second = await context.newPage();
    await sale(page, '150');
    expect(await page.evaluate(() => [window.isSecureContext, 'locks' in navigator])).toEqual([
      false,
      false,
    ]);
    await sale(second, '200');
    // Each tab hears the other's sale.
    for (const tab of [page, second]) {
      await expect(tab.getByRole('link', { name: /^Pending updates: / })).toHaveAccessibleName(
        'Pending updates: 2',
      );
    }

    await simulator.up();
    await expect
      .poll(async () => (await simulator.account('200')).balance, { timeout: 20_000 })
      .toBe(6378);
    for (const tab of [page, second]) {
      await expect(tab.getByRole('link', { name: /^Pending updates: / })).toHaveAccessibleName(
        'Pending updates: 0',
        { timeout: 20_000 },
      );
    }
    expect((await simulator.account('200')).updatesApplied).toBe(2);
  },
);
