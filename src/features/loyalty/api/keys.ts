import type { AccountReference } from '../../../shared/domain/loyalty';

/** Every query of the loyalty feature is under `loyaltyKeys.all`. */
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
