import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { crmKeys } from './keys';

/**
 * CRMCustomerDataService · loadCustomerDetails: the whole record (every address, e-mail and
 * phone, the consents, the stamp), loaded fresh each time Edit opens and never kept once the
 * form is gone (`gcTime: 0`), so an edit always starts from the server's latest version.
 * Get Customer Details stays the lighter read for viewing.
 */
export const fullClientDetailsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: crmKeys.full(customerNumber),
    queryFn: ({ signal }) => service.loadDetails(customerNumber, signal),
    staleTime: 0,
    gcTime: 0,
  });

export function useFullClientDetails(customerNumber: string) {
  return useQuery(fullClientDetailsOptions(useCrmService(), customerNumber));
}
