import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerDetails, CustomerDraft, SaveResult } from '../../../shared/domain/crm';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { crmKeys } from './keys';

/** A new customer (no base) or an edit of the record as it was loaded (its stamp included). */
export interface SaveClientInput {
  readonly draft: CustomerDraft;
  readonly base: CustomerDetails | null;
}

/**
 * CRMCustomerDataService · saveCustomers / updateCustomers. Never retried by itself: a repeat
 * of a new customer would create a second one. On success the details screen shows the
 * server's answer (put in the cache), and every Client Search is asked again.
 */
export function useSaveClient(onAnswer: (result: SaveResult) => void) {
  const service = useCrmService();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, base }: SaveClientInput) =>
      base ? service.update(base, draft) : service.create(draft),
    retry: false,
    onSuccess: (result) => {
      if (result.outcome === 'Success') {
        queryClient.setQueryData(crmKeys.details(result.customer.customerNumber), result.customer);
        void queryClient.invalidateQueries({ queryKey: crmKeys.searches() });
      }
      onAnswer(result);
    },
  });
}
