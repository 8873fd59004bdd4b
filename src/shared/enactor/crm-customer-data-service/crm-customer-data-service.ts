import type {
  CrmCriteria,
  CrmCustomerRow,
  CrmSort,
  CustomerDetails,
  CustomerDraft,
  SaveResult,
} from '../../domain/crm';
import type { Page, PageRequest } from '../../domain/paging';
import { loadPhoneRules } from '../../country/phone';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import {
  decodeGetCustomerDetails,
  encodeGetCustomerDetails,
  GET_CUSTOMER_DETAILS,
} from './customer-details-codec';
import {
  decodeSaveCustomers,
  encodeSaveCustomers,
  encodeUpdateCustomers,
  SAVE_CUSTOMERS,
  UPDATE_CUSTOMERS,
} from './save-customers-codec';
import {
  decodeSearchCustomers,
  encodeSearchCustomers,
  SEARCH_CUSTOMERS,
} from './search-customers-codec';

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
}

/** `country`: the store's (ISO 3166 alpha-2), whose rules read the phone numbers searched for. */
export function createCrmCustomerDataService(
  endpoint: SoapEndpoint,
  country: string,
): CrmCustomerDataService {
  return {
    async search(criteria, sort, page, signal) {
      // The phone rules (a library and its metadata) load only when a phone is searched for.
      const phone = criteria.phone.trim() === '' ? null : await loadPhoneRules();
      const phoneDigits = (text: string) => phone?.searchDigits(text, country) ?? text;
      const { list, rows } = await callOperation(
        endpoint,
        SEARCH_CUSTOMERS,
        encodeSearchCustomers(criteria, sort, page, phoneDigits),
        decodeSearchCustomers,
        signal,
      );
      // A server that ignores pageInfo sends everything: page it here.
      if (rows.length > page.count) {
        return {
          rows: rows.slice(page.offset, page.offset + page.count),
          offset: page.offset,
          total: rows.length,
          pagedBy: 'client',
        };
      }
      return {
        rows,
        offset: page.offset,
        total: Math.max(list.totalRows, page.offset + rows.length),
        pagedBy: 'server',
      };
    },
    details: (customerNumber, signal) =>
      callOperation(
        endpoint,
        GET_CUSTOMER_DETAILS,
        encodeGetCustomerDetails(customerNumber),
        decodeGetCustomerDetails,
        signal,
      ),
    create: (draft, signal) =>
      callOperation(
        endpoint,
        SAVE_CUSTOMERS,
        encodeSaveCustomers(draft),
        decodeSaveCustomers,
        signal,
      ),
    update: (base, draft, signal) =>
      callOperation(
        endpoint,
        UPDATE_CUSTOMERS,
        encodeUpdateCustomers(base, draft),
        decodeSaveCustomers,
        signal,
      ),
  };
}
