import type { OutboxEntry } from './outbox-entry';
import type { Lease, OutboxStorage } from './outbox-storage';

/**
 * The fallback when the browser refuses IndexedDB (private mode, blocked storage): entries in
 * this tab's memory only, and the shell says they will not survive a reload. Loaded only then.
 */
export function memoryStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  let last = 0;
  // One tab's memory: no other tab can take the lease, so writes need no fence.
  let lease: Lease | null = null;
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
    async updateLease(change) {
      const next = change(lease);
      if (next !== undefined) lease = next;
      return lease;
    },
    close: () => undefined,
  };
}
