import type { NoteRecord, NotesStore, NoteType } from '../crm/notes-store.ts';
import { RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import {
  el,
  invalidXml,
  mandatory,
  noCustomerXml,
  outcomeXml,
  responseXml,
  text,
} from './crm-clienteling-xml.ts';

/**
 * `retail:customerNote`: the public fields in the public order (userId, customerId,
 * isPrivate, noteId, notes), then [OURS] type, alert flag, wishlist item, status and stamps.
 */
export function noteXml(r: NoteRecord): string {
  const w = r.wishlistItem;
  return (
    '<retail:customerNote>' +
    el('userId', r.userId) +
    el('customerId', r.customerId) +
    el('isPrivate', r.isPrivate) +
    el('noteId', r.noteId) +
    el('notes', r.notes) +
    el('noteTypeId', r.noteTypeId) +
    el('isAlert', r.isAlert) +
    (w
      ? `<retail:wishlistItem>${el('productId', w.productId)}${el('description', w.description)}${el('size', w.size)}${el('colour', w.colour)}</retail:wishlistItem>`
      : '') +
    el('status', r.status) +
    el('created', r.created) +
    el('lastUpdated', r.lastUpdated) +
    el('lastUpdatedBy', r.lastUpdatedBy) +
    '</retail:customerNote>'
  );
}

/** getCustomerNotes and saveCustomerNote (seed 001's Get / Save Customer Notes). */
export function crmNotesOperations(notes: NotesStore) {
  return {
    getCustomerNotes(request: RequestElement): string {
      const customerId = mandatory(request, 'customerId', 'crm:getCustomerNotes');
      const viewer = text(request, 'userId');
      const type = text(request, 'noteTypeId');
      const answer = (inner: string) =>
        responseXml('crm', 'getCustomerNotes', 'customerNotesOutput', inner);
      if (type !== '' && type !== 'NOTE' && type !== 'WISHLIST')
        return answer(
          invalidXml(
            [{ field: 'noteTypeId', message: `${type} is not a note type (NOTE or WISHLIST).` }],
            'The notes were not read: correct the fields shown.',
          ),
        );
      const found = notes.list(customerId, viewer, type === '' ? undefined : (type as NoteType));
      return answer(
        found ? outcomeXml('Success') + found.map(noteXml).join('') : noCustomerXml(customerId),
      );
    },

    saveCustomerNote(request: RequestElement): string {
      const entity = childOf(request, RETAIL, 'customerNote');
      if (!entity) throw new BadRequestError('retail:customerNote is mandatory');
      const customerId = mandatory(entity, 'customerId', 'retail:customerNote');
      const item = childOf(entity, RETAIL, 'wishlistItem');
      const result = notes.save({
        noteId: text(entity, 'noteId'),
        customerId,
        userId: text(entity, 'userId'),
        noteTypeId: text(entity, 'noteTypeId'),
        isPrivate: text(entity, 'isPrivate'),
        isAlert: text(entity, 'isAlert'),
        notes: text(entity, 'notes'),
        status: text(entity, 'status'),
        wishlistItem: item
          ? {
              productId: text(item, 'productId'),
              description: text(item, 'description'),
              size: text(item, 'size'),
              colour: text(item, 'colour'),
            }
          : null,
        lastUpdated: text(entity, 'lastUpdated'),
      });
      let inner: string;
      switch (result.outcome) {
        case 'Success':
          inner = outcomeXml('Success') + noteXml(result.record);
          break;
        case 'ValidationFailed':
          inner = invalidXml(result.problems, 'The note was not saved: correct the fields shown.');
          break;
        case 'NoCustomer':
          inner = noCustomerXml(customerId);
          break;
        case 'Conflict':
          inner =
            outcomeXml(
              'Conflict',
              `Note ${result.current.noteId} was changed at ${result.current.lastUpdated}, after this till read it.`,
            ) + noteXml(result.current);
          break;
      }
      return responseXml('crm', 'saveCustomerNote', 'customerNoteSaveOutput', inner);
    },
  };
}
