import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoyaltyProgrammeClient } from '../../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { pointsKeys } from './keys';

/**
 * REST `GET Loyalty/{id}/BalanceCheck`. Points move with every sale and every other till: ask
 * again whenever the screen opens.
 */
export const pointsMemberOptions = (client: LoyaltyProgrammeClient, customerNumber: string) =>
  queryOptions({
    queryKey: pointsKeys.member(customerNumber),
    queryFn: ({ signal }) => client.balanceCheck(customerNumber, signal),
    staleTime: 0,
  });

/** The member's points, history included (the client comes from `useProgrammeClient`). */
export function usePointsMember(client: LoyaltyProgrammeClient, customerNumber: string) {
  return useQuery(pointsMemberOptions(client, customerNumber));
}
