import type { KeyDateChange, KeyDateField, KeyDateSaveResult } from '../../domain/clienteling';
import { readClientelingSave } from '../entities/clienteling-save';
import { readKeyDate, writeKeyDate } from '../entities/customer-key-date';
import { outputOf } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child } from '../soap/xml-reader';

export interface KeyDateSave {
  readonly operatorId: string;
  readonly change: KeyDateChange;
}

/** `retail:fieldError@field` -> the key-date form's fields. */
const FIELDS = new Map<string, KeyDateField>([
  ['userId', 'operator'],
  ['keyDateId', 'keyDateId'],
  ['keyDateTypeId', 'type'],
  ['month', 'month'],
  ['day', 'day'],
  ['year', 'year'],
  ['description', 'description'],
  ['reminderDays', 'reminderDays'],
  ['status', 'status'],
]);

/**
 * CRMCustomerDataService · saveCustomerKeyDate ([OURS] fields, the public entity name): new,
 * edited (carrying the stamp it began from) or removed, under the till's keyDateId. The answer
 * is the key date as stored, with its next occurrence.
 */
export const SAVE_CUSTOMER_KEY_DATE: SoapOperation<KeyDateSave, KeyDateSaveResult> = {
  operation: 'saveCustomerKeyDate',
  responseNs: NS.crm,
  encode: ({ operatorId, change }) =>
    `<crm:saveCustomerKeyDate xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    writeKeyDate(operatorId, change) +
    '</crm:saveCustomerKeyDate>',
  decode: (response) =>
    readClientelingSave(outputOf(response, 'customerKeyDateSaveOutput'), {
      fields: FIELDS,
      noun: 'key date',
      record: (output) => {
        const keyDate = child(output, NS.retail, 'customerKeyDate');
        return keyDate ? readKeyDate(keyDate) : null;
      },
    }),
};
