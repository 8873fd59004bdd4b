import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  HttpStatusError,
  isAuthRefusal,
  isNotFound,
  isRetryable,
  isUnknownOutcome,
  MalformedResponseError,
  NetworkError,
  SoapFaultError,
  TimeoutError,
} from '../enactor/errors';
import { explainError } from './explain-error';

const crm = { operation: 'getCustomerDetails', service: 'crmCustomerDataService' } as const;
const points = { operation: 'Loyalty/Earn', service: 'loyaltyProgramme' } as const;

describe('named checks', () => {
  it('tells an unknown outcome (network, timeout) from a refusal', () => {
    expect(isUnknownOutcome(new NetworkError(crm))).toBe(true);
    expect(isUnknownOutcome(new TimeoutError(crm, 5000))).toBe(true);
    expect(isUnknownOutcome(new SoapFaultError(crm, 'c', 'r', '', 500))).toBe(false);
    expect(isUnknownOutcome(new Error('bug'))).toBe(false);
  });
  it('knows what sending again can fix', () => {
    expect(isRetryable(new HttpStatusError(points, 400, 'Bad Request'))).toBe(false);
    expect(isRetryable(new HttpStatusError(points, 503, 'Unavailable'))).toBe(true);
    expect(isRetryable(new HttpStatusError(points, 429, 'Too Many'))).toBe(true);
    expect(isRetryable(new MalformedResponseError(points, 'x'))).toBe(true);
    expect(isRetryable(new CancelledError(points))).toBe(false);
  });
  it('names not-a-member and a refused sign-in', () => {
    expect(isNotFound(new HttpStatusError(points, 404, 'Not Found'))).toBe(true);
    expect(isNotFound(new HttpStatusError(points, 400, 'Bad'))).toBe(false);
    expect(isAuthRefusal(new HttpStatusError(points, 401, 'Unauthorized'))).toBe(true);
    expect(isAuthRefusal(new HttpStatusError(points, 403, 'Forbidden'))).toBe(true);
  });
});

describe('explainError', () => {
  it('names the service the failure came from', () => {
    expect(explainError(new NetworkError(crm)).title).toBe("Can't reach the CRM service");
    expect(explainError(new TimeoutError(points, 10_000))).toMatchObject({
      title: 'The points programme is taking too long',
      canRetry: true,
    });
  });
  it('offers no Try again for a refusal that will come back the same', () => {
    expect(explainError(new HttpStatusError(points, 401, 'Unauthorized'))).toMatchObject({
      canRetry: false,
    });
    expect(
      explainError(new HttpStatusError(points, 400, 'Bad Request', 'Type is not valid')),
    ).toMatchObject({ title: 'The points programme refused: Type is not valid', canRetry: false });
  });
  it('quotes a SOAP fault and still explains a failure with no known service', () => {
    expect(explainError(new SoapFaultError('op', 'c', 'Database down', '', 500))).toMatchObject({
      title: 'The service reported a problem',
    });
    expect(explainError(new SoapFaultError(crm, 'c', 'Database down', '', 500)).advice).toContain(
      '"Database down"',
    );
    expect(explainError(new TypeError('x')).title).toBe('Something went wrong in the till');
  });
});
