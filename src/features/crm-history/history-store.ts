import { useEffect } from 'react';
import { create } from 'zustand';
import {
  NO_CONTACT_CRITERIA,
  NO_TRANSACTION_CRITERIA,
  type ContactCriteria,
  type TransactionCriteria,
} from '../../shared/domain/crm-history';

/**
 * Where the cashier is in one customer's histories (the search and the page), so Back from a
 * transaction finds the list as it was. Memory only; another customer starts afresh.
 */
interface HistoryViewState {
  readonly customerNumber: string | null;
  readonly transactions: TransactionCriteria;
  readonly transactionOffset: number;
  readonly contacts: ContactCriteria;
  readonly contactOffset: number;
  /** Starts afresh when the customer is not the one last shown. */
  open(customerNumber: string): void;
  searchTransactions(criteria: TransactionCriteria): void;
  setTransactionOffset(offset: number): void;
  filterContacts(criteria: ContactCriteria): void;
  setContactOffset(offset: number): void;
}

const FRESH = {
  transactions: NO_TRANSACTION_CRITERIA,
  transactionOffset: 0,
  contacts: NO_CONTACT_CRITERIA,
  contactOffset: 0,
};

export const useHistoryView = create<HistoryViewState>()((set) => ({
  customerNumber: null,
  ...FRESH,
  open: (customerNumber) =>
    set((s) => (s.customerNumber === customerNumber ? s : { customerNumber, ...FRESH })),
  searchTransactions: (transactions) => set({ transactions, transactionOffset: 0 }),
  setTransactionOffset: (transactionOffset) => set({ transactionOffset }),
  filterContacts: (contacts) => set({ contacts, contactOffset: 0 }),
  setContactOffset: (contactOffset) => set({ contactOffset }),
}));

/** One customer's view: fresh until the store has been pointed at this customer. */
export function useCustomerHistoryView(customerNumber: string) {
  const state = useHistoryView();
  const { open } = state;
  useEffect(() => open(customerNumber), [open, customerNumber]);
  return state.customerNumber === customerNumber ? state : { ...state, ...FRESH };
}
