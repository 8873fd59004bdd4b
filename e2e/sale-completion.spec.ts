import { AGAINST_SIMULATOR, expect, test, type SimulatorControl } from './fixtures';
import type { Page } from '@playwright/test';

const UPDATE = 'submitAccountBalanceUpdate';

const points = (n: number) => `${n.toLocaleString('en-GB')} points`;

/** The balance screen of account 200 and its sale panel; returns the balance shown. */
async function openAccount200(page: Page): Promise<number> {
  await page.goto('/accounts/200');
  const balance = page.getByTestId('balance');
  await expect(balance).toHaveText(/ points$/);
  // Against the simulator every journey starts from the seed's balance.
  if (AGAINST_SIMULATOR) await expect(balance).toHaveText('6,028 points');
  await expect(page.getByTestId('transaction-id')).toHaveText(/^\d{13,}$/);
  return Number((await balance.textContent())!.replace(/\D/g, ''));
}

async function typePoints(page: Page, digits: string) {
  const keypad = page.getByRole('region', { name: 'Complete a sale' }).getByRole('group', {
    name: 'Numeric keypad',
  });
  for (const digit of digits)
    await keypad.getByRole('button', { name: digit, exact: true }).click();
}

const completeButton = (page: Page) => page.getByRole('button', { name: 'Complete sale' });
const pendingLink = (page: Page) => page.getByRole('link', { name: /^Pending updates: / });

async function expectAppliedOnce(simulator: SimulatorControl, balance: number) {
  await expect.poll(async () => (await simulator.account('200')).balance).toBe(balance);
  expect((await simulator.account('200')).updatesApplied).toBe(1);
}

// Needs the simulator's fault switch and ledger: left out of a run against a real server.
const SIMULATOR_ONLY = { tag: '@simulator' };

test.describe('Sale completion', () => {
  // Every journey here starts from the seed's balance and reads the simulator's ledger.
  test('a sale of 150 points: the balance shown afterwards is the server’s 6,178', async ({
    page,
    simulator,
  }) => {
    const before = await openAccount200(page);
    await typePoints(page, '150');
    await completeButton(page).click();
    const status = page.getByRole('status').filter({ hasText: 'Sale completed' });
    await expect(status).toContainText('+150 points');
    await expect(status).toContainText(`New balance ${points(before + 150)}`);
    await expect(page.getByTestId('balance')).toHaveText(points(before + 150));
    await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 0');
    if (AGAINST_SIMULATOR) await expectAppliedOnce(simulator, 6178);
  });

  test('a double tap on Complete gives one update', async ({ page, simulator }) => {
    const before = await openAccount200(page);
    await typePoints(page, '150');
    // Two taps in the same instant, before the screen can change, then a real double tap.
    await completeButton(page).evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(page.getByTestId('balance')).toHaveText(points(before + 150));
    if (AGAINST_SIMULATOR) await expectAppliedOnce(simulator, 6178);

    await page.getByRole('button', { name: 'Next sale' }).click();
    await typePoints(page, '150');
    await completeButton(page).dblclick();
    await expect(page.getByTestId('balance')).toHaveText(points(before + 300));
    // Nothing left to send after a reload either.
    await page.reload();
    await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 0');
    await expect(page.getByTestId('balance')).toHaveText(points(before + 300));
    if (AGAINST_SIMULATOR) expect((await simulator.account('200')).updatesApplied).toBe(2);
  });

  test(
    'server down: the update waits on the till, then is delivered once by itself',
    SIMULATOR_ONLY,
    async ({ page, simulator }) => {
      await openAccount200(page);
      await simulator.down(UPDATE);
      await typePoints(page, '150');
      await completeButton(page).click();
      await expect(page.getByText('Saved on this till, not sent yet: +150 points')).toBeVisible();
      await expect(page.getByText("Can't reach the loyalty service")).toBeVisible();
      await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 1');
      await expect(page.getByRole('note')).toContainText(
        '1 update for this account not yet applied',
      );
      await expect(page.getByTestId('balance')).toHaveText('6,028 points');

      await pendingLink(page).click();
      const waiting = page.getByRole('list', { name: 'Waiting' }).getByRole('listitem');
      await expect(waiting).toHaveCount(1);
      await expect(waiting).toContainText('Waiting to send');
      await expect(waiting).toContainText("Last error: Can't reach the loyalty service");
      expect((await simulator.account('200')).updatesApplied).toBe(0);

      await simulator.up();
      // No tap: the backoff brings it back (1 s, 2 s, 4 s ... between tries).
      await expect(page.getByRole('list', { name: 'Delivered' })).toContainText('+150 points', {
        timeout: 20_000,
      });
      await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 0');
      await expectAppliedOnce(simulator, 6178);
    },
  );

  test(
    'a reload with an update pending keeps it, and it is delivered once',
    SIMULATOR_ONLY,
    async ({ page, simulator }) => {
      await openAccount200(page);
      await simulator.down(UPDATE);
      await typePoints(page, '150');
      await completeButton(page).click();
      await expect(page.getByText('Saved on this till, not sent yet')).toBeVisible();

      await page.reload();
      await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 1');
      await pendingLink(page).click();
      await expect(page.getByRole('list', { name: 'Waiting' })).toContainText('+150 points');

      await simulator.up();
      await page.getByRole('button', { name: 'Retry now' }).click();
      await expect(page.getByRole('list', { name: 'Delivered' })).toContainText('+150 points');
      await expect(page.getByRole('list', { name: 'Waiting' })).toHaveCount(0);
      await expectAppliedOnce(simulator, 6178);

      // A second reload sends nothing again.
      await page.reload();
      await expect(pendingLink(page)).toHaveAccessibleName('Pending updates: 0');
      expect((await simulator.account('200')).updatesApplied).toBe(1);
    },
  );

  test(
    'the connection drops after the server applied it: the retry does not apply it twice',
    SIMULATOR_ONLY,
    async ({ page, simulator }) => {
      await openAccount200(page);
      await simulator.fault({ kind: 'disconnect', count: 1, operation: UPDATE });
      await typePoints(page, '150');
      await completeButton(page).click();
      // The till heard nothing, so it tries again; the server answers with the first result.
      await expect(page.getByRole('status').filter({ hasText: 'Sale completed' })).toContainText(
        'New balance 6,178 points',
        { timeout: 15_000 },
      );
      await expect(page.getByTestId('balance')).toHaveText('6,178 points');
      // The drop happened (the fault was used up) and the update still counts once. Whether the
      // till or Chromium sent it again (Chromium silently resends a POST whose reused keep-alive
      // connection drops before any answer) does not matter: the server keys on the transaction.
      expect(await simulator.armedFault()).toBeNull();
      await expectAppliedOnce(simulator, 6178);
    },
  );
});
