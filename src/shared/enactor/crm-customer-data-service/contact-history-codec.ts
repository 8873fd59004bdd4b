import type { ContactCriteria, ContactRow, Refusal } from '../../domain/crm-history';
import { outputOf, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import { pageInfoElement, readPagedRows } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { dateTime, readSearchRefusal } from './history-elements';

/**
 * CRMCustomerDataService · searchContactHistory (seed 001's Contact History Search). [PUB] the
 * criteria names of the public XSLT (`customerNumber`, `fromDate`, `toDate`), the key
 * `crm:CustomerContactHistoryKey` and the first seven columns; [OURS] the type filter,
 * `userId`, `callOutcomeId` and `recipients` columns (docs/API.md). Always newest first.
 */

export interface ContactSearch {
  readonly customerNumber: string;
  readonly criteria: ContactCriteria;
}

/** Why nothing was searched, or null. */
export interface ContactHistoryExtra {
  readonly refusal: Refusal | null;
}

const COLUMNS = {
  customerNumber: 'customerKey.customerNumber',
  typeId: 'contactTypeKey.contactTypeId',
  date: 'contactDate',
  contactHistoryId: 'contactHistoryId',
  taskId: 'taskId',
  subject: 'subject',
  text: 'description',
  userId: 'userId',
  callOutcomeId: 'callOutcomeId',
  recipients: 'recipients',
} as const;

const NO_LIST = { rows: [], paging: { rowsPerPage: 0, currentRowOffset: 0, totalRows: 0 } };

export const SEARCH_CONTACT_HISTORY: PagedOperation<
  ContactSearch,
  ContactRow,
  ContactHistoryExtra
> = {
  operation: 'searchContactHistory',
  responseNs: NS.crm,
  encode: ({ criteria: { customerNumber, criteria }, page }) =>
    `<crm:searchContactHistory xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    '<crm:contactHistorySearchCriteria>' +
    retailElement('customerNumber', customerNumber) +
    criteria.typeIds.map((id) => retailElement('contactTypeId', id)).join('') +
    (criteria.fromDate ? retailElement('fromDate', criteria.fromDate) : '') +
    (criteria.toDate ? retailElement('toDate', criteria.toDate) : '') +
    '</crm:contactHistorySearchCriteria>' +
    pageInfoElement('core', page) +
    '<core:orderByColumns><core:propertyName>contactDate</core:propertyName>' +
    '<core:sortOrder>DESCENDING</core:sortOrder></core:orderByColumns>' +
    '<core:suppressDefaultOrderBy>true</core:suppressDefaultOrderBy>' +
    '</crm:searchContactHistory>',
  decode(response) {
    const output = outputOf(response, 'contactHistorySearchOutput');
    const refusal = readSearchRefusal(output);
    if (refusal) return { ...NO_LIST, refusal };
    const list = readPagedRows(output, COLUMNS, (row) => {
      const contactHistoryId = row.key.parts.contactHistoryId || row.text('contactHistoryId');
      if (!contactHistoryId) throw new Error('a contact row has no contactHistoryId');
      return {
        customerNumber: row.key.parts.customerId || row.text('customerNumber'),
        contactHistoryId,
        typeId: row.text('typeId').toUpperCase(),
        date: dateTime(row.text('date'), `contact ${contactHistoryId} date`),
        subject: row.text('subject'),
        text: row.text('text'),
        userId: row.text('userId'),
        callOutcomeId: row.text('callOutcomeId').toUpperCase(),
        recipients: row.text('recipients'),
        taskId: row.text('taskId') || null,
      };
    });
    return { ...list, refusal: null };
  },
};
