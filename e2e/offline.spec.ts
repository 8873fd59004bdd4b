import { expect, test } from './fixtures';

// Every other journey blocks service workers (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * The network drops at a till (HTTPS or localhost: vite preview on 127.0.0.1 is a secure
 * context, so the terminal has its service worker). The browser goes offline and the simulator
 * stops answering; the till reloads, starts from its cache with the last configuration, says it
 * is offline and keeps the sale in Pending; back online, the sale is delivered, once.
 */
test(
  'offline reload: the till starts, says it is offline, keeps the sale, and sends it once back online',
  { tag: '@simulator' },
  async ({ context, page, shell, customerSearch, balance, pending, simulator }) => {
    await customerSearch.goto();
    await shell.untilReadyOffline();
    await balance.gotoAccount('200');
    await expect(balance.amount).toHaveText('6,028 points');

    await context.setOffline(true);
    await simulator.fault({ kind: 'unreachable', count: 100_000 });
    await balance.sale.keypad.tap('150');
    await balance.sale.complete.click();
    await expect(page.getByText('Saved on this till, not sent yet: +150 points')).toBeVisible();
    await expect(shell.offlineNotice).toBeVisible();

    await shell.customersLink.click();
    await page.reload();
    await expect(customerSearch.searchButton).toBeVisible();
    await expect(shell.offlineNotice).toContainText('cannot reach the network');
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');
    await shell.pendingLink.click();
    await expect(pending.heading).toBeVisible();
    await expect(pending.waiting.getByText('+150 points')).toBeVisible();
    expect((await simulator.account('200')).updatesApplied).toBe(0);

    await simulator.up();
    await context.setOffline(false);
    await expect(pending.delivered.getByText('+150 points')).toBeVisible();
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
    await expect(shell.offlineNotice).toHaveCount(0);
    await expect.poll(async () => (await simulator.account('200')).balance).toBe(6178);
    expect((await simulator.account('200')).updatesApplied).toBe(1);
  },
);

test(
  'a sale queued offline is not sent twice by a second reload once back online',
  {
    tag: '@simulator',
  },
  async ({ context, page, shell, customerSearch, balance, simulator }) => {
    await customerSearch.goto();
    await shell.untilReadyOffline();
    await balance.gotoAccount('200');
    await context.setOffline(true);
    await simulator.fault({ kind: 'unreachable', count: 100_000 });
    await balance.sale.keypad.tap('75');
    await balance.sale.complete.click();
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');
    await simulator.up();
    await context.setOffline(false);
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
    await shell.customersLink.click();
    await page.reload();
    await expect(customerSearch.searchButton).toBeVisible();
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 0');
    expect((await simulator.account('200')).updatesApplied).toBe(1);
  },
);
