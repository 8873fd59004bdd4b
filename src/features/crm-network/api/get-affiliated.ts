import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PageRequest } from '../../../shared/domain/paging';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { networkKeys } from './keys';

/**
 * CRMCustomerDataService · getAffiliatedCustomers: a page of the customers in this one's
 * household or company, as the server answers. The page shown stays while the next loads.
 */
export const affiliatedOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  page: PageRequest,
) =>
  queryOptions({
    queryKey: networkKeys.affiliated(customerNumber, page),
    queryFn: ({ signal }) => service.affiliated(customerNumber, page, signal),
    placeholderData: keepPreviousData,
  });

export function useAffiliatedCustomers(customerNumber: string, page: PageRequest) {
  return useQuery(affiliatedOptions(useCrmService(), customerNumber, page));
}
