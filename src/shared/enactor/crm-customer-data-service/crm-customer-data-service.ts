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

export function createCrmCustomerDataService(endpoint: SoapEndpoint): CrmCustomerDataService {
  const search = createPagedCall(endpoint, SEARCH_CUSTOMERS, (s) => JSON.stringify(s));
  return {
    search: (criteria, sort, page, signal) => search({ criteria, sort }, page, signal),
    details: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_DETAILS, customerNumber, signal),
    create: (draft, signal) => callOperation(endpoint, SAVE_CUSTOMERS, draft, signal),
    update: (base, draft, signal) =>
      callOperation(endpoint, UPDATE_CUSTOMERS, { base, draft }, signal),
  };
}
