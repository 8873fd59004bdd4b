import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { crmKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerDetails. Details may have been edited at another till:
 * ask again whenever a screen opens them. `null` when the server has no such customer.
 */
export const clientDetailsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: crmKeys.details(customerNumber),
    queryFn: ({ signal }) => service.details(customerNumber, signal),
    staleTime: 0,
  });

export function useClientDetails(customerNumber: string) {
  return useQuery(clientDetailsOptions(useCrmService(), customerNumber));
}
