import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Who is at the till: the operator id signed on for this shift. Writes that record who made
 * them (notes, consent, key dates, contacts) carry it as Enactor's `userId`; looking a
 * customer up needs none. Kept for the browser session only (sessionStorage): a closed
 * browser signs the operator off, a reload does not.
 */
interface OperatorState {
  readonly operatorId: string | null;
  signOn(operatorId: string): void;
  signOff(): void;
}

export const useOperatorStore = create<OperatorState>()(
  persist(
    (set) => ({
      operatorId: null,
      signOn: (operatorId) => set({ operatorId: operatorId.trim() || null }),
      signOff: () => set({ operatorId: null }),
    }),
    {
      name: 'enactor-terminal:operator',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ operatorId: s.operatorId }),
    },
  ),
);

/** The operator signed on, or null: a screen that writes says why it needs one. */
export const useOperatorId = () => useOperatorStore((s) => s.operatorId);
