import { queryOptions } from '@tanstack/react-query';
import type { AccountReference } from '../../shared/domain/loyalty';
import type { AccountBalanceService } from '../../shared/enactor/account-balance-service/account-balance-service';

export const LOYALTY_ACCOUNT_TYPE = 'customerLoyaltyAccount';

export const loyaltyKeys = {
  all: ['loyalty'] as const,
  accounts: (customerNumber: string) => [...loyaltyKeys.all, 'accounts', customerNumber] as const,
  enquiry: (reference: AccountReference) =>
    [
      ...loyaltyKeys.all,
      'enquiry',
      reference.accountType,
      'cardNumber' in reference ? `card:${reference.cardNumber}` : `account:${reference.accountId}`,
    ] as const,
};

export const loyaltyAccountsOptions = (service: AccountBalanceService, customerNumber: string) =>
  queryOptions({
    queryKey: loyaltyKeys.accounts(customerNumber),
    queryFn: ({ signal }) => service.searchLoyaltyAccounts(customerNumber, signal),
    staleTime: 30_000,
  });

// Balances change with every sale: always ask again when a balance screen opens.
export const balanceEnquiryOptions = (
  service: AccountBalanceService,
  reference: AccountReference,
) =>
  queryOptions({
    queryKey: loyaltyKeys.enquiry(reference),
    queryFn: ({ signal }) => service.enquire(reference, signal),
    staleTime: 0,
  });
