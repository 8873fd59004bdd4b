import { create } from 'zustand';
import type { StorageProblem } from './outbox';
import type { OutboxEntry } from './outbox-entry';

/** The screens' copy of the outbox (newest first); the outbox itself writes it. */
interface OutboxView {
  readonly entries: readonly OutboxEntry[];
  /** False when the browser refused storage: updates then do not survive a reload. */
  readonly persistent: boolean;
  /** The till's storage is full or failing right now, or null. */
  readonly storageProblem: StorageProblem | null;
  setEntries(entries: readonly OutboxEntry[]): void;
  setPersistent(persistent: boolean): void;
  setStorageProblem(problem: StorageProblem | null): void;
}

export const useOutboxStore = create<OutboxView>()((set) => ({
  entries: [],
  persistent: true,
  storageProblem: null,
  setEntries: (entries) => set({ entries }),
  setPersistent: (persistent) => set({ persistent }),
  setStorageProblem: (storageProblem) => set({ storageProblem }),
}));

/** Not yet applied by the server: waiting, on the wire, or refused and kept. */
export const isOpen = (entry: OutboxEntry) => entry.state !== 'delivered';

export const selectOpenCount = (s: OutboxView) =>
  s.entries.reduce((n, e) => (isOpen(e) ? n + 1 : n), 0);
