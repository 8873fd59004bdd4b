import { AGAINST_SIMULATOR, expect, test, type SimulatorControl } from './fixtures';

const UPDATE = 'submitAccountBalanceUpdate';

const points = (n: number) => `${n.toLocaleString('en-GB')} points`;

// Needs the simulator's fault switch and ledger: left out of a run against a real server.
const SIMULATOR_ONLY = { tag: '@simulator' };

async function expectAppliedOnce(simulator: SimulatorControl, balance: number) {
  await expect.poll(async () => (await simulator.account('200')).balance).toBe(balance);
  expect((await simulator.account('200')).updatesApplied).toBe(1);
}

test.describe('Sale completion', () => {
  // Every journey here starts on account 200's balance screen. Against the simulator that is
  // the seed's 6,028 (reset before each test), and the simulator's ledger is read back.
  test('a sale of 150 points: the balance shown afterwards is the server’s 6,178', async ({
    balance,
    shell,
    simulator,
  }) => {
    const before = await balance.gotoAccount('200');
    if (AGAINST_SIMULATOR) await expect(balance.amount).toHaveText('6,028 points');
    await balance.sale.keypad.tap('150');
    await balance.sale.complete.click();
    const status = shell.status('Sale completed');
    await expect(status).toContainText('+150 points');
    await expect(status).toContainText(`New balance ${points(before + 150)}`);
    await expect(balance.amount).toHaveText(points(before + 150));
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
    if (AGAINST_SIMULATOR) await expectAppliedOnce(simulator, 6178);
  });

  test('a double tap on Complete gives one update', async ({ balance, shell, simulator, page }) => {
    const before = await balance.gotoAccount('200');
    if (AGAINST_SIMULATOR) await expect(balance.amount).toHaveText('6,028 points');
    await balance.sale.keypad.tap('150');
    // Two taps in the same instant, before the screen can change, then a real double tap.
    await balance.sale.complete.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(balance.amount).toHaveText(points(before + 150));
    if (AGAINST_SIMULATOR) await expectAppliedOnce(simulator, 6178);

    await balance.sale.nextSale.click();
    await balance.sale.keypad.tap('150');
    await balance.sale.complete.dblclick();
    await expect(balance.amount).toHaveText(points(before + 300));
    // Nothing left to send after a reload either.
    await page.reload();
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
    await expect(balance.amount).toHaveText(points(before + 300));
    if (AGAINST_SIMULATOR) expect((await simulator.account('200')).updatesApplied).toBe(2);
  });

  test(
    'server down: the update waits on the till, then is delivered once by itself',
    SIMULATOR_ONLY,
    async ({ balance, pending, shell, simulator, page }) => {
      await balance.gotoAccount('200');
      await expect(balance.amount).toHaveText('6,028 points');
      await simulator.down(UPDATE);
      await balance.sale.keypad.tap('150');
      await balance.sale.complete.click();
      await expect(page.getByText('Saved on this till, not sent yet: +150 points')).toBeVisible();
      await expect(page.getByText("Can't reach the loyalty service")).toBeVisible();
      await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');
      await expect(balance.pendingNote).toContainText('1 update for this account not yet applied');
      await expect(balance.amount).toHaveText('6,028 points');

      await shell.pendingLink.click();
      const waiting = pending.waiting.getByRole('listitem');
      await expect(waiting).toHaveCount(1);
      await expect(waiting).toContainText('Waiting to send');
      await expect(waiting).toContainText("Last error: Can't reach the loyalty service");
      expect((await simulator.account('200')).updatesApplied).toBe(0);

      await simulator.up();
      // No tap: the backoff brings it back (1 s, 2 s, 4 s ... between tries).
      await expect(pending.delivered).toContainText('+150 points', { timeout: 20_000 });
      await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
      await expectAppliedOnce(simulator, 6178);
    },
  );

  test(
    'a reload with an update pending keeps it, and it is delivered once',
    SIMULATOR_ONLY,
    async ({ balance, pending, shell, simulator, page }) => {
      await balance.gotoAccount('200');
      await expect(balance.amount).toHaveText('6,028 points');
      await simulator.down(UPDATE);
      await balance.sale.keypad.tap('150');
      await balance.sale.complete.click();
      await expect(page.getByText('Saved on this till, not sent yet')).toBeVisible();

      await page.reload();
      await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');
      await shell.pendingLink.click();
      await expect(pending.waiting).toContainText('+150 points');

      await simulator.up();
      await pending.retryNow.click();
      await expect(pending.delivered).toContainText('+150 points');
      await expect(pending.waiting).toHaveCount(0);
      await expectAppliedOnce(simulator, 6178);

      // A second reload sends nothing again.
      await page.reload();
      await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
      expect((await simulator.account('200')).updatesApplied).toBe(1);
    },
  );

  test(
    'the connection drops after the server applied it: the retry does not apply it twice',
    SIMULATOR_ONLY,
    async ({ balance, shell, simulator }) => {
      await balance.gotoAccount('200');
      await expect(balance.amount).toHaveText('6,028 points');
      await simulator.fault({ kind: 'disconnect', count: 1, operation: UPDATE });
      await balance.sale.keypad.tap('150');
      await balance.sale.complete.click();
      // The till heard nothing, so it tries again; the server answers with the first result.
      await expect(shell.status('Sale completed')).toContainText('New balance 6,178 points', {
        timeout: 15_000,
      });
      await expect(balance.amount).toHaveText('6,178 points');
      // The drop happened (the fault was used up) and the update still counts once. Whether
      // the till or Chromium sent it again (Chromium silently resends a POST whose reused
      // keep-alive connection drops before any answer) does not matter: the server keys on
      // the transaction.
      expect(await simulator.armedFault()).toBeNull();
      await expectAppliedOnce(simulator, 6178);
    },
  );
});
