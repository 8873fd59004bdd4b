import { createContext, useContext } from 'react';

/**
 * Why the customer is cleared: the till was left alone, the sale is over, or the operator
 * signed off or changed. Every reason runs the same clear (src/app/clear-customer.ts).
 */
export type ClearReason = 'idle' | 'next-customer' | 'sign-off' | 'operator-change';

export interface CustomerSession {
  /**
   * Clears the customer from the till: back to the start screen with nothing personal on the
   * screen, in the query cache, the stores, unsaved forms or the history; pending updates are
   * kept. `sign-off` (and `idle` where configured) also signs the operator off.
   */
  clearCustomer(reason: ClearReason): void;
}

export const CustomerSessionContext = createContext<CustomerSession | null>(null);

/** The clear, for a screen's own trigger ("Next customer", sign-on as someone else). */
export function useClearCustomer(): CustomerSession['clearCustomer'] {
  const session = useContext(CustomerSessionContext);
  if (!session) throw new Error('useClearCustomer outside <CustomerSessionContext>');
  return session.clearCustomer;
}
