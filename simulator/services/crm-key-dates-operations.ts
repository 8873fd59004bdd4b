import {
  KEY_DATE_TYPES,
  type KeyDatesStore,
  type UpcomingKeyDate,
} from '../crm/key-dates-store.ts';
import { isoDay } from '../crm/clienteling.ts';
import { RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { xmlText } from '../xml/response-writer.ts';
import {
  el,
  invalidXml,
  mandatory,
  noCustomerXml,
  optional,
  outcomeXml,
  responseXml,
  text,
} from './crm-clienteling-xml.ts';

/** `retail:customerKeyDate` ([OURS]): the stored fields, then its next occurrence. */
export function keyDateXml({ record: r, nextOccurrence, daysUntil }: UpcomingKeyDate): string {
  return (
    '<retail:customerKeyDate>' +
    el('keyDateId', r.keyDateId) +
    el('customerId', r.customerId) +
    el('userId', r.userId) +
    el('keyDateTypeId', r.keyDateTypeId) +
    el('month', r.month) +
    el('day', r.day) +
    optional('year', r.year) +
    el('description', r.description) +
    optional('reminderDays', r.reminderDays) +
    el('status', r.status) +
    el('created', r.created) +
    el('lastUpdated', r.lastUpdated) +
    el('lastUpdatedBy', r.lastUpdatedBy) +
    el('nextOccurrence', nextOccurrence) +
    el('daysUntil', daysUntil) +
    '</retail:customerKeyDate>'
  );
}

const typesXml = () =>
  `<retail:keyDateTypes>${KEY_DATE_TYPES.map((t) => `<retail:keyDateType id="${t.id}">${xmlText(t.description)}</retail:keyDateType>`).join('')}</retail:keyDateTypes>`;

/** getCustomerKeyDates and saveCustomerKeyDate (seed 001's Social Calendar / Key Dates). */
export function crmKeyDatesOperations(keyDates: KeyDatesStore) {
  return {
    getCustomerKeyDates(request: RequestElement): string {
      const customerId = mandatory(request, 'customerId', 'crm:getCustomerKeyDates');
      const found = keyDates.list(customerId);
      return responseXml(
        'crm',
        'getCustomerKeyDates',
        'customerKeyDatesOutput',
        found
          ? outcomeXml('Success') +
              el('today', isoDay(keyDates.today())) +
              typesXml() +
              found.map(keyDateXml).join('')
          : noCustomerXml(customerId),
      );
    },

    saveCustomerKeyDate(request: RequestElement): string {
      const entity = childOf(request, RETAIL, 'customerKeyDate');
      if (!entity) throw new BadRequestError('retail:customerKeyDate is mandatory');
      const customerId = mandatory(entity, 'customerId', 'retail:customerKeyDate');
      const result = keyDates.save({
        keyDateId: text(entity, 'keyDateId'),
        customerId,
        userId: text(entity, 'userId'),
        keyDateTypeId: text(entity, 'keyDateTypeId'),
        month: text(entity, 'month'),
        day: text(entity, 'day'),
        year: text(entity, 'year'),
        description: text(entity, 'description'),
        reminderDays: text(entity, 'reminderDays'),
        status: text(entity, 'status'),
        lastUpdated: text(entity, 'lastUpdated'),
      });
      let inner: string;
      switch (result.outcome) {
        case 'Success':
          inner = outcomeXml('Success') + keyDateXml(keyDates.upcoming(result.record));
          break;
        case 'ValidationFailed':
          inner = invalidXml(
            result.problems,
            'The key date was not saved: correct the fields shown.',
          );
          break;
        case 'NoCustomer':
          inner = noCustomerXml(customerId);
          break;
        case 'Conflict':
          inner =
            outcomeXml(
              'Conflict',
              `Key date ${result.current.keyDateId} was changed at ${result.current.lastUpdated}, after this till read it.`,
            ) + keyDateXml(keyDates.upcoming(result.current));
          break;
      }
      return responseXml('crm', 'saveCustomerKeyDate', 'customerKeyDateSaveOutput', inner);
    },
  };
}
