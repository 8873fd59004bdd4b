import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerKeyDates: the kinds of date and the customer's key dates,
 * soonest first, counted from the server's today. Null when the server has no such customer.
 */
export const keyDatesOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: clientelingKeys.keyDates(customerNumber),
    queryFn: ({ signal }) => service.keyDates(customerNumber, signal),
    staleTime: 0,
  });

export function useKeyDates(customerNumber: string) {
  return useQuery(keyDatesOptions(useCrmService(), customerNumber));
}
