import type { OutboxStorage } from './outbox-storage';

/**
 * One sending round at a time across the tabs of a till. Web Locks where the browser has them
 * (a secure context: HTTPS or localhost); an IndexedDB lease where it has not (a till opened
 * over plain HTTP on a LAN address).
 */
export interface Serialiser {
  readonly kind: 'web-locks' | 'lease';
  /**
   * Runs `work` while no other tab of this till runs its own. `fence` is the lease holder,
   * for the storage to check on every write of the round; Web Locks need none.
   */
  run(work: (fence: string | undefined) => Promise<void>, signal: AbortSignal): Promise<void>;
}

export type LockManagerLike = Pick<LockManager, 'request'>;

export function webLockSerialiser(locks: LockManagerLike, name: string): Serialiser {
  return {
    kind: 'web-locks',
    async run(work, signal) {
      // The browser releases the lock when the callback settles, or when the tab dies.
      await locks.request(name, { signal }, () => work(undefined));
    },
  };
}

/**
 * Web Locks where the browser has them, else the lease (loaded only then: most tills are
 * secure contexts, and start-up stays small).
 */
export async function defaultSerialiser(storage: OutboxStorage, name: string): Promise<Serialiser> {
  const locks = globalThis.navigator?.locks;
  if (locks) return webLockSerialiser(locks, name);
  const { leaseSerialiser } = await import('./outbox-lease');
  return leaseSerialiser(storage);
}
