import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox-entry';

/**
 * Who may send for this till where the browser has no Web Locks: one tab's id and a heartbeat
 * count it raises while it lives. No time stamp: tabs judge a silent holder by their own
 * monotonic clocks, so a wall clock set wrong (or jumping) cannot hand the lease out twice.
 */
export interface Lease {
  readonly holder: string;
  readonly beat: number;
}

/** A fenced write was refused: another tab took the lease, so this tab's view is stale. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
  constructor(holder: string) {
    super(`the sender lease is no longer held by ${holder}`);
  }
}

/**
 * Where the outbox keeps its entries. IndexedDB on a till; a memory copy only when the
 * browser refuses storage (then the shell says updates will not survive a reload).
 */
export interface OutboxStorage {
  readonly persistent: boolean;
  all(): Promise<OutboxEntry[]>;
  /** Adds the entry unless one with its id exists; returns what is stored either way. */
  addOnce(entry: OutboxEntry): Promise<{ entry: OutboxEntry; added: boolean }>;
  /**
   * Writes the entry. With `fence` (a lease holder), only while that holder has the lease,
   * checked in the same transaction; otherwise `LeaseLostError` and nothing is written.
   */
  put(entry: OutboxEntry, fence?: string): Promise<void>;
  /** Removes a delivered entry (delivered is final, so no fence is needed). */
  delete(id: string): Promise<void>;
  /** A transaction id never handed out before on this till: monotonic, seeded by the clock. */
  nextSequence(now: number): Promise<number>;
  /**
   * Reads and changes the lease in one readwrite transaction: `change` sees the lease as
   * stored and returns the new one, `null` to remove it, or `undefined` to leave it. Returns
   * the lease as it stands afterwards.
   */
  updateLease(change: (current: Lease | null) => Lease | null | undefined): Promise<Lease | null>;
  close(): void;
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry };
  meta: { key: string; value: number | Lease };
}

const SEQUENCE = 'lastTransactionId';
const LEASE = 'senderLease';

const asLease = (value: number | Lease | undefined): Lease | null =>
  typeof value === 'object' && value !== null ? value : null;

export async function openIndexedDbStorage(name: string): Promise<OutboxStorage> {
  const db: IDBPDatabase<OutboxDb> = await openDB<OutboxDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('entries', { keyPath: 'id' });
      database.createObjectStore('meta');
    },
  });

  return {
    persistent: true,
    all: () => db.getAll('entries'),
    async addOnce(entry) {
      // One readwrite transaction: a double tap, or two tabs, cannot both add.
      const tx = db.transaction('entries', 'readwrite');
      const existing = await tx.store.get(entry.id);
      if (!existing) await tx.store.add(entry);
      await tx.done;
      return existing ? { entry: existing, added: false } : { entry, added: true };
    },
    async put(entry, fence) {
      if (fence === undefined) return void (await db.put('entries', entry));
      // One transaction over both stores: the lease check and the write commit together.
      const tx = db.transaction(['entries', 'meta'], 'readwrite');
      if (asLease(await tx.objectStore('meta').get(LEASE))?.holder !== fence) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new LeaseLostError(fence);
      }
      await tx.objectStore('entries').put(entry);
      await tx.done;
    },
    delete: (id) => db.delete('entries', id),
    async nextSequence(now) {
      const tx = db.transaction('meta', 'readwrite');
      const stored = await tx.store.get(SEQUENCE);
      const last = typeof stored === 'number' ? stored : 0;
      const next = Math.max(last + 1, now);
      await tx.store.put(next, SEQUENCE);
      await tx.done;
      return next;
    },
    async updateLease(change) {
      const tx = db.transaction('meta', 'readwrite');
      const current = asLease(await tx.store.get(LEASE));
      const next = change(current);
      if (next === null) await tx.store.delete(LEASE);
      else if (next !== undefined) await tx.store.put(next, LEASE);
      await tx.done;
      return next === undefined ? current : next;
    },
    close: () => db.close(),
  };
}
