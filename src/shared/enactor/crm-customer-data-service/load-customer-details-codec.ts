import type { ChannelConsent, CustomerAndConsents } from '../../domain/crm-history';
import { readCustomerDetails } from '../entities/customer-entity';
import {
  isTrue,
  outputOf,
  readOutcome,
  retailElement,
  retailText,
} from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';

/**
 * CRMCustomerDataService · loadCustomerDetails (seed 001's Load Customer Details, [OURS]
 * shape): the whole record, fresh, and [OURS] `retail:consents/retail:consent` (channel,
 * given or withdrawn, when, who). Null when the server has no such customer.
 */

function readConsent(element: XmlElement): ChannelConsent {
  const granted = retailText(element, 'granted');
  if (granted !== 'true' && granted !== 'false') {
    throw new Error(`a consent's granted is not true or false: "${granted}"`);
  }
  return {
    channelId: retailText(element, 'channelId').toUpperCase(),
    granted: isTrue(granted),
    created: retailText(element, 'created'),
    userId: retailText(element, 'userId'),
  };
}

export const LOAD_CUSTOMER_DETAILS: SoapOperation<string, CustomerAndConsents | null> = {
  operation: 'loadCustomerDetails',
  responseNs: NS.crm,
  encode: (customerNumber) =>
    `<crm:loadCustomerDetails xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    retailElement('customerNumber', customerNumber) +
    '</crm:loadCustomerDetails>',
  decode(response) {
    const output = outputOf(response, 'customerDetailsOutput');
    const { name } = readOutcome(output);
    if (name === 'NoCustomer') return null;
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
    const customer = child(output, NS.retail, 'customer');
    if (!customer) throw new Error('a Success answer has no retail:customer');
    const consents = child(output, NS.retail, 'consents');
    return {
      customer: readCustomerDetails(customer),
      consents: consents ? childrenNamed(consents, NS.retail, 'consent').map(readConsent) : [],
    };
  },
};
