import { create } from 'zustand';
import type { CustomerSearchMode } from '../../shared/enactor/customer-service/customer-service';
import { holdsCustomerData } from '../../shared/session/customer-data';

/**
 * The search being typed and the one searched for. Memory only, never the URL: names and
 * postcodes are personal data, and a URL lives on in the browser's history. Back from a
 * customer still finds the results; the till's clear forgets them.
 */
interface CustomerSearchState {
  readonly mode: CustomerSearchMode;
  /** What is in the field. */
  readonly draft: string;
  /** What was searched for ('' before any search). */
  readonly term: string;
  setMode(mode: CustomerSearchMode): void;
  setDraft(draft: string): void;
  search(term: string): void;
  forget(): void;
}

const EMPTY = { mode: 'name', draft: '', term: '' } as const;

export const useCustomerSearchStore = create<CustomerSearchState>()((set) => ({
  ...EMPTY,
  // Another field: the last results were for the other one.
  setMode: (mode) => set({ mode, term: '' }),
  setDraft: (draft) => set({ draft }),
  search: (term) => set({ term }),
  forget: () => set(EMPTY),
}));

holdsCustomerData({
  hasData: () => {
    const { draft, term } = useCustomerSearchStore.getState();
    return draft !== '' || term !== '';
  },
  forget: () => useCustomerSearchStore.getState().forget(),
});
