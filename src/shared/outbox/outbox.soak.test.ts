import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../simulator/node-server';
import { createSimulator } from '../../../simulator/simulator';
import { createAccountBalanceService } from '../enactor/account-balance-service/account-balance-service';
import { isEnactorError } from '../enactor/errors';
import { testEndpoint } from '../../testing/enactor';
import { Outbox } from './outbox';
import { openIndexedDbStorage } from './outbox-storage';

/**
 * Soak (not timed): 1,000 balance updates across 50 accounts, through the real outbox over a
 * real IndexedDB implementation and real HTTP to the simulator, with 30% of calls failing in
 * every way the fault switch knows and the till "reloaded" every 100 sales. Every final
 * balance must equal its start plus the sum of its sales, and every sale be applied once.
 */
const UPDATES = 1000;
const ACCOUNTS = 50;
const RELOAD_EVERY = 100;

const simulator = createSimulator({ customers: 2000, seed: 7 });
let server: Awaited<ReturnType<typeof startServer>>;
let base = '';

beforeAll(async () => {
  server = await startServer(simulator, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A seeded draw, so a failing soak can be replayed. */
function draws(seed: number) {
  let a = seed;
  return () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('outbox soak', () => {
  it('1,000 updates, 30% faults of every kind, reloads: balances equal the sums exactly', async () => {
    const accountIds: string[] = [];
    for (let i = 0; i < simulator.store.size; i++) {
      for (const a of simulator.accounts.forCustomer(simulator.store.at(i).customerNumber)) {
        if (a.status === 'ACTIVE' && accountIds.length < ACCOUNTS) accountIds.push(a.accountId);
      }
      if (accountIds.length === ACCOUNTS) break;
    }
    const initial = new Map(accountIds.map((id) => [id, simulator.accounts.byId(id)!.balance]));
    const expected = new Map(initial);
    const perAccount = new Map<string, number>();

    // The client's timeout is shorter than the injected delay, so `delay` faults time out.
    const service = createAccountBalanceService(
      testEndpoint('accountBalanceService', (url, init) => fetch(url, init), {
        url: `${base}/axis2/services/AccountBalanceService`,
        timeoutMs: 150,
      }),
      { currencyId: 'GBP', locationId: '0005' },
    );
    simulator.faults.set({
      kind: 'random',
      count: 1_000_000,
      probability: 0.3,
      seed: 20261122,
      delayMs: 250,
      operation: 'submitAccountBalanceUpdate',
    });

    const name = 'soak-till';
    let sends = 0;
    let failures = 0;
    const open = async () => {
      const storage = await openIndexedDbStorage(name);
      const outbox = new Outbox({
        storage,
        name,
        senders: {
          'balance-update': async ({ request }, signal) => {
            sends++;
            const result = await service.update(request, signal);
            return result.outcome === 'Success'
              ? { outcome: 'delivered', note: result.referenceId, balance: result.balance }
              : { outcome: 'refused', message: result.message };
          },
          'loyalty-earn': () => Promise.reject(new Error('not in the soak')),
        },
        describeError: (error) => {
          failures++;
          return { message: String(error), retryable: !isEnactorError(error) || error.retryable };
        },
        onChange: () => undefined,
        backoff: { baseMs: 2, maxMs: 40 },
        keepDeliveredMs: 3600_000,
      });
      await outbox.start();
      return { outbox, storage };
    };

    const random = draws(42);
    let till = await open();
    let reloads = 0;
    const started = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      if (i > 0 && i % RELOAD_EVERY === 0) {
        // A reload mid-flight: whatever was on the wire is abandoned, not forgotten.
        await till.outbox.stop();
        till.storage.close();
        till = await open();
        reloads++;
      }
      const accountId = accountIds[Math.floor(random() * ACCOUNTS)]!;
      const amount = 1 + Math.floor(random() * 500);
      expected.set(accountId, expected.get(accountId)! + amount);
      perAccount.set(accountId, (perAccount.get(accountId) ?? 0) + 1);
      const transactionId = await till.outbox.nextTransactionId();
      await till.outbox.enqueue({
        id: `SOAK-01:${transactionId}`,
        payload: {
          kind: 'balance-update',
          request: {
            transactionId,
            deviceId: 'SOAK-01',
            locationId: '0005',
            account: { accountId, accountType: 'customerLoyaltyAccount' },
            updateAmount: amount,
            dateTimeUpdated: new Date().toISOString(),
            currencyId: 'GBP',
          },
        },
        summary: `+${amount} points`,
        subject: accountId,
      });
    }

    // Wait until nothing is open: every entry delivered (none may be refused).
    const deadline = Date.now() + 120_000;
    let left = Infinity;
    while (Date.now() < deadline) {
      const entries = await till.storage.all();
      expect(entries.filter((e) => e.state === 'refused')).toEqual([]);
      left = entries.filter((e) => e.state !== 'delivered').length;
      if (left === 0) break;
      await till.outbox.retryNow();
      await new Promise((r) => setTimeout(r, 20));
    }
    const faults = simulator.faults.status();
    simulator.faults.clear();
    await till.outbox.stop();
    till.storage.close();
    expect(left).toBe(0);

    let applied = 0;
    for (const id of accountIds) {
      expect(simulator.accounts.byId(id)!.balance, `account ${id}`).toBe(expected.get(id));
      expect(simulator.accounts.updatesApplied(id)).toBe(perAccount.get(id) ?? 0);
      applied += simulator.accounts.updatesApplied(id);
    }
    expect(applied).toBe(UPDATES);

    const taken = faults?.taken ?? {};
    const injected = Object.values(taken).reduce((n, k) => n + k, 0);
    expect(Object.keys(taken).sort()).toEqual(
      ['delay', 'disconnect', 'http-error', 'malformed', 'soap-fault', 'unreachable'].sort(),
    );
    console.log(
      `soak: ${UPDATES} updates over ${ACCOUNTS} accounts, ${reloads} reloads, ${sends} sends, ` +
        `${failures} failed sends, ${injected} faults injected ${JSON.stringify(taken)}, ` +
        `${applied} applied, all ${ACCOUNTS} balances exact, ` +
        `${Math.round(performance.now() - started)} ms`,
    );
  }, 180_000);
});
