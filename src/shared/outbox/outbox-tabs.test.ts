import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalanceUpdateRequest } from '../domain/loyalty';
import { NetworkError } from '../enactor/errors';
import { Outbox, type StorageProblem } from './outbox';
import type { OutboxEntry, SendResult } from './outbox-entry';
import { leaseSerialiser } from './outbox-lease';
import { webLockSerialiser, type Serialiser } from './outbox-lock';
import { LeaseLostError, openIndexedDbStorage, type OutboxStorage } from './outbox-storage';
import {
  lockModel,
  quotaExceeded,
  tabDeath,
  tabLocks,
  tabStorage,
  type StorageFaults,
  type TabDeath,
} from './tabs.testing';

/**
 * Exactly once when the till is not kind: clock jumps, a full disk, two tabs, tabs killed
 * mid-call, and browsers without Web Locks. Each test here failed on the outbox before it
 * scheduled by a monotonic clock, retried under the lock, backed off on storage errors and
 * had a lease (see the commit that added them).
 */

const request = (transactionId: string, updateAmount = 150): BalanceUpdateRequest => ({
  transactionId,
  deviceId: 'POS-01',
  locationId: '0005',
  account: { accountId: '200', accountType: 'customerLoyaltyAccount' },
  updateAmount,
  dateTimeUpdated: '2026-11-22T10:00:00Z',
  currencyId: 'GBP',
});

const entry = (transactionId: string, submission?: string) => ({
  id: `POS-01:${transactionId}`,
  payload: { kind: 'balance-update' as const, request: request(transactionId) },
  summary: '+150 points',
  subject: '200',
  ...(submission ? { submission } : {}),
});

const delivered = (): SendResult => ({ outcome: 'delivered', note: 'Reference SIM-1', balance: 1 });
const down = () => Promise.reject(new NetworkError('submitAccountBalanceUpdate'));

type Send = (r: BalanceUpdateRequest, signal: AbortSignal) => Promise<SendResult>;

let dbCount = 0;
const live: Outbox[] = [];
afterEach(async () => {
  for (const o of live.splice(0)) await o.stop();
});

interface TabOptions {
  readonly db: string;
  readonly send: Send;
  readonly now?: () => number;
  readonly faults?: StorageFaults;
  /** Default: a lease over the shared database (Node has no Web Locks). */
  readonly serialiser?: (storage: OutboxStorage, death: TabDeath) => Serialiser;
  readonly backoff?: { baseMs: number; maxMs: number };
  readonly onStorageProblem?: (problem: StorageProblem | null) => void;
}

/** One tab of a till: its own outbox over the till's shared database; `death.kill()` kills it. */
async function tab(options: TabOptions) {
  const death = tabDeath();
  const shared = await openIndexedDbStorage(options.db);
  const storage = tabStorage(shared, death, options.faults);
  let entries: readonly OutboxEntry[] = [];
  const outbox = new Outbox({
    storage,
    name: options.db,
    // A dead tab's channel closes with it.
    channel: (name) => {
      const channel = new BroadcastChannel(name);
      void death.died.then(() => channel.close());
      return channel;
    },
    senders: {
      'balance-update': (payload, signal) =>
        death.guard(() => options.send(payload.request, signal)),
      'loyalty-earn': () => Promise.reject(new Error('not in these tests')),
    },
    describeError: (error) => ({ message: String(error), retryable: true }),
    onChange: (e) => {
      entries = e;
    },
    ...(options.onStorageProblem ? { onStorageProblem: options.onStorageProblem } : {}),
    serialiser: options.serialiser
      ? options.serialiser(storage, death)
      : leaseSerialiser(storage, { ttlMs: 150, pollMs: 5 }),
    backoff: options.backoff ?? { baseMs: 5, maxMs: 20 },
    ...(options.now ? { now: options.now } : {}),
  });
  await outbox.start();
  return {
    outbox,
    death,
    shared,
    entries: () => entries,
    /** A graceful stop (a test's end); a killed tab is never stopped. */
    stop: async () => {
      await outbox.stop();
      shared.close();
    },
    track: () => live.push(outbox),
  };
}

/** Waits for what must happen; generous, as the machine may be busy (not a timing test). */
const eventually = <T>(check: () => T | Promise<T>, options: { interval?: number } = {}) =>
  vi.waitFor(check, { timeout: 10_000, ...options });

const newDb = () => `outbox-tabs-${++dbCount}`;

describe('enqueue tells a new write from one already there', () => {
  it('the same submission is a double tap; another submission finds the key used', async () => {
    const t = await tab({ db: newDb(), send: async () => delivered() });
    t.track();
    const first = await t.outbox.enqueue(entry('1', 'tap-A'));
    const again = await t.outbox.enqueue(entry('1', 'tap-A'));
    const later = await t.outbox.enqueue(entry('1', 'tap-B'));
    expect(first.added).toBe(true);
    expect(again).toMatchObject({ added: false, entry: { submission: 'tap-A' } });
    expect(later).toMatchObject({ added: false, entry: { submission: 'tap-A' } });
  });
});

describe('clock changes never strand an entry', () => {
  it('a failure while the clock was a day fast is retried on time once it is set back', async () => {
    let skew = 24 * 3600_000;
    let calls = 0;
    const send: Send = async () => (++calls < 2 ? down() : delivered());
    const t = await tab({
      db: newDb(),
      send,
      now: () => Date.now() + skew,
      backoff: { baseMs: 200, maxMs: 200 },
    });
    t.track();
    await t.outbox.enqueue(entry('2'));
    await eventually(() => expect(calls).toBe(1), { interval: 1 });
    skew = 0; // the clock is put right: the 200 ms wait must not become a day
    await eventually(() => expect(t.entries()[0]?.state).toBe('delivered'));
    expect(calls).toBe(2);
  });

  it('an entry left `sending` by a dead tab is sent after a reload, whatever the clock', async () => {
    const db = newDb();
    let skew = 7 * 24 * 3600_000;
    // The first tab: fails once (a wait is chosen by a clock a week fast), then dies mid-call.
    let calls = 0;
    const first = await tab({
      db,
      now: () => Date.now() + skew,
      send: () => (++calls === 1 ? down() : new Promise<SendResult>(() => undefined)),
      backoff: { baseMs: 5, maxMs: 5 },
    });
    await first.outbox.enqueue(entry('3'));
    await eventually(async () => {
      const [stored] = await first.shared.all();
      expect(stored).toMatchObject({ state: 'sending', attempts: 2 });
    });
    first.death.kill();
    skew = -3600_000; // and the till's clock is now an hour slow
    const up = vi.fn(async () => delivered());
    const second = await tab({ db, now: () => Date.now() + skew, send: up });
    second.track();
    await eventually(() => expect(second.entries()[0]?.state).toBe('delivered'));
    expect(up).toHaveBeenCalledTimes(1);
  });

  it('Retry sends an entry another tab left `sending`, even during its backoff', async () => {
    const db = newDb();
    const minute = { baseMs: 60_000, maxMs: 60_000 };
    // Whichever tab sends: the first try fails (a minute's wait), the second never answers
    // (the tab that made it is killed), the third is applied.
    let calls = 0;
    const send: Send = async () =>
      ++calls === 1 ? down() : calls === 2 ? new Promise(() => undefined) : delivered();
    const a = await tab({ db, send, backoff: minute });
    const b = await tab({ db, send, backoff: minute });
    b.track();
    await a.outbox.enqueue(entry('4'));
    await eventually(() => expect(b.entries()[0]?.lastError).toMatch(/could not be reached/));
    // The cashier retries on A; A dies with it on the wire.
    void a.outbox.retryNow(entry('4').id);
    await eventually(() => expect(b.entries()[0]).toMatchObject({ state: 'sending', attempts: 2 }));
    a.death.kill();
    // B would leave it to A for a while, then wait out the minute; Retry on B sends it now.
    await b.outbox.retryNow(entry('4').id);
    await eventually(() => expect(b.entries()[0]?.state).toBe('delivered'));
    expect(calls).toBe(3);
  });
});

describe('storage full', () => {
  it('backs off, tells the cashier, loses nothing, and needs no unhandled rejection', async () => {
    let full = false;
    const refusedAt: number[] = [];
    const problems: (StorageProblem | null)[] = [];
    const send = vi.fn(async () => delivered());
    const t = await tab({
      db: newDb(),
      send,
      backoff: { baseMs: 20, maxMs: 80 },
      onStorageProblem: (p) => problems.push(p),
      faults: {
        writeFails: () => {
          if (!full) return null;
          refusedAt.push(performance.now());
          return quotaExceeded();
        },
      },
    });
    t.track();
    // A sale while the disk is full is not stored: the caller is told, nothing is sent.
    full = true;
    await expect(t.outbox.enqueue(entry('5'))).rejects.toThrow(/quota/);
    // One stored while there was room; the disk fills before it can be marked `sending`
    // (refusals 1 and 2: that write, and the lease's release after it).
    full = false;
    await t.outbox.enqueue(entry('6'));
    full = true;
    await eventually(() => expect(refusedAt.length).toBeGreaterThan(6));
    // Then one refused write per round, the rounds 20, 40, 80, 80 ms apart (less jitter):
    // a backoff, not a tight loop, however busy the machine (it only makes the gaps longer).
    const gaps = refusedAt.slice(3).map((at, i) => at - refusedAt[i + 2]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15);
    expect(problems[0]).toBe('full');
    expect(send).not.toHaveBeenCalled();
    full = false;
    await eventually(() => expect(t.entries()[0]?.state).toBe('delivered'));
    expect(problems.at(-1)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('an answer storage will not take is kept, shown, and written once there is room', async () => {
    let full = false;
    const send = vi.fn(async () => {
      full = true; // the disk fills while the call is on the wire
      return delivered();
    });
    const t = await tab({
      db: newDb(),
      send,
      faults: { writeFails: () => (full ? quotaExceeded() : null) },
    });
    t.track();
    await t.outbox.enqueue(entry('7'));
    await eventually(() => expect(t.entries()[0]?.state).toBe('delivered'));
    expect((await t.shared.all())[0]?.state).toBe('sending');
    full = false;
    await eventually(async () => expect((await t.shared.all())[0]?.state).toBe('delivered'));
    // Kept in memory meanwhile: not sent again.
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('two tabs of one till', () => {
  it('Retry runs under the same lease as sending: a stale tab never overwrites or resends', async () => {
    const db = newDb();
    // Either tab may send. The first try is refused; the next ones wait for `release`.
    let calls = 0;
    const waiting: (() => void)[] = [];
    const release = () => waiting.splice(0).forEach((go) => go());
    const send: Send = () =>
      ++calls === 1
        ? Promise.resolve({ outcome: 'refused', message: 'Account 200 is closed.' })
        : new Promise((r) => waiting.push(() => r(delivered())));
    const a = await tab({ db, send });
    const b = await tab({ db, send });
    a.track();
    b.track();
    await a.outbox.enqueue(entry('8'));
    await eventually(() => expect(b.entries()[0]?.state).toBe('refused'));
    await eventually(() => expect(a.entries()[0]?.state).toBe('refused'));
    // The cashier retries on A (it goes on the wire) and, at once, on B.
    void a.outbox.retryNow(entry('8').id);
    await eventually(() => expect(calls).toBe(2));
    const retryB = b.outbox.retryNow(entry('8').id);
    await new Promise((r) => setTimeout(r, 50));
    // B waits for the lease: it has neither written over A's `sending` nor sent it again.
    expect((await a.shared.all())[0]?.state).toBe('sending');
    expect(calls).toBe(2);
    release();
    await retryB;
    await eventually(() => expect(b.entries()[0]?.state).toBe('delivered'));
    expect(calls).toBe(2);
  });

  it('with the lease, two tabs never have two calls on the wire', async () => {
    const db = newDb();
    let onWire = 0;
    let most = 0;
    const send: Send = async () => {
      most = Math.max(most, ++onWire);
      await new Promise((r) => setTimeout(r, 2));
      onWire--;
      return delivered();
    };
    const a = await tab({ db, send });
    const b = await tab({ db, send });
    a.track();
    b.track();
    for (let i = 0; i < 30; i++) await (i % 2 ? a : b).outbox.enqueue(entry(`9${i}`));
    await eventually(async () =>
      expect((await a.shared.all()).every((e) => e.state === 'delivered')).toBe(true),
    );
    expect(most).toBe(1);
  });

  it('a tab killed holding the lease: the other takes over after its time-to-live', async () => {
    const db = newDb();
    const a = await tab({ db, send: () => new Promise<SendResult>(() => undefined) });
    await a.outbox.enqueue(entry('10'));
    await eventually(async () => expect((await a.shared.all())[0]?.state).toBe('sending'));
    a.death.kill(); // no finally: the lease stays in storage, its holder silent
    const up = vi.fn(async () => delivered());
    const b = await tab({ db, send: up });
    b.track();
    await eventually(() => expect(b.entries()[0]?.state).toBe('delivered'));
    expect(up).toHaveBeenCalledTimes(1);
  });

  it('a frozen tab that lost its lease cannot write over what the new holder did', async () => {
    const storage = await openIndexedDbStorage(newDb());
    const clock = { now: 0 };
    // Frozen (a backgrounded tab the browser stopped): its heartbeat does not run either.
    const frozen = leaseSerialiser(storage, { id: 'frozen', ttlMs: 3_000_000, pollMs: 1 });
    let resume: () => void = () => undefined;
    const stale: OutboxEntry = {
      ...entry('11'),
      createdAt: 0,
      state: 'pending',
      attempts: 1,
      lastError: 'x',
      nextAttemptAt: 0,
      delivery: null,
    };
    const frozenRound = frozen.run(async (fence) => {
      await new Promise<void>((r) => (resume = r)); // the tab is frozen here, not dead
      await storage.put(stale, fence);
    }, new AbortController().signal);
    // Another tab sees no heartbeat for a whole time-to-live (its own clock) and takes over.
    const other = leaseSerialiser(storage, {
      id: 'other',
      ttlMs: 100,
      pollMs: 1,
      monotonic: () => (clock.now += 60),
    });
    await other.run(async (fence) => {
      await storage.put({ ...stale, state: 'delivered', attempts: 2 }, fence);
      resume();
      await expect(frozenRound).rejects.toBeInstanceOf(LeaseLostError);
    }, new AbortController().signal);
    expect((await storage.all())[0]).toMatchObject({ state: 'delivered', attempts: 2 });
    storage.close();
  });

  it('with Web Locks, a killed tab releases its lock and its `sending` entry is sent again', async () => {
    const db = newDb();
    const locks = lockModel();
    const viaLocks = (_: OutboxStorage, death: TabDeath) =>
      webLockSerialiser(tabLocks(locks, death), db);
    const a = await tab({
      db,
      send: () => new Promise<SendResult>(() => undefined),
      serialiser: viaLocks,
    });
    await a.outbox.enqueue(entry('12'));
    await eventually(async () => expect((await a.shared.all())[0]?.state).toBe('sending'));
    const up = vi.fn(async () => delivered());
    const b = await tab({ db, send: up, serialiser: viaLocks });
    b.track();
    // While A lives its lock holds B off; A dies, the browser releases it, B sends.
    await new Promise((r) => setTimeout(r, 30));
    expect(up).not.toHaveBeenCalled();
    a.death.kill();
    await eventually(() => expect(b.entries()[0]?.state).toBe('delivered'));
    expect(up).toHaveBeenCalledTimes(1);
  });
});
