import type { Note, NoteType } from '../../domain/clienteling';
import { readNote } from '../entities/customer-note';
import { outputOf, readOutcome, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { childrenNamed } from '../soap/xml-reader';

export interface NotesQuery {
  readonly customerNumber: string;
  /** The operator asking: the server sends their private notes, and no one else's. */
  readonly operatorId: string | null;
  /** One type only; both when absent. */
  readonly type?: NoteType;
}

/**
 * CRMCustomerDataService · getCustomerNotes ([OURS] shape, seed 001's Get Customer Notes):
 * the notes and wishlist the operator may see, newest first; null when the server has no such
 * customer (outcome NoCustomer).
 */
export const GET_CUSTOMER_NOTES: SoapOperation<NotesQuery, Note[] | null> = {
  operation: 'getCustomerNotes',
  responseNs: NS.crm,
  encode: ({ customerNumber, operatorId, type }) =>
    `<crm:getCustomerNotes xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    retailElement('customerId', customerNumber) +
    (operatorId ? retailElement('userId', operatorId) : '') +
    (type ? retailElement('noteTypeId', type) : '') +
    '</crm:getCustomerNotes>',
  decode(response) {
    const output = outputOf(response, 'customerNotesOutput');
    const { name, message } = readOutcome(output);
    if (name === 'NoCustomer') return null;
    if (name !== 'Success') throw new Error(`outcome "${name}": ${message}`);
    return childrenNamed(output, NS.retail, 'customerNote').map(readNote);
  },
};
