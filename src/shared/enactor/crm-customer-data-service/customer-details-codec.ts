import type { CustomerDetails } from '../../domain/crm';
import { readCustomerDetails } from '../entities/customer-entity';
import { outputOf, readOutcome, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child } from '../soap/xml-reader';

/**
 * CRMCustomerDataService · getCustomerDetails ([OURS] shape, seed 001's Get Customer Details):
 * the customer, or null when the server has no such customer (outcome NoCustomer).
 */
export const GET_CUSTOMER_DETAILS: SoapOperation<string, CustomerDetails | null> = {
  operation: 'getCustomerDetails',
  responseNs: NS.crm,
  encode: (customerNumber) =>
    `<crm:getCustomerDetails xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    retailElement('customerNumber', customerNumber) +
    '</crm:getCustomerDetails>',
  decode(response) {
    const output = outputOf(response, 'customerDetailsOutput');
    const { name } = readOutcome(output);
    if (name === 'NoCustomer') return null;
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
    const customer = child(output, NS.retail, 'customer');
    if (!customer) throw new Error('a Success answer has no retail:customer');
    return readCustomerDetails(customer);
  },
};
