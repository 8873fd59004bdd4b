import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountBalanceService } from '../../../shared/enactor/account-balance-service/account-balance-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { loyaltyKeys } from './keys';

/** AccountBalanceService · submitLoyaltyAccountSearch: a customer's loyalty accounts. */
export const loyaltyAccountsOptions = (service: AccountBalanceService, customerNumber: string) =>
  queryOptions({
    queryKey: loyaltyKeys.accounts(customerNumber),
    queryFn: ({ signal }) => service.searchLoyaltyAccounts(customerNumber, signal),
    staleTime: 30_000,
  });

export function useLoyaltyAccounts(customerNumber: string) {
  const { accountBalanceService } = useTerminal();
  return useQuery(loyaltyAccountsOptions(accountBalanceService, customerNumber));
}
