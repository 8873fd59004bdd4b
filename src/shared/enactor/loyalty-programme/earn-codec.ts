import type { EarnRequest } from '../../domain/points';

/** POST Loyalty/Earn (seed 003): 204 and no body when the points are added. */
export const EARN = 'Loyalty/Earn';
export const EARN_PATH = '/Loyalty/Earn';

export function encodeEarn(request: EarnRequest) {
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
