import type { AddressBookEntry } from '../../domain/crm-email';
import type { Refusal } from '../../domain/crm-history';
import { outputOf, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import { pageInfoElement, readPagedRows } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { readSearchRefusal } from './history-elements';

/**
 * CRMCustomerDataService · getAddressBook (seed 001's Get Address Book, the Email Client's
 * Address Book icon). [OURS] the whole shape, in Enactor's style (docs/API.md): one
 * `retail:searchText` (a name, or with `@` the start of an e-mail address) in
 * `crm:addressBookSearchCriteria`, the usual `core:pageInfo`, and an answer of the
 * customers with an e-mail address in a `core:pagedArrayList` keyed `retail:CustomerKey`.
 * An empty text is refused (ValidationFailed, `fieldError@field="searchText"`).
 */

export interface AddressBookSearch {
  readonly text: string;
}

/** Why nothing was searched, or null. */
export interface AddressBookExtra {
  readonly refusal: Refusal | null;
}

const COLUMNS = {
  customerNumber: 'customerNumber',
  title: 'customerName.title',
  forename: 'customerName.forename',
  surname: 'customerName.surname',
  emailAddress: 'emailAddress',
} as const;

const NO_LIST = { rows: [], paging: { rowsPerPage: 0, currentRowOffset: 0, totalRows: 0 } };

export const GET_ADDRESS_BOOK: PagedOperation<
  AddressBookSearch,
  AddressBookEntry,
  AddressBookExtra
> = {
  operation: 'getAddressBook',
  responseNs: NS.crm,
  encode: ({ criteria, page }) =>
    `<crm:getAddressBook xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    '<crm:addressBookSearchCriteria>' +
    retailElement('searchText', criteria.text.trim()) +
    '</crm:addressBookSearchCriteria>' +
    pageInfoElement('core', page) +
    '</crm:getAddressBook>',
  decode(response) {
    const output = outputOf(response, 'addressBookOutput');
    const refusal = readSearchRefusal(output);
    if (refusal) return { ...NO_LIST, refusal };
    const list = readPagedRows(output, COLUMNS, (row) => {
      const customerNumber = row.text('customerNumber') || row.key.text.trim();
      if (!customerNumber) throw new Error('an address book row has no customer number');
      const emailAddress = row.text('emailAddress').trim();
      if (!emailAddress) throw new Error(`address book row ${customerNumber} has no e-mail`);
      return {
        customerNumber,
        title: row.text('title'),
        forename: row.text('forename'),
        surname: row.text('surname'),
        emailAddress,
      };
    });
    return { ...list, refusal: null };
  },
};
