import type {
  AccountReference,
  BalanceEnquiryResult,
  BalanceUpdateRequest,
  BalanceUpdateResult,
  LoyaltyAccountSummary,
} from '../../domain/loyalty';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import type { XmlElement } from '../soap/xml-reader';
import {
  BALANCE_ENQUIRY,
  decodeBalanceEnquiry,
  encodeBalanceEnquiry,
} from './balance-enquiry-codec';
import {
  decodeLoyaltyAccountSearch,
  encodeLoyaltyAccountSearch,
  LOYALTY_ACCOUNT_SEARCH,
} from './loyalty-account-search-codec';

export interface AccountBalanceService {
  searchLoyaltyAccounts(
    customerNumber: string,
    signal?: AbortSignal,
  ): Promise<LoyaltyAccountSummary[]>;
  enquire(account: AccountReference, signal?: AbortSignal): Promise<BalanceEnquiryResult>;
  /** Not retried here: the outbox decides, with the transaction id as idempotency key. */
  update(request: BalanceUpdateRequest, signal?: AbortSignal): Promise<BalanceUpdateResult>;
}

export function createAccountBalanceService(
  endpoint: SoapEndpoint,
  context: { currencyId: string; locationId: string },
): AccountBalanceService {
  const call = <T>(
    op: { operation: string; responseNs: string },
    payload: string,
    decode: (response: XmlElement) => T,
    signal: AbortSignal | undefined,
  ) => callOperation(endpoint, op, payload, decode, signal);
  return {
    searchLoyaltyAccounts: async (customerNumber, signal) =>
      call(
        LOYALTY_ACCOUNT_SEARCH,
        encodeLoyaltyAccountSearch(customerNumber),
        decodeLoyaltyAccountSearch,
        signal,
      ),
    enquire: async (account, signal) =>
      call(BALANCE_ENQUIRY, encodeBalanceEnquiry(account, context), decodeBalanceEnquiry, signal),
    async update(request, signal) {
      // Loaded on the first update (the outbox sends them all): start-up stays small.
      const codec = await import('./balance-update-codec');
      return call(
        codec.BALANCE_UPDATE,
        codec.encodeBalanceUpdate(request),
        (response) => codec.decodeBalanceUpdate(response, request),
        signal,
      );
    },
  };
}
