import { create } from 'zustand';
import { holdsCustomerData } from '../session/customer-data';

/** The card number last scanned or typed. Memory only: card numbers never go to storage or URLs. */
interface CardState {
  readonly cardNumber: string | null;
  setCardNumber(cardNumber: string): void;
  clear(): void;
}

export const useCardStore = create<CardState>()((set) => ({
  cardNumber: null,
  setCardNumber: (cardNumber) => set({ cardNumber }),
  clear: () => set({ cardNumber: null }),
}));

// Forgotten by the till's clear: the last card's balance is not reachable afterwards.
holdsCustomerData({
  hasData: () => useCardStore.getState().cardNumber !== null,
  forget: () => useCardStore.getState().clear(),
});
