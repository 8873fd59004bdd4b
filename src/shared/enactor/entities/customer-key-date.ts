import type { KeyDate, KeyDateChange } from '../../domain/clienteling';
import type { XmlElement } from '../soap/xml-reader';
import { readStatus } from './customer-note';
import {
  readOptionalWhole,
  readWhole,
  retailElement as el,
  retailText as text,
} from './retail-elements';

/**
 * `retail:customerKeyDate` (CRMCustomerDataService, [OURS] fields under the public entity
 * name): month and day, an optional year, then the server's stamps and next occurrence.
 */

export function readKeyDate(element: XmlElement): KeyDate {
  const keyDateId = text(element, 'keyDateId');
  if (keyDateId === '') throw new Error('a retail:customerKeyDate has no keyDateId');
  const month = readWhole(element, 'month', 'a key date month');
  const day = readWhole(element, 'day', 'a key date day');
  if (month < 1 || month > 12 || day < 1 || day > 31)
    throw new Error(`a key date is not a day of the year: ${day}/${month}`);
  const nextOccurrence = text(element, 'nextOccurrence');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(nextOccurrence))
    throw new Error(`a key date's next occurrence is not a date: "${nextOccurrence}"`);
  return {
    keyDateId,
    customerNumber: text(element, 'customerId'),
    author: text(element, 'userId'),
    typeId: text(element, 'keyDateTypeId'),
    month,
    day,
    year: readOptionalWhole(element, 'year', 'a key date year'),
    description: text(element, 'description'),
    reminderDays: readOptionalWhole(element, 'reminderDays', 'a reminder'),
    status: readStatus(element),
    created: text(element, 'created'),
    lastUpdated: text(element, 'lastUpdated'),
    lastUpdatedBy: text(element, 'lastUpdatedBy'),
    nextOccurrence,
    daysUntil: readWhole(element, 'daysUntil', 'days until a key date'),
  };
}

export function writeKeyDate(operatorId: string, change: KeyDateChange): string {
  if (change.kind === 'remove') {
    return (
      '<retail:customerKeyDate>' +
      el('keyDateId', change.keyDateId) +
      el('customerId', change.customerNumber) +
      el('userId', operatorId) +
      el('status', 'DELETED') +
      '</retail:customerKeyDate>'
    );
  }
  const { draft } = change;
  const description = draft.description.trim();
  return (
    '<retail:customerKeyDate>' +
    el('keyDateId', draft.keyDateId) +
    el('customerId', draft.customerNumber) +
    el('userId', operatorId) +
    el('keyDateTypeId', draft.typeId) +
    el('month', draft.month) +
    el('day', draft.day) +
    (draft.year === null ? '' : el('year', draft.year)) +
    (description ? el('description', description) : '') +
    (draft.reminderDays === null ? '' : el('reminderDays', draft.reminderDays)) +
    (change.lastUpdated ? el('lastUpdated', change.lastUpdated) : '') +
    '</retail:customerKeyDate>'
  );
}
