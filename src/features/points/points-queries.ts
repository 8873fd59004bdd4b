import { queryOptions } from '@tanstack/react-query';
import type { LoyaltyProgrammeClient } from '../../shared/enactor/loyalty-programme/loyalty-programme-client';

export const pointsKeys = {
  all: ['points'] as const,
  member: (customerNumber: string) => [...pointsKeys.all, 'member', customerNumber] as const,
};

// Points move with every sale and every other till: ask again whenever the screen opens.
export const balanceCheckOptions = (client: LoyaltyProgrammeClient, customerNumber: string) =>
  queryOptions({
    queryKey: pointsKeys.member(customerNumber),
    queryFn: ({ signal }) => client.balanceCheck(customerNumber, signal),
    staleTime: 0,
  });
