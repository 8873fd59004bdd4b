import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CrmCriteria, CrmSort } from '../../shared/domain/crm';
import type { CrmCustomerDataService } from '../../shared/enactor/crm-customer-data-service/crm-customer-data-service';

export const crmKeys = {
  all: ['crm'] as const,
  search: (criteria: CrmCriteria, sort: CrmSort, offset: number, count: number) =>
    [...crmKeys.all, 'search', criteria, sort, offset, count] as const,
  details: (customerNumber: string) => [...crmKeys.all, 'details', customerNumber] as const,
};

/** One page of Client Search; the previous page stays on screen while the next loads. */
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

// Details may have been edited at another till: ask again whenever the screen opens.
export const crmDetailsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: crmKeys.details(customerNumber),
    queryFn: ({ signal }) => service.details(customerNumber, signal),
    staleTime: 0,
  });
