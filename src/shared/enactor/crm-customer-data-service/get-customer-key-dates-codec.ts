import type { CustomerKeyDates } from '../../domain/clienteling';
import { readKeyDate } from '../entities/customer-key-date';
import { outputOf, readOutcome, retailElement, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { attribute, child, childrenNamed } from '../soap/xml-reader';

/**
 * CRMCustomerDataService · getCustomerKeyDates ([OURS] shape, seed 001's Social Calendar):
 * the kinds of date the server knows, and the customer's key dates soonest first with their
 * next occurrence counted from the server's today. Null for NoCustomer.
 */
export const GET_CUSTOMER_KEY_DATES: SoapOperation<string, CustomerKeyDates | null> = {
  operation: 'getCustomerKeyDates',
  responseNs: NS.crm,
  encode: (customerNumber) =>
    `<crm:getCustomerKeyDates xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    retailElement('customerId', customerNumber) +
    '</crm:getCustomerKeyDates>',
  decode(response) {
    const output = outputOf(response, 'customerKeyDatesOutput');
    const { name, message } = readOutcome(output);
    if (name === 'NoCustomer') return null;
    if (name !== 'Success') throw new Error(`outcome "${name}": ${message}`);
    const types = child(output, NS.retail, 'keyDateTypes');
    return {
      today: retailText(output, 'today'),
      types: types
        ? childrenNamed(types, NS.retail, 'keyDateType').map((t) => ({
            id: attribute(t, 'id') ?? '',
            description: t.text.trim(),
          }))
        : [],
      dates: childrenNamed(output, NS.retail, 'customerKeyDate').map(readKeyDate),
    };
  },
};
