import * as z from 'zod/mini';
import type { AuthorizeRequest } from '../../domain/points';
import type { RestOperation } from './rest-call';

function encodeAuthorize(request: AuthorizeRequest) {
  if (!Number.isSafeInteger(request.requestedPoints) || request.requestedPoints <= 0) {
    throw new RangeError(`RequestedPoints must be a whole number above 0`);
  }
  return {
    Type: 'loyalty',
    Ref: request.ref,
    SaleId: request.saleId,
    RequestedPoints: request.requestedPoints,
  };
}

const echo = z.object({
  Type: z.string(),
  Ref: z.string(),
  SaleId: z.string(),
  RequestedPoints: z.nullish(z.number()),
  RequestedAmount: z.nullish(z.number()),
});

/**
 * The echo must be this request's: an answer about another member, sale or number of points
 * (or one in money when points were asked for) is not this authorisation.
 */
function decodeAuthorize(json: unknown, request: AuthorizeRequest): AuthorizeRequest {
  const parsed = echo.safeParse(json);
  if (!parsed.success) throw new Error('the answer is not an authorisation echo');
  const { Type, Ref, SaleId, RequestedPoints } = parsed.data;
  if (Type.toLowerCase() !== 'loyalty') throw new Error(`the answer is for Type ${Type}`);
  if (Ref !== request.ref || SaleId !== request.saleId) {
    throw new Error(`the answer is for ${Ref} / ${SaleId}, not ${request.ref} / ${request.saleId}`);
  }
  if (RequestedPoints !== request.requestedPoints) {
    throw new Error(
      `the answer holds ${RequestedPoints ?? 'no'} points, not ${request.requestedPoints}`,
    );
  }
  return { ref: Ref, saleId: SaleId, requestedPoints: RequestedPoints };
}

/** POST Loyalty/Authorize (seed 003): 200 echoing the request when the points are held. */
export const AUTHORIZE: RestOperation<AuthorizeRequest, AuthorizeRequest> = {
  operation: 'Loyalty/Authorize',
  method: 'POST',
  path: () => '/Loyalty/Authorize',
  encode: encodeAuthorize,
  decode: decodeAuthorize,
};
