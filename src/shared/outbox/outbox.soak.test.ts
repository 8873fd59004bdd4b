import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateKey } from '../../../simulator/accounts/account-store';
import { startServer } from '../../../simulator/node-server';
import { createSimulator } from '../../../simulator/simulator';
import { createAccountBalanceService } from '../enactor/account-balance-service/account-balance-service';
import { isEnactorError } from '../enactor/errors';
import { testEndpoint } from '../../testing/enactor';
import { Outbox } from './outbox';
import type { NewOutboxEntry } from './outbox-entry';
import { leaseSerialiser } from './outbox-lease';
import { webLockSerialiser, type Serialiser } from './outbox-lock';
import { openIndexedDbStorage, type OutboxStorage } from './outbox-storage';
import {
  lockModel,
  quotaExceeded,
  tabDeath,
  tabLocks,
  tabStorage,
  type TabDeath,
} from './tabs.testing';

/**
 * Soak (asserts counts, not time): balance updates through the real outbox over a real
 * IndexedDB implementation and real HTTP to the simulator, with a till that misbehaves in
 * every way we know of at once:
 *
 * - two tabs (two outbox instances) on one database, serialised by the IndexedDB lease (Node
 *   has no Web Locks, and the lease is the harder path) or by a model of Web Locks;
 * - tabs killed, never stopped: mid-call (the request may still be applied), or mid-write
 *   (the write committed, or not). A killed tab runs no more code (see tabs.testing.ts): its
 *   awaits never resume, so no finally-block or bookkeeping of it runs; its lease stays in
 *   storage until another tab has seen it silent for a time-to-live; a Web Lock is released
 *   as the browser releases a dead tab's. A new tab is opened on the same database instead;
 * - the wall clock jumping forward and back by minutes to days;
 * - IndexedDB refusing writes with QuotaExceededError (a full disk);
 * - the simulator failing 40% of calls in every way its fault switch knows, drops after the
 *   update was applied included.
 *
 * The simulator counts every application of every key, so a doubled write is seen: the soak
 * passes only with every update applied exactly once and every balance exact. The same soak
 * against a simulator made non-idempotent must fail, and does (second test).
 */

const simulator = createSimulator({ customers: 2000, seed: 7 });
let server: Awaited<ReturnType<typeof startServer>>;
let base = '';

beforeAll(async () => {
  server = await startServer(simulator, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A seeded draw, so a failing soak can be replayed (timings aside). */
function draws(seed: number) {
  let a = seed;
  return () => (a = (Math.imul(a, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

interface SoakPlan {
  readonly updates: number;
  readonly accounts: number;
  readonly faultProbability: number;
  readonly serialiser: 'lease' | 'web-locks';
  readonly idempotent: boolean;
  readonly seed: number;
  /** The chance, per update, that one tab is set to die at its next call or write. */
  readonly killChance: number;
  /** The chance that a storage write is refused as over quota. */
  readonly quotaChance: number;
  /** The chance, per update, that the wall clock jumps. */
  readonly jumpChance: number;
}

interface SoakReport {
  readonly plan: SoakPlan;
  readonly faults: Record<string, number>;
  readonly crashes: { midCall: number; midWriteCommitted: number; midWriteLost: number };
  readonly clockJumps: number;
  readonly quotaErrors: number;
  readonly sends: number;
  readonly resends: number;
  readonly lost: number;
  readonly doubled: number;
  readonly unexpected: number;
  readonly wrongBalances: number;
  readonly refused: number;
  readonly unhandledRejections: number;
  readonly ms: number;
}

/** Throws, naming what was wrong, unless the soak applied every update exactly once. */
function check(report: SoakReport): void {
  const problems = [
    report.lost && `${report.lost} lost`,
    report.doubled && `${report.doubled} doubled`,
    report.unexpected && `${report.unexpected} applied that were never sent`,
    report.wrongBalances && `${report.wrongBalances} balances wrong`,
    report.refused && `${report.refused} refused`,
    report.unhandledRejections && `${report.unhandledRejections} unhandled rejections`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`soak failed: ${problems.join(', ')}`);
}

const describeReport = (r: SoakReport) =>
  `${r.plan.updates} updates over ${r.plan.accounts} accounts, 2 tabs (${r.plan.serialiser}), ` +
  `${r.plan.idempotent ? 'idempotent' : 'NON-idempotent'} server: ` +
  `faults ${JSON.stringify(r.faults)}; crashes ${JSON.stringify(r.crashes)}; ` +
  `${r.clockJumps} clock jumps; ${r.quotaErrors} quota errors; ${r.sends} sends ` +
  `(${r.resends} re-sends); lost ${r.lost}, doubled ${r.doubled}, unexpected ${r.unexpected}, ` +
  `wrong balances ${r.wrongBalances}, refused ${r.refused}; ${r.ms} ms`;

async function soak(plan: SoakPlan): Promise<SoakReport> {
  const started = performance.now();
  simulator.accounts.reset();
  const random = draws(plan.seed);
  let unhandledRejections = 0;
  const onUnhandled = () => void unhandledRejections++;
  process.on('unhandledRejection', onUnhandled);

  // The server side: idempotent or not (through the control API, as a trainer would).
  const control = await fetch(`${base}/__simulator/idempotency`, {
    method: 'PUT',
    body: JSON.stringify({ idempotent: plan.idempotent }),
  });
  expect(control.ok).toBe(true);
  const accountIds: string[] = [];
  for (let i = 0; accountIds.length < plan.accounts; i++) {
    for (const a of simulator.accounts.forCustomer(simulator.store.at(i).customerNumber)) {
      if (a.status === 'ACTIVE' && accountIds.length < plan.accounts) accountIds.push(a.accountId);
    }
  }
  const initial = new Map(accountIds.map((id) => [id, simulator.accounts.byId(id)!.balance]));
  const expected = new Map(initial);
  const keys = new Set<string>();

  // The client's timeout is shorter than the injected delay, so `delay` faults time out.
  const service = createAccountBalanceService(
    testEndpoint('accountBalanceService', (url, init) => fetch(url, init), {
      url: `${base}/axis2/services/AccountBalanceService`,
      timeoutMs: 60,
    }),
    { currencyId: 'GBP', locationId: '0005' },
  );
  simulator.faults.set({
    kind: 'random',
    count: 1_000_000,
    probability: plan.faultProbability,
    seed: plan.seed,
    delayMs: 120,
    operation: 'submitAccountBalanceUpdate',
  });

  // The till: one database, its wall clock (which jumps), and its tabs.
  const name = `soak-${plan.serialiser}-${plan.seed}-${plan.idempotent}`;
  let skew = 0;
  const wall = () => Date.now() + skew;
  const locks = lockModel();
  const crashes = { midCall: 0, midWriteCommitted: 0, midWriteLost: 0 };
  let clockJumps = 0;
  let quotaErrors = 0;
  let sends = 0;
  /** Open entries as the last tab to publish saw them: a till sells at a cashier's pace. */
  let waiting = 0;

  interface Tab {
    readonly outbox: Outbox;
    readonly death: TabDeath;
    /** Dies at its next call (`call`) or write (`before`/`after` it commits). */
    doom: 'call' | 'before' | 'after' | null;
  }

  async function openTab(): Promise<Tab> {
    const death = tabDeath();
    const tab: { doom: Tab['doom'] } = { doom: null };
    const storage: OutboxStorage = tabStorage(await openIndexedDbStorage(name), death, {
      writeFails: () => {
        if (random() >= plan.quotaChance) return null;
        quotaErrors++;
        return quotaExceeded();
      },
      dieOnWrite: () => {
        if (tab.doom !== 'before' && tab.doom !== 'after') return null;
        const when = tab.doom;
        tab.doom = null;
        if (when === 'before') crashes.midWriteLost++;
        else crashes.midWriteCommitted++;
        return when;
      },
    });
    const serialiser: Serialiser =
      plan.serialiser === 'lease'
        ? leaseSerialiser(storage, { ttlMs: 150, pollMs: 5 })
        : webLockSerialiser(tabLocks(locks, death), name);
    const outbox = new Outbox({
      storage,
      name,
      serialiser,
      channel: (channelName) => {
        const channel = new BroadcastChannel(channelName);
        void death.died.then(() => channel.close());
        return channel;
      },
      senders: {
        'balance-update': ({ request }, signal) =>
          death.guard(async () => {
            sends++;
            const call = service.update(request, signal);
            if (tab.doom === 'call') {
              // Killed with the request on its way: the server may yet apply it.
              tab.doom = null;
              crashes.midCall++;
              setTimeout(() => death.kill(), Math.floor(random() * 4));
            }
            const result = await call;
            return result.outcome === 'Success'
              ? { outcome: 'delivered', note: result.referenceId, balance: result.balance }
              : { outcome: 'refused', message: result.message };
          }),
        'loyalty-earn': () => Promise.reject(new Error('not in the soak')),
      },
      describeError: (error) => ({
        message: String(error),
        retryable: !isEnactorError(error) || error.retryable,
      }),
      onChange: (entries) => {
        waiting = entries.reduce((n, e) => (e.state === 'delivered' ? n : n + 1), 0);
      },
      backoff: { baseMs: 2, maxMs: 40 },
      sendingGraceMs: 200,
      keepDeliveredMs: 3600_000,
      now: wall,
    });
    await outbox.start();
    return Object.assign(tab, { outbox, death });
  }

  const tabs: Tab[] = [await openTab(), await openTab()];
  /** A dead tab is replaced by a new one on the same database (the cashier reopens it). */
  const living = async () => {
    for (const [i, t] of tabs.entries()) if (t.death.dead) tabs[i] = await openTab();
  };
  /** `work` on a tab, or null if the tab died meanwhile (its promise never settles). */
  const onTab = <T>(t: Tab, work: (o: Outbox) => Promise<T>) =>
    Promise.race([work(t.outbox), t.death.died.then(() => null)]);
  const chaos = () => {
    if (random() < plan.killChance) {
      const dooms = ['call', 'before', 'after'] as const;
      tabs[Math.floor(random() * tabs.length)]!.doom = dooms[Math.floor(random() * 3)]!;
    }
    if (random() < plan.jumpChance) {
      // Forward or back, by a minute to three days.
      skew += (random() < 0.5 ? -1 : 1) * Math.floor(60_000 + random() * 3 * 86_400_000);
      clockJumps++;
    }
  };

  for (let i = 0; i < plan.updates; i++) {
    // A busy till: the next sale once fewer than MAX_OPEN are waiting (the outbox is not
    // throttled, the cashier is: a thousand sales do not arrive in one second).
    while (waiting >= MAX_OPEN) await new Promise((r) => setTimeout(r, 2));
    chaos();
    const accountId = accountIds[Math.floor(random() * plan.accounts)]!;
    const amount = 1 + Math.floor(random() * 500);
    // A transaction id, then the sale stored: tried again on a full disk or a crashed tab.
    let transactionId: string | null = null;
    while (transactionId === null) {
      await living();
      const t = tabs[Math.floor(random() * tabs.length)]!;
      transactionId = await onTab(t, (o) => o.nextTransactionId()).catch(() => null);
    }
    const key = updateKey('SOAK-01', transactionId);
    const entry: NewOutboxEntry = {
      id: `SOAK-01:${transactionId}`,
      submission: `sale-${i}`,
      payload: {
        kind: 'balance-update',
        request: {
          transactionId,
          deviceId: 'SOAK-01',
          locationId: '0005',
          account: { accountId, accountType: 'customerLoyaltyAccount' },
          updateAmount: amount,
          dateTimeUpdated: new Date(wall()).toISOString(),
          currencyId: 'GBP',
        },
      },
      summary: `+${amount} points`,
      subject: accountId,
    };
    // Stored for certain before the next sale: a crash mid-enqueue may or may not have stored
    // it, so the cashier enters it again on the new tab (the same submission: one entry).
    for (;;) {
      await living();
      const t = tabs[Math.floor(random() * tabs.length)]!;
      const stored = await onTab(t, (o) => o.enqueue(entry)).catch(() => null);
      if (stored) {
        expect(stored.entry.submission).toBe(entry.submission);
        break;
      }
    }
    keys.add(key);
    expected.set(accountId, expected.get(accountId)! + amount);
  }

  // Wait until nothing is open, the chaos going on: every entry delivered, none refused.
  const observer = await openIndexedDbStorage(name);
  const deadline = Date.now() + 120_000;
  let open = Infinity;
  let refused = 0;
  while (Date.now() < deadline) {
    const entries = await observer.all();
    refused = entries.filter((e) => e.state === 'refused').length;
    open = entries.filter((e) => e.state === 'pending' || e.state === 'sending').length;
    if (open === 0 || refused > 0) break;
    chaos();
    await living();
    void tabs[Math.floor(random() * tabs.length)]!.outbox.retryNow();
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(open, 'entries still open at the deadline').toBe(0);
  const faults = { ...(simulator.faults.status()?.taken ?? {}) };
  simulator.faults.clear();
  for (const t of tabs) if (!t.death.dead) await t.outbox.stop();
  observer.close();
  process.off('unhandledRejection', onUnhandled);

  // What the server applied, key by key: every key once, nothing else.
  const ledger = simulator.accounts.ledger();
  let lost = 0;
  let doubled = 0;
  for (const key of keys) {
    const n = ledger.get(key) ?? 0;
    if (n === 0) lost++;
    if (n > 1) doubled += n - 1;
  }
  const unexpected = [...ledger.keys()].filter((k) => !keys.has(k)).length;
  const wrongBalances = accountIds.filter(
    (id) => simulator.accounts.byId(id)!.balance !== expected.get(id),
  ).length;
  return {
    plan,
    faults,
    crashes,
    clockJumps,
    quotaErrors,
    sends,
    resends: sends - keys.size,
    lost,
    doubled,
    unexpected,
    wrongBalances,
    refused,
    unhandledRejections,
    ms: Math.round(performance.now() - started),
  };
}

const MAX_OPEN = 20;

const CHAOS = {
  accounts: 50,
  faultProbability: 0.4,
  killChance: 0.02,
  quotaChance: 0.01,
  jumpChance: 0.02,
} as const;

describe('outbox soak', () => {
  it('1,000 updates, two tabs, killed tabs, clock jumps, full disk, 40% faults: each applied once', async () => {
    const report = await soak({
      ...CHAOS,
      updates: 1000,
      serialiser: 'lease',
      idempotent: true,
      seed: 20261122,
    });
    console.log(`soak: ${describeReport(report)}`);
    check(report);
    expect(report.faults).toEqual(
      expect.objectContaining({
        delay: expect.any(Number),
        disconnect: expect.any(Number),
        'http-error': expect.any(Number),
        malformed: expect.any(Number),
        'soap-fault': expect.any(Number),
        unreachable: expect.any(Number),
      }),
    );
    const { midCall, midWriteCommitted, midWriteLost } = report.crashes;
    expect(midCall).toBeGreaterThan(0);
    expect(midWriteCommitted + midWriteLost).toBeGreaterThan(0);
    expect(report.clockJumps).toBeGreaterThan(0);
    expect(report.quotaErrors).toBeGreaterThan(0);
  }, 180_000);

  it('the same chaos with Web Locks (modelled): 200 updates, each applied once', async () => {
    const report = await soak({
      ...CHAOS,
      updates: 200,
      serialiser: 'web-locks',
      idempotent: true,
      seed: 11,
    });
    console.log(`soak: ${describeReport(report)}`);
    check(report);
  }, 180_000);

  it('the same soak against a non-idempotent server fails: it sees the doubles', async () => {
    const report = await soak({
      ...CHAOS,
      updates: 200,
      serialiser: 'lease',
      idempotent: false,
      seed: 7,
    });
    console.log(`soak: ${describeReport(report)}`);
    expect(report.doubled).toBeGreaterThan(0);
    expect(() => check(report)).toThrow(/doubled/);
  }, 180_000);
});
