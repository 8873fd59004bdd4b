import type { AuthorizeRequest, EarnRequest, PointsMember } from '../../domain/points';
import { MalformedResponseError } from '../errors';
import { AUTHORIZE, AUTHORIZE_PATH, decodeAuthorize, encodeAuthorize } from './authorize-codec';
import { BALANCE_CHECK, balanceCheckPath, decodeBalanceCheck } from './balance-check-codec';
import { EARN, EARN_PATH, encodeEarn } from './earn-codec';
import { callRest, type RestEndpoint } from './rest-call';

export interface LoyaltyProgrammeClient {
  balanceCheck(customerNumber: string, signal?: AbortSignal): Promise<PointsMember>;
  /** Not retried here: the outbox sends it, with the reference as idempotency key. */
  earn(request: EarnRequest, signal?: AbortSignal): Promise<void>;
  /** Not retried here: the cashier decides; the same sale id is the same authorisation. */
  authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<AuthorizeRequest>;
}

function decoded<T>(operation: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError({ operation, service: 'loyaltyProgramme' }, problem, {
      cause,
    });
  }
}

export function createLoyaltyProgrammeClient(endpoint: RestEndpoint): LoyaltyProgrammeClient {
  return {
    async balanceCheck(customerNumber, signal) {
      const json = await callRest(endpoint, {
        operation: BALANCE_CHECK,
        method: 'GET',
        path: balanceCheckPath(customerNumber),
        signal,
      });
      return decoded(BALANCE_CHECK, () => decodeBalanceCheck(json));
    },
    async earn(request, signal) {
      await callRest(endpoint, {
        operation: EARN,
        method: 'POST',
        path: EARN_PATH,
        body: encodeEarn(request),
        signal,
      });
    },
    async authorize(request, signal) {
      const json = await callRest(endpoint, {
        operation: AUTHORIZE,
        method: 'POST',
        path: AUTHORIZE_PATH,
        body: encodeAuthorize(request),
        signal,
      });
      return decoded(AUTHORIZE, () => decodeAuthorize(json, request));
    },
  };
}
