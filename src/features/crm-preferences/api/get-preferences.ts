import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerPreferences: the server's option sets, the customer's
 * current values and the consent history. Null when the server has no such customer.
 */
export const preferencesOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: clientelingKeys.preferences(customerNumber),
    queryFn: ({ signal }) => service.preferences(customerNumber, signal),
    staleTime: 0,
  });

export function usePreferences(customerNumber: string) {
  return useQuery(preferencesOptions(useCrmService(), customerNumber));
}
