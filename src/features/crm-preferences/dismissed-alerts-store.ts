import { create } from 'zustand';
import { useSelectionStore } from '../../shared/stores/selection-store';

/**
 * Alert notes the cashier dismissed for this visit: memory only, for one customer at a time.
 * Opening another customer, or the customer being cleared (New search, the till cleared), forgets
 * them, so the next visit shows the alert again.
 */
interface DismissedAlerts {
  readonly customerNumber: string | null;
  readonly noteIds: ReadonlySet<string>;
  /** The customer is on screen: dismissals of any other customer are forgotten. */
  visit(customerNumber: string): void;
  dismiss(customerNumber: string, noteIds: readonly string[]): void;
  forget(): void;
}

export const useDismissedAlerts = create<DismissedAlerts>()((set, get) => ({
  customerNumber: null,
  noteIds: new Set(),
  visit: (customerNumber) => {
    if (get().customerNumber !== customerNumber) set({ customerNumber, noteIds: new Set() });
  },
  dismiss: (customerNumber, noteIds) => {
    const current = get();
    const kept = current.customerNumber === customerNumber ? current.noteIds : [];
    set({ customerNumber, noteIds: new Set([...kept, ...noteIds]) });
  },
  forget: () => set({ customerNumber: null, noteIds: new Set() }),
}));

useSelectionStore.subscribe((now, before) => {
  if (before.customer !== null && now.customer?.customerNumber !== before.customer.customerNumber)
    useDismissedAlerts.getState().forget();
});
