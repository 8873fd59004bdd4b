import type { CustomerDetails } from '../../domain/crm';
import { readOutcome } from '../account-balance-service/account-elements';
import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { child, type XmlElement } from '../soap/xml-reader';
import { readCustomerDetails } from './customer-entity';

/** CRMCustomerDataService · getCustomerDetails ([OURS] shape, seed 001's Get Customer Details). */
export const GET_CUSTOMER_DETAILS = {
  operation: 'getCustomerDetails',
  responseNs: NS.crm,
} as const;

export const encodeGetCustomerDetails = (customerNumber: string) =>
  `<crm:getCustomerDetails xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
  `<retail:customerNumber>${escapeXml(customerNumber)}</retail:customerNumber>` +
  '</crm:getCustomerDetails>';

/** The customer, or null when the server has no such customer (outcome NoCustomer). */
export function decodeGetCustomerDetails(response: XmlElement): CustomerDetails | null {
  const output = child(response, NS.retail, 'customerDetailsOutput');
  if (!output) throw new Error('the response has no retail:customerDetailsOutput');
  const { name } = readOutcome(output);
  if (name === 'NoCustomer') return null;
  if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
  const customer = child(output, NS.retail, 'customer');
  if (!customer) throw new Error('a Success answer has no retail:customer');
  return readCustomerDetails(customer);
}
