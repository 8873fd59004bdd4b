import { create } from 'zustand';
import {
  EMPTY_CRITERIA,
  hasCriteria,
  type CrmCriteria,
  type CrmSort,
} from '../../shared/domain/crm';
import { holdsCustomerData } from '../../shared/session/customer-data';

/**
 * The last Client Search, so Back from a client's details finds the results still there.
 * Memory only, never the URL: it may hold a phone, an e-mail or a card number.
 */
interface CrmSearchState {
  readonly criteria: CrmCriteria;
  /** The criteria searched for (null before the first search). */
  readonly submitted: CrmCriteria | null;
  readonly sort: CrmSort;
  readonly offset: number;
  setField(field: keyof CrmCriteria, value: string): void;
  submit(): void;
  clear(): void;
  sortBy(column: CrmSort['column']): void;
  setOffset(offset: number): void;
}

export const useCrmSearchStore = create<CrmSearchState>()((set) => ({
  criteria: EMPTY_CRITERIA,
  submitted: null,
  sort: { column: 'surname', descending: false },
  offset: 0,
  setField: (field, value) => set((s) => ({ criteria: { ...s.criteria, [field]: value } })),
  submit: () => set((s) => ({ submitted: s.criteria, offset: 0 })),
  clear: () => set({ criteria: EMPTY_CRITERIA, submitted: null, offset: 0 }),
  // The same column again turns the order round.
  sortBy: (column) =>
    set((s) => ({
      sort: { column, descending: s.sort.column === column ? !s.sort.descending : false },
      offset: 0,
    })),
  setOffset: (offset) => set({ offset }),
}));

// The till's clear forgets the criteria and the sort (the next customer starts afresh).
holdsCustomerData({
  hasData: () => {
    const { criteria, submitted } = useCrmSearchStore.getState();
    return submitted !== null || hasCriteria(criteria);
  },
  forget: () =>
    useCrmSearchStore.setState({
      criteria: EMPTY_CRITERIA,
      submitted: null,
      sort: { column: 'surname', descending: false },
      offset: 0,
    }),
});
