import type { CustomerRelationship } from '../../domain/crm-network';
import { outputOf, readOutcome, retailElement, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';

/**
 * CRMCustomerDataService · getCustomerRelationships (seed 001's Get Customer Relationships,
 * [OURS] shape on API-NOTES §5's `customerRelationship` entity): every relationship of the
 * customer, each saying what the related customer is to this one, with the related customer's
 * name. Null when the server has no such customer.
 */

/** `retail:customerRelationships` of an answer (read by the save's codec too). */
export function readRelationships(output: XmlElement): CustomerRelationship[] {
  const list = child(output, NS.retail, 'customerRelationships');
  if (!list) return [];
  return childrenNamed(list, NS.retail, 'customerRelationship').map((r) => {
    const relatedCustomerNumber = retailText(r, 'relatedCustomerId');
    if (relatedCustomerNumber === '') throw new Error('a relationship has no relatedCustomerId');
    const typeId = retailText(r, 'relationshipTypeId').toUpperCase();
    if (typeId === '') throw new Error(`the relationship to ${relatedCustomerNumber} has no type`);
    const name = child(r, NS.retail, 'relatedCustomerName');
    return {
      customerNumber: retailText(r, 'customerId'),
      relatedCustomerNumber,
      typeId,
      related: {
        title: name ? retailText(name, 'title') : '',
        forename: name ? retailText(name, 'forename') : '',
        surname: name ? retailText(name, 'surname') : '',
      },
    };
  });
}

export const GET_CUSTOMER_RELATIONSHIPS: SoapOperation<string, CustomerRelationship[] | null> = {
  operation: 'getCustomerRelationships',
  responseNs: NS.crm,
  encode: (customerNumber) =>
    `<crm:getCustomerRelationships xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    retailElement('customerNumber', customerNumber) +
    '</crm:getCustomerRelationships>',
  decode(response) {
    const output = outputOf(response, 'customerRelationshipsOutput');
    const { name } = readOutcome(output);
    if (name === 'NoCustomer') return null;
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
    return readRelationships(output);
  },
};
