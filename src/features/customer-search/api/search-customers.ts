import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type {
  CustomerSearchMode,
  CustomerService,
} from '../../../shared/enactor/customer-service/customer-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { customerSearchKeys } from './keys';

/**
 * CustomerService name and postcode searches (submitCustomerNameSearch / PostCodeSearch):
 * pages of one search, fetched as the cashier scrolls or taps Next page.
 */
export function customerSearchOptions(
  service: CustomerService,
  mode: CustomerSearchMode,
  term: string,
  pageSize: number,
) {
  return infiniteQueryOptions({
    queryKey: customerSearchKeys.search(mode, term, pageSize),
    // The signal lets a new search (or leaving the screen) cancel the one in flight.
    queryFn: ({ pageParam, signal }) =>
      service.search(mode, term, { offset: pageParam, count: pageSize }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.rows.length;
      return last.rows.length > 0 && next < last.total ? next : undefined;
    },
    enabled: term !== '',
    staleTime: 30_000,
  });
}

export function useCustomerSearch(mode: CustomerSearchMode, term: string) {
  const { customerService, config } = useTerminal();
  return useInfiniteQuery(
    customerSearchOptions(customerService, mode, term, config.searchPageSize),
  );
}

export type CustomerSearch = ReturnType<typeof useCustomerSearch>;
