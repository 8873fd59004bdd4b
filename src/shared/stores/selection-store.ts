import { create } from 'zustand';
import type { CustomerSummary } from '../domain/customer';
import { holdsCustomerData } from '../session/customer-data';

/**
 * The customer the cashier picked. Memory only: personal data must not outlive the sale in
 * browser storage.
 */
interface SelectionState {
  readonly customer: CustomerSummary | null;
  selectCustomer(customer: CustomerSummary): void;
  clear(): void;
}

export const useSelectionStore = create<SelectionState>()((set) => ({
  customer: null,
  selectCustomer: (customer) => set({ customer }),
  clear: () => set({ customer: null }),
}));

holdsCustomerData({
  hasData: () => useSelectionStore.getState().customer !== null,
  forget: () => useSelectionStore.getState().clear(),
});
