import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { CORE, RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { pagedArrayList, type ListRow } from '../xml/response-writer.ts';

export const CUSTOMER_COLUMNS = [
  'customerNumber',
  'customerName.forename',
  'customerName.surname',
  'customerName.title',
  'customerName.dateOfBirth',
  'organisation',
  'tradingName',
  'lastTransactionDate',
  'AddressJoin:street1',
  'AddressJoin:street2',
  'AddressJoin:street3',
  'AddressJoin:town',
  'AddressJoin:province',
  'AddressJoin:postCode',
  'hasLoyaltyAccounts',
] as const;

export interface PagingOptions {
  /** Behave like a server that ignores pageInfo: every row, zeros in the attributes. */
  readonly ignorePaging: boolean;
  /** Cap on rows returned without paging. */
  readonly maxUnpagedRows: number;
}

const MAX_PAGE_ROWS = 500;

function customerRow(c: CustomerRecord): ListRow {
  const date = (v: string | null) => (v === null ? null : { xsd: 'dateTime' as const, text: v });
  return {
    keyType: 'retail:CustomerKey',
    key: c.customerNumber,
    description: `customerNumber=${c.customerNumber};`,
    values: [
      c.customerNumber,
      c.forename,
      c.surname,
      c.title,
      date(c.dateOfBirth),
      c.organisation,
      c.tradingName,
      date(c.lastTransactionDate),
      c.street1,
      c.street2,
      c.street3,
      c.town,
      c.province,
      c.postCode,
      c.hasLoyaltyAccounts ? 'TRUE' : 'FALSE',
    ],
  };
}

function readCount(element: RequestElement | undefined, name: string): number | null {
  const value = element && childOf(element, CORE, name);
  if (!value) return null;
  const n = Number(value.text.trim());
  if (!Number.isInteger(n) || n < 0)
    throw new BadRequestError(`pageInfo ${name} must be a whole number`);
  return n;
}

function answer(
  store: CustomerStore,
  matches: Int32Array,
  pageInfo: RequestElement | undefined,
  options: PagingOptions,
): string {
  const offset = readCount(pageInfo, 'rowOffset');
  const count = readCount(pageInfo, 'rowCount');
  if (offset === null || count === null || options.ignorePaging) {
    const rows = Array.from(matches.subarray(0, options.maxUnpagedRows), (p) =>
      customerRow(store.at(p)),
    );
    return pagedArrayList(CUSTOMER_COLUMNS, rows, {
      rowsPerPage: 0,
      currentRowOffset: 0,
      totalRows: 0,
    });
  }
  const size = Math.min(count, MAX_PAGE_ROWS);
  const rows = Array.from(matches.subarray(offset, offset + size), (p) => customerRow(store.at(p)));
  return pagedArrayList(CUSTOMER_COLUMNS, rows, {
    rowsPerPage: size,
    currentRowOffset: offset,
    totalRows: matches.length,
  });
}

/** CustomerService operations: request wrapper element in, response payload out. */
export function customerServiceOperations(store: CustomerStore, options: PagingOptions) {
  return {
    submitCustomerNameSearch(request: RequestElement): string {
      const criteria = childOf(request, RETAIL, 'customerNameSearchRequest');
      const searchName = criteria && childOf(criteria, RETAIL, 'searchName');
      if (!criteria || !searchName) {
        throw new BadRequestError(
          'retail:customerNameSearchRequest/retail:searchName is mandatory',
        );
      }
      const pageInfo = childOf(criteria, RETAIL, 'pageInfo') ?? childOf(criteria, CORE, 'pageInfo');
      const list = answer(store, store.searchName(searchName.text), pageInfo, options);
      return `<ns:submitCustomerNameSearchResponse xmlns:ns="${CORE}">${list}</ns:submitCustomerNameSearchResponse>`;
    },
    submitCustomerPostCodeSearch(request: RequestElement): string {
      const postcode = childOf(request, CORE, 'string');
      if (!postcode) throw new BadRequestError('core:string (the postcode) is mandatory');
      const list = answer(
        store,
        store.searchPostcode(postcode.text),
        childOf(request, CORE, 'pageInfo'),
        options,
      );
      return `<ns:submitCustomerPostCodeSearchResponse xmlns:ns="${CORE}">${list}</ns:submitCustomerPostCodeSearchResponse>`;
    },
  };
}

export const CUSTOMER_SERVICE_NS = CORE;
