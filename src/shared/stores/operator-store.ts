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
  /**
   * The start of the shift's sign-on was answered: signed on, or skipped to look customers up
   * only. Until then the start screen asks; signing off asks the next operator again.
   */
  readonly asked: boolean;
  signOn(operatorId: string): void;
  skipSignOn(): void;
  signOff(): void;
}

export const useOperatorStore = create<OperatorState>()(
  persist(
    (set) => ({
      operatorId: null,
      asked: false,
      signOn: (operatorId) => set({ operatorId: operatorId.trim() || null, asked: true }),
      skipSignOn: () => set({ asked: true }),
      signOff: () => set({ operatorId: null, asked: false }),
    }),
    {
      name: 'enactor-terminal:operator',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ operatorId: s.operatorId, asked: s.asked }),
    },
  ),
);

/** The operator signed on, or null: a screen that writes says why it needs one. */
export const useOperatorId = () => useOperatorStore((s) => s.operatorId);
