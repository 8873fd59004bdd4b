import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { networkKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerRelationships: asked whenever the screen opens (another
 * till may have related someone to this customer). Null when there is no such customer.
 */
export const relationshipsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: networkKeys.relationships(customerNumber),
    queryFn: ({ signal }) => service.relationships(customerNumber, signal),
    staleTime: 0,
  });

export function useRelationships(customerNumber: string) {
  return useQuery(relationshipsOptions(useCrmService(), customerNumber));
}
