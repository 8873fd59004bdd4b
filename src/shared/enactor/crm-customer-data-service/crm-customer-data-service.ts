import type {
  CrmCriteria,
  CrmCustomerRow,
  CrmSort,
  CustomerDetails,
  CustomerDraft,
  SaveResult,
} from '../../domain/crm';
import type { Page, PageRequest } from '../../domain/paging';
import { createPagedCall } from '../soap/paged-call';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import { GET_CUSTOMER_DETAILS } from './customer-details-codec';
import { SAVE_CUSTOMERS, UPDATE_CUSTOMERS } from './save-customers-codec';
import { SEARCH_CUSTOMERS } from './search-customers-codec';

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

/**
 * `phoneDigits`: how a phone number searched for is written on the wire, by the store
 * country's rules (the caller loads them: the wire knows no country); as typed when absent.
 */
export function createCrmCustomerDataService(
  endpoint: SoapEndpoint,
  options: { phoneDigits?: () => Promise<(text: string) => string> } = {},
): CrmCustomerDataService {
  const search = createPagedCall(endpoint, SEARCH_CUSTOMERS, ({ criteria, sort }) =>
    JSON.stringify({ criteria, sort }),
  );
  return {
    async search(criteria, sort, page, signal) {
      // The phone rules (a library and its metadata) load only when a phone is searched for.
      const phoneDigits =
        criteria.phone.trim() !== '' && options.phoneDigits
          ? await options.phoneDigits()
          : undefined;
      return search({ criteria, sort, ...(phoneDigits && { phoneDigits }) }, page, signal);
    },
    details: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_DETAILS, customerNumber, signal),
    create: (draft, signal) => callOperation(endpoint, SAVE_CUSTOMERS, draft, signal),
    update: (base, draft, signal) =>
      callOperation(endpoint, UPDATE_CUSTOMERS, { base, draft }, signal),
  };
}
