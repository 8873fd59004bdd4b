import type { Note, NoteChange, NoteType, RecordStatus } from '../../domain/clienteling';
import { NS } from '../soap/namespaces';
import { child, type XmlElement } from '../soap/xml-reader';
import { readBoolean, retailElement as el, retailText as text } from './retail-elements';

/**
 * `retail:customerNote` (CRMCustomerDataService): the public fields in the public order
 * ([PUB] userId, customerId, isPrivate, noteId, notes), then [OURS] noteTypeId, isAlert,
 * wishlistItem, status and the server's stamps. The Get answers with the entity the save takes.
 */

export function readStatus(parent: XmlElement): RecordStatus {
  const status = text(parent, 'status');
  if (status === '' || status === 'ACTIVE') return 'ACTIVE';
  if (status === 'DELETED') return 'DELETED';
  throw new Error(`unknown status "${status}"`);
}

function readNoteType(raw: string): NoteType {
  if (raw === '' || raw === 'NOTE') return 'NOTE';
  if (raw === 'WISHLIST') return 'WISHLIST';
  throw new Error(`unknown note type "${raw}"`);
}

export function readNote(element: XmlElement): Note {
  const noteId = text(element, 'noteId');
  if (noteId === '') throw new Error('a retail:customerNote has no noteId');
  const item = child(element, NS.retail, 'wishlistItem');
  return {
    noteId,
    customerNumber: text(element, 'customerId'),
    author: text(element, 'userId'),
    type: readNoteType(text(element, 'noteTypeId')),
    isPrivate: readBoolean(element, 'isPrivate'),
    isAlert: readBoolean(element, 'isAlert'),
    text: text(element, 'notes'),
    wishlistItem: item
      ? {
          productId: text(item, 'productId'),
          description: text(item, 'description'),
          size: text(item, 'size'),
          colour: text(item, 'colour'),
        }
      : null,
    status: readStatus(element),
    created: text(element, 'created'),
    lastUpdated: text(element, 'lastUpdated'),
    lastUpdatedBy: text(element, 'lastUpdatedBy'),
  };
}

/** The entity a save sends: the whole note, or for a removal only its id and status. */
export function writeNote(operatorId: string, change: NoteChange): string {
  if (change.kind === 'remove') {
    return (
      '<retail:customerNote>' +
      el('userId', operatorId) +
      el('customerId', change.customerNumber) +
      el('noteId', change.noteId) +
      el('status', 'DELETED') +
      '</retail:customerNote>'
    );
  }
  const { draft } = change;
  const item = draft.type === 'WISHLIST' ? draft.wishlistItem : null;
  return (
    '<retail:customerNote>' +
    el('userId', operatorId) +
    el('customerId', draft.customerNumber) +
    el('isPrivate', draft.isPrivate) +
    el('noteId', draft.noteId) +
    el('notes', draft.text.trim()) +
    el('noteTypeId', draft.type) +
    el('isAlert', draft.isAlert) +
    (item
      ? '<retail:wishlistItem>' +
        el('productId', item.productId.trim()) +
        el('description', item.description.trim()) +
        el('size', item.size.trim()) +
        el('colour', item.colour.trim()) +
        '</retail:wishlistItem>'
      : '') +
    (change.lastUpdated ? el('lastUpdated', change.lastUpdated) : '') +
    '</retail:customerNote>'
  );
}
