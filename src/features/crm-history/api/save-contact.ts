import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isSameContact, type ContactDraft } from '../../../shared/domain/crm-history';
import { MalformedResponseError } from '../../../shared/enactor/errors';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { historyKeys } from './keys';

/**
 * CRMCustomerDataService · saveContactHistory. Never retried by itself (`retry: false`): the
 * screen sends the same draft, with its client-made id, again when the cashier taps Try
 * again, and the server keeps one contact however often it comes. A Success answer must be
 * the contact sent (id, customer, subject, text); anything else is a malformed answer. On
 * success the customer's Contact History and last contact are asked again, so the new contact
 * heads the list at once.
 */
export function useSaveContact() {
  const service = useCrmService();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: ContactDraft) => {
      const result = await service.saveContact(draft);
      if (result.outcome === 'Success' && !isSameContact(draft, result.contact)) {
        throw new MalformedResponseError(
          { operation: 'saveContactHistory', service: 'crmCustomerDataService' },
          `the answer is not the contact sent (${result.contact.contactHistoryId || 'no id'})`,
        );
      }
      return result;
    },
    retry: false,
    onSuccess: (result, draft) => {
      if (result.outcome === 'Success') {
        void queryClient.invalidateQueries({
          queryKey: historyKeys.contacts(draft.customerNumber),
        });
      }
    },
  });
}
