import {
  normaliseCardNumber,
  type CrmCriteria,
  type CrmCustomerRow,
  type CrmSort,
  type CrmSortColumn,
} from '../../domain/crm';
import type { PageRequest } from '../../domain/paging';
import { NS } from '../soap/namespaces';
import { cellText, pagedListIn, type PagedArrayList } from '../soap/paged-array-list';
import { escapeXml } from '../soap/xml-escape';
import type { XmlElement } from '../soap/xml-reader';

/**
 * CRMCustomerDataService · searchCustomers. The paging and ordering elements are the public
 * request table's ([PUB]: pageInfo, orderByColumns); the criteria elements and the answer's
 * columns are [OURS] (docs/API.md).
 */
export const SEARCH_CUSTOMERS = { operation: 'searchCustomers', responseNs: NS.crm } as const;

/** Sort column -> the property name the server orders by. */
export const SORT_PROPERTIES: Record<CrmSortColumn, string> = {
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

/**
 * What is sent for each field: trimmed; card numbers as bare digits, and phone numbers as
 * `phoneDigits` reads them (the store country's rules: PhoneRules.searchDigits).
 */
export function criteriaOnTheWire(
  criteria: CrmCriteria,
  phoneDigits: (text: string) => string,
): Partial<Record<keyof CrmCriteria, string>> {
  const out: Partial<Record<keyof CrmCriteria, string>> = {};
  for (const field of Object.keys(CRITERIA) as (keyof CrmCriteria)[]) {
    const raw = criteria[field].trim();
    const value =
      field === 'phone'
        ? phoneDigits(raw)
        : field === 'loyaltyNumber'
          ? normaliseCardNumber(raw)
          : raw;
    if (value !== '') out[field] = value;
  }
  return out;
}

export function encodeSearchCustomers(
  criteria: CrmCriteria,
  sort: CrmSort,
  page: PageRequest,
  phoneDigits: (text: string) => string,
): string {
  const sent = criteriaOnTheWire(criteria, phoneDigits);
  const fields = (Object.keys(sent) as (keyof CrmCriteria)[])
    .map((f) => `<retail:${CRITERIA[f]}>${escapeXml(sent[f] as string)}</retail:${CRITERIA[f]}>`)
    .join('');
  return (
    `<crm:searchCustomers xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    `<crm:customerSearchCriteria>${fields}</crm:customerSearchCriteria>` +
    `<core:pageInfo><core:rowOffset>${page.offset}</core:rowOffset><core:rowCount>${page.count}</core:rowCount></core:pageInfo>` +
    `<core:orderByColumns><core:propertyName>${SORT_PROPERTIES[sort.column]}</core:propertyName>` +
    `<core:sortOrder>${sort.descending ? 'DESCENDING' : 'ASCENDING'}</core:sortOrder></core:orderByColumns>` +
    '<core:suppressDefaultOrderBy>true</core:suppressDefaultOrderBy>' +
    '</crm:searchCustomers>'
  );
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

export function decodeSearchCustomers(response: XmlElement): {
  list: PagedArrayList;
  rows: CrmCustomerRow[];
} {
  const list = pagedListIn(response);
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, column]) => [field, list.column(column)]),
  ) as Record<keyof typeof COLUMNS, number>;
  const rows = list.rows.map(({ key, cells }) => {
    const text = (field: keyof typeof COLUMNS) => cellText(cells[at[field]]);
    return {
      customerNumber: text('customerNumber') || key.text,
      title: text('title'),
      forename: text('forename'),
      surname: text('surname'),
      street: text('street'),
      town: text('town'),
      postcode: text('postcode'),
      email: text('email'),
      phone: text('phone'),
      loyaltyNumber: text('loyaltyNumber'),
      status: text('status'),
    };
  });
  return { list, rows };
}
