import type { NoteChange, NoteField, NoteSaveResult } from '../../domain/clienteling';
import { readClientelingSave } from '../entities/clienteling-save';
import { readNote, writeNote } from '../entities/customer-note';
import { outputOf } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child } from '../soap/xml-reader';

export interface NoteSave {
  /** The operator: the author of a new note, `lastUpdatedBy` of an edit. */
  readonly operatorId: string;
  readonly change: NoteChange;
}

/** `retail:fieldError@field` -> the note form's fields. */
const FIELDS = new Map<string, NoteField>([
  ['userId', 'operator'],
  ['noteId', 'noteId'],
  ['notes', 'text'],
  ['noteTypeId', 'type'],
  ['isPrivate', 'isPrivate'],
  ['isAlert', 'isAlert'],
  ['status', 'status'],
  ['wishlistItem', 'wishlistItem'],
  ['wishlistItem.productId', 'productId'],
  ['wishlistItem.description', 'description'],
  ['wishlistItem.size', 'size'],
  ['wishlistItem.colour', 'colour'],
]);

/**
 * CRMCustomerDataService · saveCustomerNote ([PUB] wrapper and first fields; [OURS] the rest):
 * a note or wishlist item, new, edited or removed (status DELETED), under the till's noteId, so
 * a repeat is the same note. The answer carries the note as stored.
 */
export const SAVE_CUSTOMER_NOTE: SoapOperation<NoteSave, NoteSaveResult> = {
  operation: 'saveCustomerNote',
  responseNs: NS.crm,
  encode: ({ operatorId, change }) =>
    `<crm:saveCustomerNote xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    writeNote(operatorId, change) +
    '</crm:saveCustomerNote>',
  decode: (response) =>
    readClientelingSave(outputOf(response, 'customerNoteSaveOutput'), {
      fields: FIELDS,
      noun: 'note',
      record: (output) => {
        const note = child(output, NS.retail, 'customerNote');
        return note ? readNote(note) : null;
      },
    }),
};
