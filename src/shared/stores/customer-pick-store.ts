import { create } from 'zustand';
import { holdsCustomerData } from '../session/customer-data';

/** Why Client Search is picking a customer instead of opening one. */
export type PickPurpose = 'relationship';

/** A customer picked in Client Search, for the screen that asked. */
export interface PickedCustomer {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
}

/**
 * A screen asks Client Search to pick a customer (`start`): the search then hands the row
 * tapped back (`pick`) and returns to `returnPath` instead of opening Client Details. Memory
 * only (a name is personal data); forgotten by the till's one clear.
 */
interface CustomerPickState {
  /** What the pick is for, and for whom; null when Client Search opens customers as usual. */
  readonly request: {
    readonly purpose: PickPurpose;
    readonly returnPath: string;
    /** The customer the pick is for (Amelia, when picking her sister). */
    readonly forCustomerNumber: string;
    /** Their name, for the search's banner. */
    readonly forName: string;
  } | null;
  /** What was picked, waiting for the screen that asked. */
  readonly picked: PickedCustomer | null;
  start(
    purpose: PickPurpose,
    forCustomer: { customerNumber: string; name: string },
    returnPath: string,
  ): void;
  pick(customer: PickedCustomer): void;
  /** The asking screen has taken the pick (or the cashier cancelled). */
  clear(): void;
}

export const useCustomerPickStore = create<CustomerPickState>()((set) => ({
  request: null,
  picked: null,
  start: (purpose, forCustomer, returnPath) =>
    set({
      request: {
        purpose,
        forCustomerNumber: forCustomer.customerNumber,
        forName: forCustomer.name,
        returnPath,
      },
      picked: null,
    }),
  pick: (customer) => set({ picked: customer }),
  clear: () => set({ request: null, picked: null }),
}));

holdsCustomerData({
  hasData: () => {
    const s = useCustomerPickStore.getState();
    return s.request !== null || s.picked !== null;
  },
  forget: () => useCustomerPickStore.getState().clear(),
});
