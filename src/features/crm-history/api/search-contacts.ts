import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import {
  NO_CONTACT_CRITERIA,
  type ContactCriteria,
  type ContactRow,
} from '../../../shared/domain/crm-history';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { HISTORY_PAGE_SIZE, historyKeys } from './keys';

/**
 * CRMCustomerDataService · searchContactHistory: one page of Contact History, newest first.
 * Asked again whenever the screen opens: another till may have recorded a contact.
 */
export const contactHistoryOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  criteria: ContactCriteria,
  offset: number,
  count = HISTORY_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: historyKeys.contactPage(customerNumber, criteria, offset, count),
    queryFn: ({ signal }) =>
      service.contactHistory(customerNumber, criteria, { offset, count }, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useContactHistory(
  customerNumber: string,
  criteria: ContactCriteria,
  offset: number,
) {
  return useQuery(contactHistoryOptions(useCrmService(), customerNumber, criteria, offset));
}

/** What the Call Client says of the last contact: the newest, or null when there is none. */
export type LastContact = ContactRow | null;

/**
 * The customer's newest contact (a search with no filters, one row), always fresh: it is what
 * stops a second call in a week. A refusal (no such customer) reads as no contact.
 */
export const lastContactOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: historyKeys.lastContact(customerNumber),
    queryFn: async ({ signal }): Promise<LastContact> => {
      const result = await service.contactHistory(
        customerNumber,
        NO_CONTACT_CRITERIA,
        { offset: 0, count: 1 },
        signal,
      );
      return result.outcome === 'Success' ? (result.page.rows[0] ?? null) : null;
    },
    staleTime: 0,
  });

export function useLastContact(customerNumber: string) {
  return useQuery(lastContactOptions(useCrmService(), customerNumber));
}
