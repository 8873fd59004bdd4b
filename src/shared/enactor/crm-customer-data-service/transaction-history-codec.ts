import type {
  MonthlySpend,
  Refusal,
  SpendSummary,
  TransactionCriteria,
  TransactionRow,
} from '../../domain/crm-history';
import { outputOf, retailElement, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import { pageInfoElement, readPagedRows } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import { dateTime, readSearchRefusal, wholeNumber } from './history-elements';

/**
 * CRMCustomerDataService · searchCustomerTransactionHistory (seed 001's Customer Transaction
 * History Search). [PUB] the key `crm:CustomerTransactionHistoryKey` and the first eight
 * columns; [OURS] the criteria elements, `locationDescription`, `deviceKey.deviceId`,
 * `itemCount` and the summary beside the list (docs/API.md). Always newest first.
 */

/** Whose history, narrowed how. */
export interface TransactionSearch {
  readonly customerNumber: string;
  readonly criteria: TransactionCriteria;
}

/** What the answer carries beside the list: the summary of every match, or why not. */
export interface TransactionHistoryExtra {
  readonly summary: SpendSummary | null;
  readonly refusal: Refusal | null;
}

const COLUMNS = {
  customerNumber: 'customerKey.customerNumber',
  description: 'description',
  applicationId: 'transactionKey.applicationId',
  transactionId: 'transactionKey.transactionId',
  typeId: 'transactionTypeKey.transactionTypeId',
  locationId: 'locationKey.locationId',
  date: 'transactionDate',
  value: 'value',
  locationName: 'locationDescription',
  deviceId: 'deviceKey.deviceId',
  itemCount: 'itemCount',
} as const;

function criteriaXml(customerNumber: string, c: TransactionCriteria): string {
  return (
    retailElement('customerNumber', customerNumber) +
    (c.fromDate ? retailElement('fromDate', c.fromDate) : '') +
    (c.toDate ? retailElement('toDate', c.toDate) : '') +
    c.locationIds.map((id) => retailElement('locationId', id)).join('') +
    c.typeIds.map((id) => retailElement('transactionTypeId', id)).join('') +
    (c.minimumValue === null ? '' : retailElement('minimumValue', c.minimumValue))
  );
}

function readMonth(element: XmlElement): MonthlySpend {
  const n = (local: string) => wholeNumber(retailText(element, local), `monthlyTotal ${local}`);
  const month = retailText(element, 'month');
  if (!/^\d{4}-\d{2}$/.test(month))
    throw new Error(`monthlyTotal month is not YYYY-MM: "${month}"`);
  return {
    month,
    transactionCount: n('transactionCount'),
    salesValue: n('salesValue'),
    returnsValue: n('returnsValue'),
    totalSpend: n('totalSpend'),
  };
}

function readSummary(summary: XmlElement): SpendSummary {
  const n = (local: string) => wholeNumber(retailText(summary, local), `summary ${local}`);
  const when = (local: string) => {
    const text = retailText(summary, local);
    return text === '' ? null : dateTime(text, `summary ${local}`);
  };
  const months = child(summary, NS.retail, 'monthlyTotals');
  return {
    currencyId: retailText(summary, 'currencyId'),
    transactionCount: n('transactionCount'),
    visitCount: n('visitCount'),
    salesCount: n('salesCount'),
    salesValue: n('salesValue'),
    returnsCount: n('returnsCount'),
    returnsValue: n('returnsValue'),
    totalSpend: n('totalSpend'),
    averageBasket: n('averageBasket'),
    firstDate: when('firstTransactionDate'),
    lastDate: when('lastTransactionDate'),
    months: months ? childrenNamed(months, NS.retail, 'monthlyTotal').map(readMonth) : [],
  };
}

const NO_LIST = { rows: [], paging: { rowsPerPage: 0, currentRowOffset: 0, totalRows: 0 } };

export const SEARCH_TRANSACTION_HISTORY: PagedOperation<
  TransactionSearch,
  TransactionRow,
  TransactionHistoryExtra
> = {
  operation: 'searchCustomerTransactionHistory',
  responseNs: NS.crm,
  encode: ({ criteria: { customerNumber, criteria }, page }) =>
    `<crm:searchCustomerTransactionHistory xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    `<crm:customerTransactionHistorySearchCriteria>${criteriaXml(customerNumber, criteria)}</crm:customerTransactionHistorySearchCriteria>` +
    pageInfoElement('core', page) +
    '<core:orderByColumns><core:propertyName>transactionDate</core:propertyName>' +
    '<core:sortOrder>DESCENDING</core:sortOrder></core:orderByColumns>' +
    '<core:suppressDefaultOrderBy>true</core:suppressDefaultOrderBy>' +
    '</crm:searchCustomerTransactionHistory>',
  decode(response) {
    const output = outputOf(response, 'customerTransactionHistorySearchOutput');
    const refusal = readSearchRefusal(output);
    if (refusal) return { ...NO_LIST, summary: null, refusal };
    const summary = child(output, NS.retail, 'customerTransactionHistorySummary');
    if (!summary)
      throw new Error('a Success answer has no retail:customerTransactionHistorySummary');
    const list = readPagedRows(output, COLUMNS, (row) => {
      const transactionId = row.key.parts.transactionId || row.text('transactionId');
      if (!transactionId) throw new Error('a transaction row has no transaction id');
      return {
        customerNumber: row.key.parts.customerId || row.text('customerNumber'),
        transactionId,
        applicationId: row.text('applicationId'),
        typeId: row.text('typeId'),
        locationId: row.text('locationId'),
        locationName: row.text('locationName'),
        deviceId: row.text('deviceId'),
        date: dateTime(row.text('date'), `transaction ${transactionId} date`),
        value: wholeNumber(row.text('value'), `transaction ${transactionId} value`),
        itemCount:
          row.text('itemCount') === '' ? 0 : wholeNumber(row.text('itemCount'), 'itemCount'),
        description: row.text('description'),
      };
    });
    return { ...list, summary: readSummary(summary), refusal: null };
  },
};
