import {
  CONTACT_TYPES,
  type ContactDraft,
  type ContactHistoryStore,
  type ContactRecord,
} from '../crm/contact-history-store.ts';
import {
  TRANSACTION_TYPES,
  type CustomerTransaction,
  type TransactionFilter,
  type TransactionHistory,
  type TransactionSort,
  type TransactionSummary,
} from '../crm/transaction-history.ts';
import { BadRequestError, type RequestElement } from '../xml/request-reader.ts';
import { pagedArrayList, type Value } from '../xml/response-writer.ts';
import {
  answer,
  crmChild,
  dateBound,
  el,
  fieldErrors,
  mandatory,
  orderOf,
  outcome,
  pagingOf,
  retailChildren,
  retailRaw,
  retailText,
  retailTexts,
  type Problem,
} from './crm-request.ts';

/**
 * CRMCustomerDataService: Customer Transaction History Search and Enquiry, Contact History
 * Search and Save Contact History (seed 001), [OURS] shapes documented in docs/API.md.
 */

/** [PUB] columns (API-NOTES §5), then [OURS] ones. */
export const TRANSACTION_COLUMNS = [
  'customerKey.customerNumber',
  'description',
  'transactionKey.applicationId',
  'transactionKey.transactionId',
  'transactionTypeKey.transactionTypeId',
  'locationKey.locationId',
  'transactionDate',
  'value',
  'locationDescription',
  'deviceKey.deviceId',
  'itemCount',
] as const;

/** [PUB] columns of the republished contact history list, then [OURS] ones. */
export const CONTACT_COLUMNS = [
  'customerKey.customerNumber',
  'contactTypeKey.contactTypeId',
  'contactDate',
  'contactHistoryId',
  'taskId',
  'subject',
  'description',
  'userId',
  'callOutcomeId',
  'recipients',
] as const;

const long = (n: number): Value => ({ xsd: 'long', text: String(n) });
const dateTime = (s: string): Value => ({ xsd: 'dateTime', text: s });

function summaryXml(s: TransactionSummary): string {
  return (
    '<retail:customerTransactionHistorySummary>' +
    el('currencyId', 'GBP') +
    el('transactionCount', s.transactionCount) +
    el('visitCount', s.visitCount) +
    el('salesCount', s.salesCount) +
    el('salesValue', s.salesValue) +
    el('returnsCount', s.returnsCount) +
    el('returnsValue', s.returnsValue) +
    el('totalSpend', s.totalSpend) +
    el('averageBasket', s.averageBasket) +
    el('firstTransactionDate', s.firstTransactionDate) +
    el('lastTransactionDate', s.lastTransactionDate) +
    '<retail:monthlyTotals>' +
    s.months
      .map(
        (m) =>
          '<retail:monthlyTotal>' +
          el('month', m.month) +
          el('transactionCount', m.transactionCount) +
          el('salesValue', m.salesValue) +
          el('returnsValue', m.returnsValue) +
          el('totalSpend', m.totalSpend) +
          '</retail:monthlyTotal>',
      )
      .join('') +
    '</retail:monthlyTotals></retail:customerTransactionHistorySummary>'
  );
}

function transactionXml(t: CustomerTransaction): string {
  return (
    '<retail:customerTransaction>' +
    `<retail:customerKey>${el('customerNumber', t.customerNumber)}</retail:customerKey>` +
    `<retail:transactionKey>${el('applicationId', t.applicationId)}${el('transactionId', t.transactionId)}</retail:transactionKey>` +
    `<retail:transactionTypeKey>${el('transactionTypeId', t.transactionTypeId)}</retail:transactionTypeKey>` +
    el('description', t.description) +
    `<retail:locationKey>${el('locationId', t.locationId)}</retail:locationKey>` +
    el('locationDescription', t.locationDescription) +
    `<retail:deviceKey>${el('deviceId', t.deviceId)}</retail:deviceKey>` +
    el('transactionDate', t.transactionDate) +
    el('value', t.value) +
    el('currencyId', t.currencyId) +
    '<retail:lines>' +
    t.lines
      .map(
        (l) =>
          '<retail:line>' +
          el('lineNumber', l.lineNumber) +
          `<retail:productKey>${el('productId', l.productId)}</retail:productKey>` +
          el('description', l.description) +
          el('quantity', l.quantity) +
          el('effectiveNetValue', l.effectiveNetValue) +
          `<retail:salespersonKey>${el('userId', l.salespersonUserId)}</retail:salespersonKey>` +
          el('salespersonDisplayName', l.salespersonDisplayName) +
          (l.originalTransactionId
            ? `<retail:originalTransactionKey>${el('transactionId', l.originalTransactionId)}</retail:originalTransactionKey>`
            : '') +
          '</retail:line>',
      )
      .join('') +
    '</retail:lines></retail:customerTransaction>'
  );
}

export function contactXml(c: ContactRecord): string {
  return (
    '<retail:customerContactHistory>' +
    el('contactHistoryId', c.contactHistoryId) +
    el('customerId', c.customerNumber) +
    el('customerContactTypeId', c.contactTypeId) +
    el('contactDate', c.contactDate) +
    el('userId', c.userId) +
    el('subject', c.subject) +
    el('description', c.description) +
    (c.contactTypeId === 'CALL' ? el('callOutcomeId', c.callOutcomeId) : '') +
    (c.contactTypeId === 'EMAIL'
      ? `<retail:recipients>${c.recipients.map((r) => el('emailAddress', r)).join('')}</retail:recipients>`
      : '') +
    (c.taskId ? el('taskId', c.taskId) : '') +
    '</retail:customerContactHistory>'
  );
}

const TYPE_IDS = Object.keys(TRANSACTION_TYPES);

export function crmHistoryOperations(history: TransactionHistory, contacts: ContactHistoryStore) {
  return {
    searchCustomerTransactionHistory(request: RequestElement): string {
      const op = 'searchCustomerTransactionHistory';
      const out = 'customerTransactionHistorySearchOutput';
      const criteria = crmChild(request, 'customerTransactionHistorySearchCriteria');
      if (!criteria)
        throw new BadRequestError('crm:customerTransactionHistorySearchCriteria is mandatory');
      const customerNumber = mandatory(criteria, 'customerNumber');
      const problems: Problem[] = [];
      const from = dateBound(retailText(criteria, 'fromDate'), 'from', 'fromDate', problems);
      const to = dateBound(retailText(criteria, 'toDate'), 'to', 'toDate', problems);
      if (from !== undefined && to !== undefined && from > to)
        problems.push({ field: 'toDate', message: 'The end date is before the start date.' });
      const typeIds = retailTexts(criteria, 'transactionTypeId').map((t) => t.toUpperCase());
      for (const t of typeIds)
        if (!TYPE_IDS.includes(t))
          problems.push({
            field: 'transactionTypeId',
            message: `${t} is not a transaction type (${TYPE_IDS.join(', ')}).`,
          });
      const minimumRaw = retailText(criteria, 'minimumValue');
      const minimumValue = minimumRaw === '' ? undefined : Number(minimumRaw);
      if (minimumValue !== undefined && (!Number.isSafeInteger(minimumValue) || minimumValue < 0))
        problems.push({
          field: 'minimumValue',
          message: 'The minimum value is a whole number of pence, 0 or more.',
        });
      if (problems.length > 0)
        return answer(
          op,
          out,
          outcome('ValidationFailed', 'Correct the search fields shown.') + fieldErrors(problems),
        );
      const filter: TransactionFilter = {
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        locationIds: retailTexts(criteria, 'locationId'),
        typeIds,
        ...(minimumValue === undefined ? {} : { minimumValue }),
      };
      const { offset, count, maxRows } = pagingOf(request, 20);
      const order = orderOf<TransactionSort>(
        request,
        ['transactionDate', 'value'],
        'transactionDate',
        true,
      );
      const found = history.search(customerNumber, filter, order.property, order.descending);
      if (!found)
        return answer(op, out, outcome('NoCustomer', `There is no customer ${customerNumber}.`));
      const rows = maxRows === undefined ? found.rows : found.rows.slice(0, maxRows);
      const page = rows.slice(offset, offset + count);
      const list = pagedArrayList(
        TRANSACTION_COLUMNS,
        page.map((t) => ({
          keyType: 'crm:CustomerTransactionHistoryKey',
          key: t.transactionId,
          keyParts: [
            ['crm:customerId', t.customerNumber],
            ['crm:transactionId', t.transactionId],
          ],
          description: t.description,
          values: [
            t.customerNumber,
            t.description,
            t.applicationId,
            t.transactionId,
            t.transactionTypeId,
            t.locationId,
            dateTime(t.transactionDate),
            long(t.value),
            t.locationDescription,
            t.deviceId,
            long(t.itemCount),
          ],
        })),
        { rowsPerPage: count, currentRowOffset: offset, totalRows: rows.length },
      );
      return answer(op, out, outcome('Success') + list + summaryXml(found.summary));
    },

    getCustomerTransaction(request: RequestElement): string {
      const op = 'getCustomerTransaction';
      const out = 'customerTransactionOutput';
      const key = crmChild(request, 'customerTransactionHistoryKey');
      const customerNumber = key ? (crmChild(key, 'customerId')?.text.trim() ?? '') : '';
      const transactionId = key ? (crmChild(key, 'transactionId')?.text.trim() ?? '') : '';
      if (!customerNumber || !transactionId)
        throw new BadRequestError(
          'crm:customerTransactionHistoryKey with crm:customerId and crm:transactionId is mandatory',
        );
      const all = history.of(customerNumber);
      if (!all)
        return answer(op, out, outcome('NoCustomer', `There is no customer ${customerNumber}.`));
      const found = all.find((t) => t.transactionId === transactionId);
      if (!found)
        return answer(
          op,
          out,
          outcome(
            'NoTransaction',
            `Customer ${customerNumber} has no transaction ${transactionId}.`,
          ),
        );
      return answer(op, out, outcome('Success') + transactionXml(found));
    },

    searchContactHistory(request: RequestElement): string {
      const op = 'searchContactHistory';
      const out = 'contactHistorySearchOutput';
      const criteria = crmChild(request, 'contactHistorySearchCriteria');
      if (!criteria) throw new BadRequestError('crm:contactHistorySearchCriteria is mandatory');
      const customerNumber = mandatory(criteria, 'customerNumber');
      const problems: Problem[] = [];
      const from = dateBound(retailText(criteria, 'fromDate'), 'from', 'fromDate', problems);
      const to = dateBound(retailText(criteria, 'toDate'), 'to', 'toDate', problems);
      if (from !== undefined && to !== undefined && from > to)
        problems.push({ field: 'toDate', message: 'The end date is before the start date.' });
      const typeIds = retailTexts(criteria, 'contactTypeId').map((t) => t.toUpperCase());
      for (const t of typeIds)
        if (!(CONTACT_TYPES as readonly string[]).includes(t))
          problems.push({
            field: 'contactTypeId',
            message: `${t} is not a contact type (${CONTACT_TYPES.join(', ')}).`,
          });
      const userId = retailText(criteria, 'userId');
      const restrict = retailText(criteria, 'restrictToUser') === 'true';
      if (restrict && userId === '')
        problems.push({ field: 'userId', message: 'restrictToUser needs the userId.' });
      if (problems.length > 0)
        return answer(
          op,
          out,
          outcome('ValidationFailed', 'Correct the search fields shown.') + fieldErrors(problems),
        );
      const { offset, count, maxRows } = pagingOf(request, 20);
      const order = orderOf(request, ['contactDate'], 'contactDate', true);
      const found = contacts.search(
        customerNumber,
        {
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          typeIds,
          ...(restrict ? { userId } : {}),
        },
        order.descending,
      );
      if (!found)
        return answer(op, out, outcome('NoCustomer', `There is no customer ${customerNumber}.`));
      const rows = maxRows === undefined ? found : found.slice(0, maxRows);
      const list = pagedArrayList(
        CONTACT_COLUMNS,
        rows.slice(offset, offset + count).map((c) => ({
          keyType: 'crm:CustomerContactHistoryKey',
          key: c.contactHistoryId,
          keyParts: [
            ['crm:customerId', c.customerNumber],
            ['crm:contactHistoryId', c.contactHistoryId],
          ],
          description: c.subject,
          values: [
            c.customerNumber,
            c.contactTypeId,
            dateTime(c.contactDate),
            c.contactHistoryId,
            c.taskId,
            c.subject,
            c.description,
            c.userId,
            c.callOutcomeId,
            c.recipients.join(', '),
          ],
        })),
        { rowsPerPage: count, currentRowOffset: offset, totalRows: rows.length },
      );
      return answer(op, out, outcome('Success') + list);
    },

    saveContactHistory(request: RequestElement): string {
      const op = 'saveContactHistory';
      const out = 'contactHistorySaveOutput';
      const entity = retailChildren(request, 'customerContactHistory')[0];
      if (!entity) throw new BadRequestError('retail:customerContactHistory is mandatory');
      const recipientList = retailChildren(entity, 'recipients')[0];
      const draft: ContactDraft = {
        contactHistoryId: retailText(entity, 'contactHistoryId'),
        customerNumber: retailText(entity, 'customerId'),
        contactTypeId: retailText(entity, 'customerContactTypeId'),
        contactDate: retailText(entity, 'contactDate'),
        userId: retailText(entity, 'userId'),
        subject: retailRaw(entity, 'subject'),
        description: retailRaw(entity, 'description'),
        callOutcomeId: retailText(entity, 'callOutcomeId').toUpperCase(),
        recipients: retailTexts(recipientList, 'emailAddress'),
      };
      const result = contacts.save(draft);
      switch (result.outcome) {
        case 'Success':
          return answer(op, out, outcome('Success') + contactXml(result.record));
        case 'NoCustomer':
          return answer(
            op,
            out,
            outcome('NoCustomer', `There is no customer ${draft.customerNumber}.`),
          );
        case 'ValidationFailed':
          return answer(
            op,
            out,
            outcome('ValidationFailed', 'The contact was not saved: correct the fields shown.') +
              fieldErrors(result.problems),
          );
      }
    },
  };
}
