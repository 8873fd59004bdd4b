import type {
  PreferenceChange,
  PreferenceField,
  PreferenceSaveResult,
} from '../../domain/clienteling';
import { readClientelingSave } from '../entities/clienteling-save';
import { readPreferenceMap, writePreferenceItem } from '../entities/customer-preference';
import { outputOf, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child } from '../soap/xml-reader';

export interface PreferenceSave {
  /** The operator of every record in the save. */
  readonly operatorId: string;
  /** New records, one customer; all are stored or none. */
  readonly changes: readonly PreferenceChange[];
}

/** `retail:fieldError@field` -> the fields the till knows (item problems come by `@key`). */
const FIELDS = new Map<string, PreferenceField>([
  ['userId', 'operator'],
  ['customerId', 'customerNumber'],
  ['preferenceId', 'preferenceId'],
  ['optionSetId', 'optionSetId'],
  ['optionPathId', 'optionPathId'],
  ['value', 'value'],
  ['created', 'created'],
  ['captureMethod', 'captureMethod'],
]);

/**
 * CRMCustomerDataService · saveCustomerPreferenceMap, as the public code sends it ([PUB]: the
 * wrapper in `retail:`, not `crm:`; items keyed by optionPathId), plus [OURS] captureMethod on
 * consent. Every change is a new record under the till's preferenceId, so a repeat is the same
 * record and consent keeps its history. The answer echoes the records as stored.
 */
export const SAVE_CUSTOMER_PREFERENCE_MAP: SoapOperation<PreferenceSave, PreferenceSaveResult> = {
  operation: 'saveCustomerPreferenceMap',
  responseNs: NS.retail,
  encode: ({ operatorId, changes }) =>
    `<retail:saveCustomerPreferenceMap xmlns:retail="${NS.retail}">` +
    retailElement('userId', operatorId) +
    `<retail:customerPreferenceMap>${changes.map(writePreferenceItem).join('')}</retail:customerPreferenceMap>` +
    '</retail:saveCustomerPreferenceMap>',
  decode: (response) =>
    readClientelingSave(outputOf(response, 'customerPreferenceSaveOutput'), {
      fields: FIELDS,
      noun: 'preferences',
      record: (output) => {
        const map = child(output, NS.retail, 'customerPreferenceMap');
        return map ? readPreferenceMap(map) : null;
      },
    }),
};
