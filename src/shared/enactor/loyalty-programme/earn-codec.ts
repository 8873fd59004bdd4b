import type { EarnRequest } from '../../domain/points';
import type { RestOperation } from './rest-call';

/** POST Loyalty/Earn (seed 003): 204 and no body when the points are added. */
export const EARN: RestOperation<EarnRequest, void> = {
  operation: 'Loyalty/Earn',
  method: 'POST',
  path: () => '/Loyalty/Earn',
  encode: encodeEarn,
  // 204: nothing to read. The reference is the key: a repeat is answered the same.
  decode: () => undefined,
};

function encodeEarn(request: EarnRequest) {
  if (!Number.isSafeInteger(request.points) || request.points <= 0) {
    throw new RangeError(`Points must be a whole number above 0, not ${request.points}`);
  }
  return {
    CustomerNumber: request.customerNumber,
    Points: request.points,
    Reason: request.reason,
    Reference: request.reference,
  };
}
