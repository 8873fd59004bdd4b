import type { AuthorizeRequest, EarnRequest, PointsMember } from '../../domain/points';
import { AUTHORIZE } from './authorize-codec';
import { BALANCE_CHECK } from './balance-check-codec';
import { EARN } from './earn-codec';
import { callRestOperation, type RestEndpoint } from './rest-call';

export interface LoyaltyProgrammeClient {
  balanceCheck(customerNumber: string, signal?: AbortSignal): Promise<PointsMember>;
  /** Not retried here: the outbox sends it, with the reference as idempotency key. */
  earn(request: EarnRequest, signal?: AbortSignal): Promise<void>;
  /** Not retried here: the cashier decides; the same sale id is the same authorisation. */
  authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<AuthorizeRequest>;
}

export function createLoyaltyProgrammeClient(endpoint: RestEndpoint): LoyaltyProgrammeClient {
  return {
    balanceCheck: (customerNumber, signal) =>
      callRestOperation(endpoint, BALANCE_CHECK, customerNumber, signal),
    earn: (request, signal) => callRestOperation(endpoint, EARN, request, signal),
    authorize: (request, signal) => callRestOperation(endpoint, AUTHORIZE, request, signal),
  };
}
