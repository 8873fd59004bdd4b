import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';

export const SIMULATOR_URL = `http://127.0.0.1:${process.env.SIMULATOR_PORT ?? 4010}`;
export const AGAINST_SIMULATOR = !process.env.E2E_TERMINAL_CONFIG;
export const DEMO_LOYALTY_TOKEN = 'demo-loyalty-token';

/** The Customer Search screen, driven the way a cashier does. */
export class SearchPage {
  readonly input: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  readonly range: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly keyboard: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox');
    this.searchButton = page.getByRole('button', { name: 'Search', exact: true });
    this.results = page.getByRole('list', { name: 'Customers found' });
    this.range = page.getByText(/^(Showing )?[\d,]+–[\d,]+ of [\d,]+/);
    this.nextPage = page.getByRole('button', { name: /Next page/ });
    this.previousPage = page.getByRole('button', { name: /Previous page/ });
    this.keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.searchButton).toBeVisible();
  }

  async by(mode: 'Name' | 'Postcode') {
    await this.page.getByRole('radio', { name: mode }).click();
  }

  /** Types on the on-screen keyboard, key by key, as on a till with no physical keyboard. */
  async tapKeys(text: string) {
    if (!(await this.keyboard.isVisible()))
      await this.page.getByRole('button', { name: 'Keyboard' }).click();
    for (const ch of text.toUpperCase()) {
      await this.keyboard
        .getByRole('button', { name: ch === ' ' ? 'Space' : ch, exact: true })
        .click();
    }
  }

  /** Types with a physical keyboard (or a scanner) and presses Enter. */
  async typeAndEnter(text: string) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  row(name: string | RegExp): Locator {
    return this.results.getByRole('button', { name });
  }
}

/** The simulator's control API (fault switch, test data). */
export class SimulatorControl {
  constructor(private readonly request: APIRequestContext) {}

  async fault(plan: { kind: string; count?: number; delayMs?: number; operation?: string }) {
    const res = await this.request.put(`${SIMULATOR_URL}/__simulator/faults`, { data: plan });
    expect(res.ok()).toBe(true);
  }

  /** The fault still armed, or null once every planned call has had it. */
  async armedFault(): Promise<{ remaining: number } | null> {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/status`);
    return ((await res.json()) as { fault: { remaining: number } | null }).fault;
  }

  async clearFaults() {
    await this.request.delete(`${SIMULATOR_URL}/__simulator/faults`);
  }

  /** Balances back to the seed's (6,028 on account 200) and every update forgotten. */
  async resetAccounts() {
    const res = await this.request.post(`${SIMULATOR_URL}/__simulator/accounts/reset`);
    expect(res.ok()).toBe(true);
  }

  async account(accountId: string): Promise<{ balance: number; updatesApplied: number }> {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/accounts/${accountId}`);
    expect(res.ok()).toBe(true);
    return (await res.json()) as { balance: number; updatesApplied: number };
  }

  /** A programme member as the simulator's REST controller reports it. */
  async member(customerNumber: string): Promise<{
    PointBalance: number;
    OpenAuthorizations: number;
    AvailablePointBalance: number;
    History: { Document?: string; Reason?: string; PointAmount: number }[];
  }> {
    const res = await this.request.get(
      `${SIMULATOR_URL}/Loyalty/${encodeURIComponent(customerNumber)}/BalanceCheck`,
      { headers: { Authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` } },
    );
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { Loyalty: Awaited<ReturnType<SimulatorControl['member']>> })
      .Loyalty;
  }

  /** Another till holds points for a sale, behind this till's back. */
  async authorizeElsewhere(ref: string, saleId: string, points: number) {
    const res = await this.request.post(`${SIMULATOR_URL}/Loyalty/Authorize`, {
      headers: { Authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` },
      data: { Type: 'loyalty', Ref: ref, SaleId: saleId, RequestedPoints: points },
    });
    expect(res.status()).toBe(200);
  }

  /** The server goes down for one operation: connections drop before any work is done. */
  async down(operation: string) {
    await this.fault({ kind: 'unreachable', count: 100_000, operation });
  }

  async up() {
    await this.clearFaults();
  }

  async addCustomer(customer: Record<string, unknown>): Promise<{ customerNumber: string }> {
    const res = await this.request.post(`${SIMULATOR_URL}/__simulator/customers`, {
      data: customer,
    });
    expect(res.status()).toBe(201);
    return (await res.json()) as { customerNumber: string };
  }
}

/**
 * Scans a card the way a hardware scanner does: key events stamped 40 ms apart, then Enter.
 * Playwright's keyboard stamps each key when it sends it, after the page has handled the one
 * before, so a busy page would see a slower "scanner" than any real one; CDP's timestamps are
 * the scanner's own clock, as the OS's are for a real device.
 */
export async function scanCard(page: Page, digits: string, gapMs = 40) {
  const cdp = await page.context().newCDPSession(page);
  let t = Date.now() / 1000;
  const press = async (key: string, code: string, keyCode: number, text?: string) => {
    t += gapMs / 1000;
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      ...(text === undefined ? {} : { text }),
      timestamp: t,
    });
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key,
      code,
      windowsVirtualKeyCode: keyCode,
      timestamp: t + 0.005,
    });
  };
  for (const ch of digits) await press(ch, `Digit${ch}`, ch.charCodeAt(0), ch);
  await press('Enter', 'Enter', 13, '\r');
  await cdp.detach();
}

export const test = base.extend<{
  searchPage: SearchPage;
  simulator: SimulatorControl;
  seedBalances: undefined;
}>({
  // Both projects share one simulator and sales move balances: every journey starts from
  // the seed's figures (6,028 on account 200).
  seedBalances: [
    async ({ request }, use) => {
      if (AGAINST_SIMULATOR) await new SimulatorControl(request).resetAccounts();
      await use(undefined);
    },
    { auto: true },
  ],
  searchPage: async ({ page }, use) => {
    await use(new SearchPage(page));
  },
  simulator: async ({ request }, use) => {
    const control = new SimulatorControl(request);
    await use(control);
    if (AGAINST_SIMULATOR) await control.clearFaults();
  },
});

/** Every visible control, with its size: a thumb on a till needs 48x48 CSS px. */
export async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], input, [role="radio"], [role="menuitem"]',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          w: r.width,
          h: r.height,
        };
      })
      .filter(({ w, h }) => w < 48 || h < 48),
  );
}

export { expect };
