import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { customerDisplayName } from '../../../shared/domain/customer';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { historyKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerDetails, for the name in a history screen's heading
 * (the cashier sees whose history it is). '' when the server has no such customer.
 */
export const customerNameOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: historyKeys.name(customerNumber),
    queryFn: async ({ signal }) => {
      const details = await service.details(customerNumber, signal);
      return details ? customerDisplayName(details) : '';
    },
    staleTime: 5 * 60_000,
  });

export function useCustomerName(customerNumber: string) {
  return useQuery(customerNameOptions(useCrmService(), customerNumber));
}
