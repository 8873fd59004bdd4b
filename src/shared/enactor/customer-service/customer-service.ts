import type { CustomerSummary } from '../../domain/customer';
import type { Page, PageRequest } from '../../domain/paging';
import { createPagedCall } from '../soap/paged-call';
import type { SoapEndpoint } from '../soap/soap-call';
import { NAME_SEARCH } from './name-search-codec';
import { POSTCODE_SEARCH } from './postcode-search-codec';

export type CustomerSearchMode = 'name' | 'postcode';

export interface CustomerService {
  search(
    mode: CustomerSearchMode,
    term: string,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<CustomerSummary>>;
}

export function createCustomerService(endpoint: SoapEndpoint): CustomerService {
  const searches = {
    name: createPagedCall(endpoint, NAME_SEARCH, (term: string) => term),
    postcode: createPagedCall(endpoint, POSTCODE_SEARCH, (term: string) => term),
  };
  return {
    search: (mode, term, page, signal) => searches[mode](term, page, signal),
  };
}
