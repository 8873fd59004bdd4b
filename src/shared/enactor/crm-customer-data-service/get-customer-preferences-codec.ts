import type { CustomerPreferences } from '../../domain/clienteling';
import { readOptionSet, readPreference, readPreferenceMap } from '../entities/customer-preference';
import { outputOf, readOutcome, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, childrenNamed } from '../soap/xml-reader';

export interface PreferencesQuery {
  readonly customerNumber: string;
  /** Only these option sets; all when empty. */
  readonly optionSetIds?: readonly string[];
}

/**
 * CRMCustomerDataService · getCustomerPreferences ([OURS] shape: seed 001 says it takes "a list
 * criteria for the Customer"): the server's option sets (so the till hard-codes no choice), the
 * customer's current values, and the consent history newest first. Null for NoCustomer.
 */
export const GET_CUSTOMER_PREFERENCES: SoapOperation<PreferencesQuery, CustomerPreferences | null> =
  {
    operation: 'getCustomerPreferences',
    responseNs: NS.crm,
    encode: ({ customerNumber, optionSetIds = [] }) =>
      `<crm:getCustomerPreferences xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
      '<crm:customerPreferenceCriteria>' +
      retailElement('customerId', customerNumber) +
      optionSetIds.map((id) => retailElement('optionSetId', id)).join('') +
      '</crm:customerPreferenceCriteria>' +
      '</crm:getCustomerPreferences>',
    decode(response) {
      const output = outputOf(response, 'customerPreferencesOutput');
      const { name, message } = readOutcome(output);
      if (name === 'NoCustomer') return null;
      if (name !== 'Success') throw new Error(`outcome "${name}": ${message}`);
      const sets = child(output, NS.retail, 'optionSets');
      const history = child(output, NS.retail, 'customerPreferenceHistory');
      return {
        optionSets: sets ? childrenNamed(sets, NS.retail, 'optionSet').map(readOptionSet) : [],
        current: readPreferenceMap(child(output, NS.retail, 'customerPreferenceMap')),
        history: history
          ? childrenNamed(history, NS.retail, 'customerPreference').map(readPreference)
          : [],
      };
    },
  };
