import type { ContactCriteria, TransactionCriteria } from '../../../shared/domain/crm-history';

/** Every query of CRM history is under `historyKeys.all`, and one customer's under `customer`. */
export const historyKeys = {
  all: ['crm-history'] as const,
  customer: (customerNumber: string) => [...historyKeys.all, customerNumber] as const,
  name: (customerNumber: string) => [...historyKeys.customer(customerNumber), 'name'] as const,
  transactions: (customerNumber: string) =>
    [...historyKeys.customer(customerNumber), 'transactions'] as const,
  transactionPage: (
    customerNumber: string,
    criteria: TransactionCriteria,
    offset: number,
    count: number,
  ) => [...historyKeys.transactions(customerNumber), criteria, offset, count] as const,
  transaction: (customerNumber: string, transactionId: string) =>
    [...historyKeys.customer(customerNumber), 'transaction', transactionId] as const,
  /** Contact History and the last contact: a saved contact invalidates both at once. */
  contacts: (customerNumber: string) =>
    [...historyKeys.customer(customerNumber), 'contacts'] as const,
  contactPage: (customerNumber: string, criteria: ContactCriteria, offset: number, count: number) =>
    [...historyKeys.contacts(customerNumber), 'page', criteria, offset, count] as const,
  lastContact: (customerNumber: string) =>
    [...historyKeys.contacts(customerNumber), 'last'] as const,
  callDetails: (customerNumber: string) =>
    [...historyKeys.customer(customerNumber), 'call-details'] as const,
};

/** Rows a page of history shows: the service's own default, a screenful on a till. */
export const HISTORY_PAGE_SIZE = 20;
