import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerNotes: the notes and wishlist this operator may see
 * (their own private notes included). Asked again whenever a screen opens them; null when the
 * server has no such customer.
 */
export const notesOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  operatorId: string | null,
) =>
  queryOptions({
    queryKey: clientelingKeys.notes(customerNumber, operatorId),
    queryFn: ({ signal }) => service.notes(customerNumber, operatorId, signal),
    staleTime: 0,
  });

export function useNotes(customerNumber: string, operatorId: string | null) {
  return useQuery(notesOptions(useCrmService(), customerNumber, operatorId));
}
