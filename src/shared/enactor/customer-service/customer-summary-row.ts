import type { CustomerSummary } from '../../domain/customer';
import { cellText, type Cell, type PagedArrayList } from '../soap/paged-array-list';

/**
 * The 15 columns both CustomerService searches return (seed 002). Read by name: a server may
 * reorder or add columns.
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
  const text = cellText(cell).trim();
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? (match[1] ?? null) : null;
}

function dateTime(cell: Cell | undefined): string | null {
  const text = cellText(cell).trim();
  return text === '' ? null : text;
}

function bool(cell: Cell | undefined): boolean {
  return cellText(cell).trim().toLowerCase() === 'true';
}

export function decodeCustomerSummaries(list: PagedArrayList): CustomerSummary[] {
  const at = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, column]) => [field, list.column(column)]),
  ) as Record<keyof typeof COLUMNS, number>;
  return list.rows.map(({ key, cells }) => {
    const get = (field: keyof typeof COLUMNS) => cells[at[field]];
    const text = (field: keyof typeof COLUMNS) => cellText(get(field));
    return {
      // The key is authoritative when the column is missing.
      customerNumber: text('customerNumber') || key.text,
      title: text('title'),
      forename: text('forename'),
      surname: text('surname'),
      dateOfBirth: calendarDate(get('dateOfBirth')),
      organisation: text('organisation'),
      tradingName: text('tradingName'),
      lastTransactionDate: dateTime(get('lastTransactionDate')),
      addressLines: [text('street1'), text('street2'), text('street3')].filter((l) => l !== ''),
      town: text('town'),
      province: text('province'),
      postcode: text('postCode'),
      hasLoyaltyAccounts: bool(get('hasLoyaltyAccounts')),
    };
  });
}
