import type { CustomerSummary } from '../../domain/customer';
import { cellText, readPagedRows, type Cell, type PagedAnswer } from '../soap/paged-array-list';
import type { XmlElement } from '../soap/xml-reader';

/**
 * The 15 columns both CustomerService searches answer with (seed 002), read by name: a server
 * may reorder or add columns. The name and postcode search codecs both decode with this.
 */
const COLUMNS = {
  customerNumber: 'customerNumber',
  forename: 'customerName.forename',
  surname: 'customerName.surname',
  title: 'customerName.title',
  dateOfBirth: 'customerName.dateOfBirth',
  organisation: 'organisation',
  tradingName: 'tradingName',
  lastTransactionDate: 'lastTransactionDate',
  street1: 'AddressJoin:street1',
  street2: 'AddressJoin:street2',
  street3: 'AddressJoin:street3',
  town: 'AddressJoin:town',
  province: 'AddressJoin:province',
  postCode: 'AddressJoin:postCode',
  hasLoyaltyAccounts: 'hasLoyaltyAccounts',
} as const;

/** `1998-05-22T00:00:00+01:00` is 22 May wherever the till is: keep the written date. */
function calendarDate(cell: Cell | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(cellText(cell).trim());
  return match ? (match[1] ?? null) : null;
}

function dateTime(cell: Cell | undefined): string | null {
  const text = cellText(cell).trim();
  return text === '' ? null : text;
}

export function readCustomerSummaries(response: XmlElement): PagedAnswer<CustomerSummary> {
  return readPagedRows(response, COLUMNS, (row) => ({
    // The key is authoritative when the column is missing.
    customerNumber: row.text('customerNumber') || row.key.text,
    title: row.text('title'),
    forename: row.text('forename'),
    surname: row.text('surname'),
    dateOfBirth: calendarDate(row.cell('dateOfBirth')),
    organisation: row.text('organisation'),
    tradingName: row.text('tradingName'),
    lastTransactionDate: dateTime(row.cell('lastTransactionDate')),
    addressLines: [row.text('street1'), row.text('street2'), row.text('street3')].filter(
      (l) => l !== '',
    ),
    town: row.text('town'),
    province: row.text('province'),
    postcode: row.text('postCode'),
    hasLoyaltyAccounts: row.text('hasLoyaltyAccounts').trim().toLowerCase() === 'true',
  }));
}
