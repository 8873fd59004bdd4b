import type { LockManagerLike } from './outbox-lock';
import type { OutboxStorage } from './outbox-storage';

/**
 * Test models of a till's tabs (used by the outbox tests and the soak; never by the app).
 *
 * A killed tab (closed, crashed, its renderer gone) runs no more code: nothing it was awaiting
 * ever resumes, so no `finally` of it runs and none of its bookkeeping is written. Its Web Lock
 * is released by the browser; an IndexedDB lease it held is not (nobody is left to release it).
 * Its in-flight HTTP request may still reach the server and be applied; the answer goes
 * nowhere. A write it had under way either committed before it died or did not happen.
 *
 * Modelled here by a `TabDeath` that every storage call, send and lock request of one tab
 * goes through: once dead, each of them returns a promise that never settles (and a result
 * that arrives after death is dropped), so the abandoned code stays suspended forever.
 */
export interface TabDeath {
  readonly dead: boolean;
  /** Settles when the tab dies. */
  readonly died: Promise<void>;
  kill(): void;
  /** `work`'s result, unless the tab dies first: then never. */
  guard<T>(work: () => Promise<T>): Promise<T>;
}

const never = <T>() => new Promise<T>(() => undefined);

export function tabDeath(): TabDeath {
  let dead = false;
  let resolve: () => void = () => undefined;
  const died = new Promise<void>((r) => (resolve = r));
  return {
    get dead() {
      return dead;
    },
    died,
    kill() {
      dead = true;
      resolve();
    },
    guard<T>(work: () => Promise<T>): Promise<T> {
      if (dead) return never<T>();
      return new Promise<T>((res, rej) => {
        work().then(
          (value) => !dead && res(value),
          (error: unknown) => !dead && rej(error),
        );
      });
    },
  };
}

export interface StorageFaults {
  /** Called before each write: an error to throw instead (a full disk), or null. */
  readonly writeFails?: () => Error | null;
  /** Called before each write: the tab dies `before` it commits, `after` it commits, or not. */
  readonly dieOnWrite?: () => 'before' | 'after' | null;
}

export const quotaExceeded = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** One tab's handle on a shared storage: dies with the tab, and fails or kills on cue. */
export function tabStorage(
  storage: OutboxStorage,
  death: TabDeath,
  faults: StorageFaults = {},
): OutboxStorage {
  const write = <T>(work: () => Promise<T>): Promise<T> =>
    death.guard(async () => {
      const failure = faults.writeFails?.();
      if (failure) throw failure;
      const dies = faults.dieOnWrite?.() ?? null;
      if (dies === 'before') {
        death.kill();
        return never<T>();
      }
      const result = await work();
      if (dies === 'after') death.kill();
      return result;
    });
  return {
    persistent: storage.persistent,
    all: () => death.guard(() => storage.all()),
    addOnce: (entry) => write(() => storage.addOnce(entry)),
    put: (entry, fence) => write(() => storage.put(entry, fence)),
    delete: (id) => write(() => storage.delete(id)),
    nextSequence: (now) => write(() => storage.nextSequence(now)),
    updateLease: (change) => write(() => storage.updateLease(change)),
    // The connection belongs to the process: a dead tab's closes with it, not by its code.
    close: () => undefined,
  };
}

/**
 * Web Locks as a browser grants them to the tabs of one origin: one holder per name, the
 * others queued in order, a waiter's `signal` withdrawing its request. Node has no Web Locks.
 */
export function lockModel(): LockManagerLike {
  const held = new Set<string>();
  const queues = new Map<string, (() => void)[]>();
  const release = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next();
    else held.delete(name);
  };
  const request = (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<unknown>,
  ): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(signal.reason);
      const grant = () => {
        signal?.removeEventListener('abort', withdraw);
        Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' } as Lock))
          .then(resolve, reject)
          .finally(() => release(name));
      };
      const withdraw = () => {
        const queue = queues.get(name) ?? [];
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(signal?.reason);
      };
      if (!held.has(name)) {
        held.add(name);
        return grant();
      }
      signal?.addEventListener('abort', withdraw, { once: true });
      queues.set(name, [...(queues.get(name) ?? []), grant]);
    });
  return { request } as LockManagerLike;
}

/**
 * One tab's view of the Web Locks: when it dies the browser releases what it holds (its
 * callback's work is abandoned, not finished) and drops what it was waiting for.
 */
export function tabLocks(locks: LockManagerLike, death: TabDeath): LockManagerLike {
  const request = (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<unknown>,
  ) =>
    death.guard(() =>
      locks.request(name, options, (lock) =>
        death.dead ? Promise.resolve() : Promise.race([callback(lock), death.died]),
      ),
    );
  return { request } as LockManagerLike;
}
