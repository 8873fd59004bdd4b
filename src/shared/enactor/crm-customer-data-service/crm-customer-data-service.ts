import type {
  CrmCriteria,
  CrmCustomerRow,
  CrmSort,
  CustomerDetails,
  CustomerDraft,
  SaveResult,
} from '../../domain/crm';
import type {
  ContactCriteria,
  ContactDraft,
  ContactHistoryResult,
  CustomerAndConsents,
  SaveContactResult,
  TransactionCriteria,
  TransactionEnquiryResult,
  TransactionHistoryResult,
} from '../../domain/crm-history';
import type { Page, PageRequest } from '../../domain/paging';
import { createPagedCall } from '../soap/paged-call';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import { GET_CUSTOMER_DETAILS } from './customer-details-codec';
import { SAVE_CUSTOMERS, UPDATE_CUSTOMERS } from './save-customers-codec';
import { SEARCH_CUSTOMERS } from './search-customers-codec';
import { SEARCH_CONTACT_HISTORY } from './contact-history-codec';
import { LOAD_CUSTOMER_DETAILS } from './load-customer-details-codec';
import { SAVE_CONTACT_HISTORY } from './save-contact-history-codec';
import { GET_CUSTOMER_TRANSACTION } from './transaction-enquiry-codec';
import { SEARCH_TRANSACTION_HISTORY } from './transaction-history-codec';

export interface CrmCustomerDataService {
  search(
    criteria: CrmCriteria,
    sort: CrmSort,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<CrmCustomerRow>>;
  details(customerNumber: string, signal?: AbortSignal): Promise<CustomerDetails | null>;
  /** Never retried by itself: a repeat would create a second customer. */
  create(draft: CustomerDraft, signal?: AbortSignal): Promise<SaveResult>;
  update(base: CustomerDetails, draft: CustomerDraft, signal?: AbortSignal): Promise<SaveResult>;
  /** A page of the customer's transactions, newest first, with the summary of every match. */
  transactionHistory(
    customerNumber: string,
    criteria: TransactionCriteria,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<TransactionHistoryResult>;
  /** One listed transaction with every line (the key of its row). */
  transaction(
    customerNumber: string,
    transactionId: string,
    signal?: AbortSignal,
  ): Promise<TransactionEnquiryResult>;
  /** A page of the contacts with the customer, newest first. */
  contactHistory(
    customerNumber: string,
    criteria: ContactCriteria,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<ContactHistoryResult>;
  /** Never retried by itself; the draft's client-made id makes a retry record one contact. */
  saveContact(draft: ContactDraft, signal?: AbortSignal): Promise<SaveContactResult>;
  /** The whole record, fresh, with its consents; null when there is no such customer. */
  loadDetails(customerNumber: string, signal?: AbortSignal): Promise<CustomerAndConsents | null>;
}

export function createCrmCustomerDataService(endpoint: SoapEndpoint): CrmCustomerDataService {
  const search = createPagedCall(endpoint, SEARCH_CUSTOMERS, (s) => JSON.stringify(s));
  const transactions = createPagedCall(endpoint, SEARCH_TRANSACTION_HISTORY, (s) =>
    JSON.stringify(s),
  );
  const contacts = createPagedCall(endpoint, SEARCH_CONTACT_HISTORY, (s) => JSON.stringify(s));
  return {
    search: (criteria, sort, page, signal) => search({ criteria, sort }, page, signal),
    details: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_DETAILS, customerNumber, signal),
    create: (draft, signal) => callOperation(endpoint, SAVE_CUSTOMERS, draft, signal),
    update: (base, draft, signal) =>
      callOperation(endpoint, UPDATE_CUSTOMERS, { base, draft }, signal),
    async transactionHistory(customerNumber, criteria, page, signal) {
      const { refusal, summary, ...found } = await transactions(
        { customerNumber, criteria },
        page,
        signal,
      );
      if (refusal) return refusal;
      if (!summary) throw new Error('a transaction history answer has no summary');
      return { outcome: 'Success', page: found, summary };
    },
    transaction: (customerNumber, transactionId, signal) =>
      callOperation(endpoint, GET_CUSTOMER_TRANSACTION, { customerNumber, transactionId }, signal),
    async contactHistory(customerNumber, criteria, page, signal) {
      const { refusal, ...found } = await contacts({ customerNumber, criteria }, page, signal);
      return refusal ?? { outcome: 'Success', page: found };
    },
    saveContact: (draft, signal) => callOperation(endpoint, SAVE_CONTACT_HISTORY, draft, signal),
    loadDetails: (customerNumber, signal) =>
      callOperation(endpoint, LOAD_CUSTOMER_DETAILS, customerNumber, signal),
  };
}
