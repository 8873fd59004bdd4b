/**
 * Everything outside the query cache that holds a customer's personal data in memory (the card
 * scanned, the customer picked, search criteria, drafts) registers here, once, where it is
 * defined. The till's one clear (idle, next customer, sign-off, operator change) forgets them
 * all; the idle guard asks whether any holds something before it warns.
 */
export interface CustomerDataHolder {
  /** Whether it holds anything now (an empty search holds nothing). */
  hasData(): boolean;
  forget(): void;
}

const holders = new Set<CustomerDataHolder>();

/** Registers a holder; returns how to take it off the list (tests, hot reload). */
export function holdsCustomerData(holder: CustomerDataHolder): () => void {
  holders.add(holder);
  return () => holders.delete(holder);
}

export function customerDataHeld(): boolean {
  return [...holders].some((h) => h.hasData());
}

export function forgetCustomerData(): void {
  for (const holder of holders) holder.forget();
}
