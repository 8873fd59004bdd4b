import type { NoteChange } from '../../../shared/domain/clienteling';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';
import { useSingleFlight } from './single-flight';

export interface SaveNoteInput {
  readonly operatorId: string;
  readonly change: NoteChange;
}

/**
 * CRMCustomerDataService · saveCustomerNote: a note or wishlist item, added or removed, under
 * the noteId the till made when the cashier began it (so Try again is the same note). The
 * answer is checked against what was sent; once the server answers, the notes are asked again.
 */
export function useSaveNote(customerNumber: string) {
  const service = useCrmService();
  return useSingleFlight(
    ({ operatorId, change }: SaveNoteInput) => service.saveNote(operatorId, change),
    clientelingKeys.notesOf(customerNumber),
  );
}
