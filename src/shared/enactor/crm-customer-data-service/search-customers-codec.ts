import {
  normaliseCardNumber,
  normalisePhone,
  type CrmCriteria,
  type CrmCustomerRow,
  type CrmSort,
  type CrmSortColumn,
} from '../../domain/crm';
import { NS } from '../soap/namespaces';
import { pageInfoElement, readPagedRows } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { escapeXml } from '../soap/xml-escape';

/**
 * CRMCustomerDataService · searchCustomers. The paging and ordering elements are the public
 * request table's ([PUB]: pageInfo, orderByColumns); the criteria elements and the answer's
 * columns are [OURS] (docs/API.md).
 */
/** Sort column -> the property name the server orders by. */
const SORT_PROPERTIES: Record<CrmSortColumn, string> = {
  surname: 'customerName.surname',
  forename: 'customerName.forename',
  town: 'AddressJoin:town',
  postcode: 'AddressJoin:postCode',
  customerNumber: 'customerNumber',
};

const CRITERIA: Record<keyof CrmCriteria, string> = {
  forename: 'forename',
  surname: 'surname',
  address: 'address',
  postcode: 'postCode',
  email: 'emailAddress',
  phone: 'phoneNumber',
  loyaltyNumber: 'loyaltyNumber',
};

/** What is sent for each field: trimmed; phone and card numbers as bare digits. */
function criteriaOnTheWire(
  criteria: CrmCriteria,
): Partial<Record<keyof CrmCriteria, string>> {
  const out: Partial<Record<keyof CrmCriteria, string>> = {};
  for (const field of Object.keys(CRITERIA) as (keyof CrmCriteria)[]) {
    const raw = criteria[field].trim();
    const value =
      field === 'phone'
        ? normalisePhone(raw)
        : field === 'loyaltyNumber'
          ? normaliseCardNumber(raw)
          : raw;
    if (value !== '') out[field] = value;
  }
  return out;
}

const COLUMNS = {
  customerNumber: 'customerNumber',
  title: 'customerName.title',
  forename: 'customerName.forename',
  surname: 'customerName.surname',
  street: 'AddressJoin:street1',
  town: 'AddressJoin:town',
  postcode: 'AddressJoin:postCode',
  email: 'emailAddress',
  phone: 'phoneNumber',
  loyaltyNumber: 'loyaltyCardNumber',
  status: 'status',
} as const;

/** What Client Search asks for: the criteria and the order. */
export interface CrmSearch {
  readonly criteria: CrmCriteria;
  readonly sort: CrmSort;
}

export const SEARCH_CUSTOMERS: PagedOperation<CrmSearch, CrmCustomerRow> = {
  operation: 'searchCustomers',
  responseNs: NS.crm,
  encode({ criteria: { criteria, sort }, page }) {
    const sent = criteriaOnTheWire(criteria);
    const fields = (Object.keys(sent) as (keyof CrmCriteria)[])
      .map((f) => `<retail:${CRITERIA[f]}>${escapeXml(sent[f] as string)}</retail:${CRITERIA[f]}>`)
      .join('');
    return (
      `<crm:searchCustomers xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
      `<crm:customerSearchCriteria>${fields}</crm:customerSearchCriteria>` +
      pageInfoElement('core', page) +
      `<core:orderByColumns><core:propertyName>${SORT_PROPERTIES[sort.column]}</core:propertyName>` +
      `<core:sortOrder>${sort.descending ? 'DESCENDING' : 'ASCENDING'}</core:sortOrder></core:orderByColumns>` +
      '<core:suppressDefaultOrderBy>true</core:suppressDefaultOrderBy>' +
      '</crm:searchCustomers>'
    );
  },
  decode: (response) =>
    readPagedRows(response, COLUMNS, (row) => ({
      customerNumber: row.text('customerNumber') || row.key.text,
      title: row.text('title'),
      forename: row.text('forename'),
      surname: row.text('surname'),
      street: row.text('street'),
      town: row.text('town'),
      postcode: row.text('postcode'),
      email: row.text('email'),
      phone: row.text('phone'),
      loyaltyNumber: row.text('loyaltyNumber'),
      status: row.text('status'),
    })),
};
