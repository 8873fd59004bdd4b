import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AuthorizeRequest } from '../../../shared/domain/points';
import { useProgrammeClient } from './programme-client';
import { pointsKeys } from './keys';

/**
 * REST `POST Loyalty/Authorize`: holds points against a sale. Sent at once, not queued (the
 * customer is waiting to pay), and never retried by itself; the same sale id never holds
 * points twice, so the cashier's Try again is safe. The member's figures are asked again
 * whatever the answer.
 */
export function useRedeemPoints(customerNumber: string) {
  const client = useProgrammeClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AuthorizeRequest) => {
      if (!client) throw new Error('No points programme is configured');
      return client.authorize(request);
    },
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pointsKeys.member(customerNumber) }),
  });
}
