import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { networkKeys } from './keys';

/** CRMCustomerDataService · getCustomerDetails, for the customer's name in a heading. */
export const clientNameOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: networkKeys.customer(customerNumber),
    queryFn: ({ signal }) => service.details(customerNumber, signal),
    staleTime: 60_000,
  });

export function useClientName(customerNumber: string) {
  return useQuery(clientNameOptions(useCrmService(), customerNumber));
}
