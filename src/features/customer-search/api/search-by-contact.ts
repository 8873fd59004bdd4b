import { queryOptions, useQuery } from '@tanstack/react-query';
import { EMPTY_CRITERIA, type CrmSort } from '../../../shared/domain/crm';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { customerSearchKeys } from './keys';

/** What the one box searches the CRM for: an e-mail address or a phone number. */
export interface ContactSearch {
  readonly field: 'email' | 'phone';
  readonly value: string;
}

const BY_SURNAME: CrmSort = { column: 'surname', descending: false };

/**
 * CRMCustomerDataService · searchCustomers by e-mail address or phone number: the first page
 * (an address or a number is rarely shared by many). The phone is sent as the store country's
 * rules dial it (the CRM client's `phoneDigits`).
 */
export const contactSearchOptions = (
  service: CrmCustomerDataService,
  search: ContactSearch,
  count: number,
) =>
  queryOptions({
    queryKey: customerSearchKeys.contact(search.field, search.value, count),
    queryFn: ({ signal }) =>
      service.search(
        { ...EMPTY_CRITERIA, [search.field]: search.value },
        BY_SURNAME,
        { offset: 0, count },
        signal,
      ),
    staleTime: 30_000,
  });

/** The CRM's customers with this e-mail address or phone number. */
export function useContactSearch(search: ContactSearch) {
  const service = useCrmService();
  const { config } = useTerminal();
  return useQuery(contactSearchOptions(service, search, config.searchPageSize));
}
