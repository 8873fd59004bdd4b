import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isSameContact, type ContactDraft } from '../../../shared/domain/crm-history';
import { MalformedResponseError } from '../../../shared/enactor/errors';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { emailKeys } from './keys';

/**
 * Send: CRMCustomerDataService · saveContactHistory with a contact of type EMAIL (subject,
 * body, recipients), which the Enactor server sends; no separate send operation is
 * documented. Never retried by itself (`retry: false`): the screen sends the same draft, with
 * its client-made id, again when the cashier taps Try again, and the server keeps one contact
 * however often it comes. A Success answer must be the e-mail sent (id, customer, subject,
 * body, recipients); anything else is a malformed answer. Contact History asks again each
 * time it opens (its queries are never fresh), so the e-mail heads it at once; this
 * customer's Email Client queries are asked again too.
 */
export function useSendEmail() {
  const service = useCrmService();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: ContactDraft) => {
      const result = await service.saveContact(draft);
      if (result.outcome === 'Success' && !isSameContact(draft, result.contact)) {
        throw new MalformedResponseError(
          { operation: 'saveContactHistory', service: 'crmCustomerDataService' },
          `the answer is not the e-mail sent (${result.contact.contactHistoryId || 'no id'})`,
        );
      }
      return result;
    },
    retry: false,
    onSuccess: (result, draft) => {
      if (result.outcome === 'Success')
        void queryClient.invalidateQueries({ queryKey: emailKeys.customer(draft.customerNumber) });
    },
  });
}
