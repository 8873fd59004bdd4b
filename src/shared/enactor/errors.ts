/**
 * Every way an Enactor call fails, SOAP and REST alike, and the named checks the rest of the
 * terminal asks of a failure. This is the one place that knows what a failure means (can it
 * be sent again? may the server have applied it?); `shared/errors/explain-error.ts` puts it
 * into the cashier's words, and screens only render what they are told.
 */
export type EnactorErrorKind =
  'http' | 'soap-fault' | 'malformed' | 'too-large' | 'timeout' | 'network' | 'cancelled';

/** The services the terminal calls; endpoints carry theirs, so every failure names it. */
export type ServiceId =
  'customerService' | 'accountBalanceService' | 'crmCustomerDataService' | 'loyaltyProgramme';

/** Which operation failed, and on which service (a bare operation name leaves it unknown). */
export type Origin = string | { readonly operation: string; readonly service: ServiceId };

export abstract class EnactorError extends Error {
  abstract readonly kind: EnactorErrorKind;
  abstract readonly retryable: boolean;
  readonly operation: string;
  readonly service: ServiceId | null;

  constructor(message: string, origin: Origin, options?: { cause?: unknown }) {
    super(message, options);
    this.operation = typeof origin === 'string' ? origin : origin.operation;
    this.service = typeof origin === 'string' ? null : origin.service;
  }
}

const operationOf = (origin: Origin) => (typeof origin === 'string' ? origin : origin.operation);

export class HttpStatusError extends EnactorError {
  readonly kind = 'http' as const;
  readonly retryable: boolean;
  constructor(
    origin: Origin,
    readonly status: number,
    readonly statusText: string,
    /** The server's own words about it (a REST error body), or empty. */
    readonly detail = '',
  ) {
    super(
      `${operationOf(origin)}: HTTP ${status} ${statusText}${detail ? `: ${detail}` : ''}`.trim(),
      origin,
    );
    this.name = 'HttpStatusError';
    // 4xx other than 408/429 will fail the same way again.
    this.retryable = status >= 500 || status === 408 || status === 429;
  }
}

export class SoapFaultError extends EnactorError {
  readonly kind = 'soap-fault' as const;
  readonly retryable = true;
  constructor(
    origin: Origin,
    readonly code: string,
    readonly reason: string,
    readonly detail: string,
    readonly httpStatus: number,
  ) {
    super(`${operationOf(origin)}: SOAP fault ${code}: ${reason}`, origin);
    this.name = 'SoapFaultError';
  }
}

export class MalformedResponseError extends EnactorError {
  readonly kind = 'malformed' as const;
  readonly retryable = true;
  constructor(origin: Origin, problem: string, options?: { cause?: unknown }) {
    super(`${operationOf(origin)}: malformed response: ${problem}`, origin, options);
    this.name = 'MalformedResponseError';
  }
}

/**
 * The answer was longer than the till accepts (`maxResponseBytes`): refused before it was
 * read whole. Asking the same again gets the same answer; a narrower search may not.
 */
export class ResponseTooLargeError extends EnactorError {
  readonly kind = 'too-large' as const;
  readonly retryable = false;
  constructor(
    origin: Origin,
    readonly limitBytes: number,
  ) {
    super(`${operationOf(origin)}: the answer is larger than ${limitBytes} bytes`, origin);
    this.name = 'ResponseTooLargeError';
  }
}

export class TimeoutError extends EnactorError {
  readonly kind = 'timeout' as const;
  readonly retryable = true;
  constructor(
    origin: Origin,
    readonly timeoutMs: number,
  ) {
    super(`${operationOf(origin)}: no answer within ${timeoutMs} ms`, origin);
    this.name = 'TimeoutError';
  }
}

export class NetworkError extends EnactorError {
  readonly kind = 'network' as const;
  readonly retryable = true;
  constructor(origin: Origin, options?: { cause?: unknown }) {
    super(`${operationOf(origin)}: the server could not be reached`, origin, options);
    this.name = 'NetworkError';
  }
}

export class CancelledError extends EnactorError {
  readonly kind = 'cancelled' as const;
  readonly retryable = false;
  constructor(origin: Origin) {
    super(`${operationOf(origin)}: cancelled`, origin);
    this.name = 'CancelledError';
  }
}

/** Every concrete failure: switching on `kind` narrows to the one with its details. */
export type AnyEnactorError =
  | HttpStatusError
  | SoapFaultError
  | MalformedResponseError
  | ResponseTooLargeError
  | TimeoutError
  | NetworkError
  | CancelledError;

export function isEnactorError(value: unknown): value is AnyEnactorError {
  return value instanceof EnactorError;
}

/**
 * The call may or may not have reached the server (the connection dropped, or no answer in
 * time). A read can simply be asked again; a write may already be applied, so only a write
 * with an idempotency key may be sent again without asking.
 */
export function isUnknownOutcome(error: unknown): boolean {
  return isEnactorError(error) && (error.kind === 'network' || error.kind === 'timeout');
}

/** Sending the same again can succeed (a refusal that will come back the same cannot). */
export function isRetryable(error: unknown): boolean {
  return isEnactorError(error) ? error.retryable : true;
}

/** The server has no such thing (HTTP 404): for the points programme, not a member. */
export function isNotFound(error: unknown): boolean {
  return isEnactorError(error) && error.kind === 'http' && error.status === 404;
}

/** The server refused the till's credentials: only renewing them helps. */
export function isAuthRefusal(error: unknown): boolean {
  return (
    isEnactorError(error) && error.kind === 'http' && (error.status === 401 || error.status === 403)
  );
}

/**
 * One call's signal: the caller's (a new search cancels the old) joined with the timeout, and
 * the classifier that tells, once the transport throws, which of the three it was. SOAP and
 * REST calls share it, so a dropped connection means the same everywhere.
 */
export function callSignal(
  origin: Origin,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): {
  readonly signal: AbortSignal;
  readonly failure: (cause: unknown) => CancelledError | TimeoutError | NetworkError;
  /** Throws CancelledError if the caller gave up while the answer was being read. */
  readonly throwIfCancelled: () => void;
} {
  const timeout = AbortSignal.timeout(timeoutMs);
  return {
    signal: callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout,
    failure: (cause) => {
      if (callerSignal?.aborted) return new CancelledError(origin);
      if (timeout.aborted) return new TimeoutError(origin, timeoutMs);
      return new NetworkError(origin, { cause });
    },
    throwIfCancelled: () => {
      if (callerSignal?.aborted) throw new CancelledError(origin);
    },
  };
}
