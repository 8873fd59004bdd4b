import { create } from 'zustand';
import type { SearchRoute } from '../../shared/domain/search-routing';
import type { CustomerSearchMode } from '../../shared/enactor/customer-service/customer-service';
import { holdsCustomerData } from '../../shared/session/customer-data';

/** Any: the one box, routed by what is typed; Name and Postcode: the explicit choices. */
export type SearchBoxMode = 'any' | CustomerSearchMode;

/** A reading the screen searches itself (a card or a customer number opens another screen). */
export type ScreenRoute = Extract<SearchRoute, { kind: 'name' | 'postcode' | 'email' | 'phone' }>;

/** What the one box did with the last input (Any only). */
export type AnyOutcome =
  /** A search taken on the screen (name, postcode, e-mail, phone), the other readings offered. */
  | { readonly kind: 'taken'; readonly route: ScreenRoute; readonly others: readonly SearchRoute[] }
  /** Two readings as likely as each other: offered, nothing sent until one is chosen. */
  | { readonly kind: 'choose'; readonly routes: readonly SearchRoute[] };

/**
 * The search being typed and the one searched for. Memory only, never the URL: names,
 * postcodes, e-mails and phones are personal data, and a URL lives on in the browser's history.
 * Back from a customer still finds the results; the till's clear forgets them.
 */
interface CustomerSearchState {
  readonly mode: SearchBoxMode;
  /** What is in the field. */
  readonly draft: string;
  /** What was searched for ('' before any search). */
  readonly term: string;
  /** In Any, what the box did with `term` (null before a search, or in Name and Postcode). */
  readonly outcome: AnyOutcome | null;
  setMode(mode: SearchBoxMode): void;
  setDraft(draft: string): void;
  search(term: string, outcome?: AnyOutcome | null): void;
  forget(): void;
}

const EMPTY = { mode: 'any', draft: '', term: '', outcome: null } as const;

export const useCustomerSearchStore = create<CustomerSearchState>()((set) => ({
  ...EMPTY,
  // Another field: the last results were for the other one.
  setMode: (mode) => set({ mode, term: '', outcome: null }),
  setDraft: (draft) => set({ draft }),
  search: (term, outcome = null) => set({ term, outcome }),
  forget: () => set(EMPTY),
}));

holdsCustomerData({
  hasData: () => {
    const { draft, term } = useCustomerSearchStore.getState();
    return draft !== '' || term !== '';
  },
  forget: () => useCustomerSearchStore.getState().forget(),
});
