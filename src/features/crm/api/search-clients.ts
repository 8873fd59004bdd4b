import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { EMPTY_CRITERIA, type CrmCriteria, type CrmSort } from '../../../shared/domain/crm';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { crmKeys } from './keys';

/**
 * CRMCustomerDataService · searchCustomers: one page of Client Search; the previous page stays
 * on screen while the next loads.
 */
export const crmSearchOptions = (
  service: CrmCustomerDataService,
  criteria: CrmCriteria,
  sort: CrmSort,
  offset: number,
  count: number,
) =>
  queryOptions({
    queryKey: crmKeys.search(criteria, sort, offset, count),
    queryFn: ({ signal }) => service.search(criteria, sort, { offset, count }, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/**
 * The page at `offset` of the search for `criteria` (nothing is asked before the first
 * search), with the next page fetched before the cashier asks for it.
 */
export function useClientSearch(criteria: CrmCriteria | null, sort: CrmSort, offset: number) {
  const service = useCrmService();
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const count = config.searchPageSize;
  const search = useQuery({
    ...crmSearchOptions(service, criteria ?? EMPTY_CRITERIA, sort, offset, count),
    enabled: criteria !== null,
  });
  const page = search.data;
  useEffect(() => {
    if (criteria && page && page.offset + page.rows.length < page.total) {
      void queryClient.prefetchQuery(
        crmSearchOptions(service, criteria, sort, page.offset + count, count),
      );
    }
  }, [criteria, page, sort, count, queryClient, service]);
  return search;
}
