import type {
  AccountReference,
  BalanceEnquiryResult,
  BalanceUpdateRequest,
  BalanceUpdateResult,
  LoyaltyAccountSummary,
} from '../../domain/loyalty';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import { BALANCE_ENQUIRY } from './balance-enquiry-codec';
import { LOYALTY_ACCOUNT_SEARCH } from './loyalty-account-search-codec';

export interface AccountBalanceService {
  searchLoyaltyAccounts(
    customerNumber: string,
    signal?: AbortSignal,
  ): Promise<readonly LoyaltyAccountSummary[]>;
  enquire(account: AccountReference, signal?: AbortSignal): Promise<BalanceEnquiryResult>;
  /** Not retried here: the outbox decides, with the transaction id as idempotency key. */
  update(request: BalanceUpdateRequest, signal?: AbortSignal): Promise<BalanceUpdateResult>;
}

export function createAccountBalanceService(
  endpoint: SoapEndpoint,
  context: { currencyId: string; locationId: string },
): AccountBalanceService {
  return {
    searchLoyaltyAccounts: (customerNumber, signal) =>
      callOperation(endpoint, LOYALTY_ACCOUNT_SEARCH, customerNumber, signal),
    enquire: (account, signal) =>
      callOperation(endpoint, BALANCE_ENQUIRY, { account, context }, signal),
    async update(request, signal) {
      // Loaded on the first update (the outbox fetches it after start-up): start-up stays small.
      const { BALANCE_UPDATE } = await import('./balance-update-codec');
      return callOperation(endpoint, BALANCE_UPDATE, request, signal);
    },
  };
}
