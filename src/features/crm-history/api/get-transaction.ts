import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { historyKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerTransaction: the enquiry of one listed transaction. A
 * completed transaction does not change: it is kept for the session's paging back and forth.
 */
export const transactionOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  transactionId: string,
) =>
  queryOptions({
    queryKey: historyKeys.transaction(customerNumber, transactionId),
    queryFn: ({ signal }) => service.transaction(customerNumber, transactionId, signal),
    staleTime: 10 * 60_000,
  });

export function useTransaction(customerNumber: string, transactionId: string) {
  return useQuery(transactionOptions(useCrmService(), customerNumber, transactionId));
}
