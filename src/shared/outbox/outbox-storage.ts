import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox-entry';

/**
 * Where the outbox keeps its entries. IndexedDB on a till; a memory copy only when the
 * browser refuses storage (then the shell says updates will not survive a reload).
 */
export interface OutboxStorage {
  readonly persistent: boolean;
  all(): Promise<OutboxEntry[]>;
  /** Adds the entry unless one with its id exists; returns what is stored either way. */
  addOnce(entry: OutboxEntry): Promise<{ entry: OutboxEntry; added: boolean }>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
  /** A transaction id never handed out before on this till: monotonic, seeded by the clock. */
  nextSequence(now: number): Promise<number>;
  close(): void;
}

interface OutboxDb extends DBSchema {
  entries: { key: string; value: OutboxEntry };
  meta: { key: string; value: number };
}

const SEQUENCE = 'lastTransactionId';

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
    put: async (entry) => {
      await db.put('entries', entry);
    },
    delete: (id) => db.delete('entries', id),
    async nextSequence(now) {
      const tx = db.transaction('meta', 'readwrite');
      const last = (await tx.store.get(SEQUENCE)) ?? 0;
      const next = Math.max(last + 1, now);
      await tx.store.put(next, SEQUENCE);
      await tx.done;
      return next;
    },
    close: () => db.close(),
  };
}

export function memoryStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  let last = 0;
  return {
    persistent: false,
    all: async () => [...entries.values()],
    async addOnce(entry) {
      const existing = entries.get(entry.id);
      if (existing) return { entry: existing, added: false };
      entries.set(entry.id, entry);
      return { entry, added: true };
    },
    put: async (entry) => void entries.set(entry.id, entry),
    delete: async (id) => void entries.delete(id),
    nextSequence: async (now) => (last = Math.max(last + 1, now)),
    close: () => undefined,
  };
}
