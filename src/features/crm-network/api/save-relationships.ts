import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type {
  RelationshipChange,
  RelationshipsSaveResult,
} from '../../../shared/domain/crm-network';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { networkKeys } from './keys';

/**
 * CRMCustomerDataService · saveCustomerRelationships. Sent at most once at a time (a second
 * tap while one is on its way does nothing: the mutation's pending state reaches the screen a
 * render later, too late for a double tap) and never retried by itself; the cashier's Try
 * again sends the very same changes, whose key is the pair, so a save the server stored before
 * its answer was lost stores nothing more. The answer is checked against what was sent (the
 * service). Once the server has answered, this customer's list is what it said, and every
 * relationship and affiliation list is asked again: the other side of each pair changed too.
 */
export function useSaveRelationships(customerNumber: string) {
  const service = useCrmService();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (changes: readonly RelationshipChange[]) =>
      service.saveRelationships(customerNumber, changes),
    retry: false,
    onSuccess: (result) => {
      if (result.outcome !== 'NoCustomer')
        queryClient.setQueryData(networkKeys.relationships(customerNumber), [
          ...result.relationships,
        ]);
      void queryClient.invalidateQueries({
        queryKey: networkKeys.all,
        predicate: ({ queryKey: [, kind, whose] }) =>
          kind === 'affiliated' || (kind === 'relationships' && whose !== customerNumber),
      });
    },
  });
  const busy = useRef(false);
  /** Sends `changes` unless a save is on its way; `onAnswer` hears what the server said. */
  const submit = (
    changes: readonly RelationshipChange[],
    onAnswer?: (result: RelationshipsSaveResult) => void,
  ) => {
    if (busy.current) return;
    busy.current = true;
    mutation
      .mutateAsync(changes)
      .then(onAnswer, () => undefined)
      .finally(() => {
        busy.current = false;
      });
  };
  return { mutation, submit };
}
