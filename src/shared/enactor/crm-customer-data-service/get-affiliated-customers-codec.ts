import type { AffiliatedCustomer } from '../../domain/crm-network';
import { outputOf, readOutcome, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import { pageInfoElement, readPagedRows } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';

/**
 * CRMCustomerDataService · getAffiliatedCustomers (seed 001's Get Affiliated Customer, [OURS]
 * shape): the customers sharing this one's household (preferred address) or organisation, as
 * the server decides, household first, in a `core:pagedArrayList` with the saved relationship
 * between the two, if any. `found` is false when the server has no such customer.
 */

export interface AffiliatedExtra {
  readonly found: boolean;
}

const COLUMNS = {
  customerNumber: 'customerNumber',
  title: 'customerName.title',
  forename: 'customerName.forename',
  surname: 'customerName.surname',
  affiliationTypeId: 'affiliationTypeId',
  organisation: 'organisation',
  street: 'AddressJoin:street1',
  town: 'AddressJoin:town',
  postcode: 'AddressJoin:postCode',
  relationshipTypeId: 'relationshipTypeId',
} as const;

const NO_LIST = { rows: [], paging: { rowsPerPage: 0, currentRowOffset: 0, totalRows: 0 } };

export const GET_AFFILIATED_CUSTOMERS: PagedOperation<string, AffiliatedCustomer, AffiliatedExtra> =
  {
    operation: 'getAffiliatedCustomers',
    responseNs: NS.crm,
    encode: ({ criteria: customerNumber, page }) =>
      `<crm:getAffiliatedCustomers xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
      retailElement('customerNumber', customerNumber) +
      pageInfoElement('core', page) +
      '</crm:getAffiliatedCustomers>',
    decode(response) {
      const output = outputOf(response, 'affiliatedCustomersOutput');
      const { name } = readOutcome(output);
      if (name === 'NoCustomer') return { ...NO_LIST, found: false };
      if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
      const list = readPagedRows(output, COLUMNS, (row) => {
        const customerNumber = row.text('customerNumber') || row.key.text;
        if (!customerNumber) throw new Error('an affiliated customer has no number');
        return {
          customerNumber,
          title: row.text('title'),
          forename: row.text('forename'),
          surname: row.text('surname'),
          affiliationTypeId: row.text('affiliationTypeId').toUpperCase(),
          organisation: row.text('organisation'),
          street: row.text('street'),
          town: row.text('town'),
          postcode: row.text('postcode'),
          relationshipTypeId: row.text('relationshipTypeId').toUpperCase(),
        };
      });
      return { ...list, found: true };
    },
  };
