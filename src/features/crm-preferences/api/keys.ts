/** Every query of the clienteling feature is under `clientelingKeys.all`. */
export const clientelingKeys = {
  all: ['clienteling'] as const,
  /** Every operator's view of a customer's notes (a save changes them all). */
  notesOf: (customerNumber: string) => [...clientelingKeys.all, 'notes', customerNumber] as const,
  /** The notes this operator may see: their own private notes differ from another's. */
  notes: (customerNumber: string, operatorId: string | null) =>
    [...clientelingKeys.notesOf(customerNumber), operatorId ?? ''] as const,
  preferences: (customerNumber: string) =>
    [...clientelingKeys.all, 'preferences', customerNumber] as const,
  keyDates: (customerNumber: string) =>
    [...clientelingKeys.all, 'key-dates', customerNumber] as const,
};
