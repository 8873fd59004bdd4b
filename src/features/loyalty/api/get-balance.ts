import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { AccountReference } from '../../../shared/domain/loyalty';
import type { AccountBalanceService } from '../../../shared/enactor/account-balance-service/account-balance-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { loyaltyKeys } from './keys';

/**
 * AccountBalanceService · submitAccountBalanceEnquiry, by card or account. Balances change with
 * every sale: always ask again when a balance screen opens.
 */
export const balanceEnquiryOptions = (
  service: AccountBalanceService,
  reference: AccountReference,
) =>
  queryOptions({
    queryKey: loyaltyKeys.enquiry(reference),
    queryFn: ({ signal }) => service.enquire(reference, signal),
    staleTime: 0,
  });

/** The balance of an account or card; nothing is asked while there is none to look up. */
export function useBalanceEnquiry(reference: AccountReference | null) {
  const { accountBalanceService } = useTerminal();
  const options = balanceEnquiryOptions(
    accountBalanceService,
    reference ?? { accountId: '', accountType: '' },
  );
  return useQuery({ ...options, queryFn: reference === null ? skipToken : options.queryFn });
}
