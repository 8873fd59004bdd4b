import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { TransactionCriteria } from '../../../shared/domain/crm-history';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { HISTORY_PAGE_SIZE, historyKeys } from './keys';

/**
 * CRMCustomerDataService · searchCustomerTransactionHistory: one page of Transaction History
 * with the spend summary of every match; the previous page stays on screen while the next
 * loads.
 */
export const transactionHistoryOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  criteria: TransactionCriteria,
  offset: number,
  count = HISTORY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: historyKeys.transactionPage(customerNumber, criteria, offset, count),
    queryFn: ({ signal }) =>
      service.transactionHistory(customerNumber, criteria, { offset, count }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** The page at `offset`, with the next one fetched before the cashier asks for it. */
export function useTransactionHistory(
  customerNumber: string,
  criteria: TransactionCriteria,
  offset: number,
) {
  const service = useCrmService();
  const queryClient = useQueryClient();
  const history = useQuery(transactionHistoryOptions(service, customerNumber, criteria, offset));
  const result = history.data;
  useEffect(() => {
    if (result?.outcome !== 'Success' || history.isPlaceholderData) return;
    const { page } = result;
    if (page.offset + page.rows.length < page.total) {
      void queryClient.prefetchQuery(
        transactionHistoryOptions(
          service,
          customerNumber,
          criteria,
          page.offset + HISTORY_PAGE_SIZE,
        ),
      );
    }
  }, [result, history.isPlaceholderData, customerNumber, criteria, queryClient, service]);
  return history;
}
