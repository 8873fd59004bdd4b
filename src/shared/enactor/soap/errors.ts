/**
 * Typed failures of an Enactor call. Screens switch on `kind` to tell the cashier what
 * happened and what to do; `retryable` says whether an automatic or one-tap retry is safe.
 */
export type EnactorErrorKind =
  'http' | 'soap-fault' | 'malformed' | 'timeout' | 'network' | 'cancelled';

export abstract class EnactorError extends Error {
  abstract readonly kind: EnactorErrorKind;
  abstract readonly retryable: boolean;
  constructor(
    message: string,
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class HttpStatusError extends EnactorError {
  readonly kind = 'http' as const;
  readonly retryable: boolean;
  constructor(
    operation: string,
    readonly status: number,
    readonly statusText: string,
    /** The server's own words about it (a REST error body), or empty. */
    readonly detail = '',
  ) {
    super(
      `${operation}: HTTP ${status} ${statusText}${detail ? `: ${detail}` : ''}`.trim(),
      operation,
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
    operation: string,
    readonly code: string,
    readonly reason: string,
    readonly detail: string,
    readonly httpStatus: number,
  ) {
    super(`${operation}: SOAP fault ${code}: ${reason}`, operation);
    this.name = 'SoapFaultError';
  }
}

export class MalformedResponseError extends EnactorError {
  readonly kind = 'malformed' as const;
  readonly retryable = true;
  constructor(operation: string, problem: string, options?: { cause?: unknown }) {
    super(`${operation}: malformed response: ${problem}`, operation, options);
    this.name = 'MalformedResponseError';
  }
}

export class TimeoutError extends EnactorError {
  readonly kind = 'timeout' as const;
  readonly retryable = true;
  constructor(
    operation: string,
    readonly timeoutMs: number,
  ) {
    super(`${operation}: no answer within ${timeoutMs} ms`, operation);
    this.name = 'TimeoutError';
  }
}

export class NetworkError extends EnactorError {
  readonly kind = 'network' as const;
  readonly retryable = true;
  constructor(operation: string, options?: { cause?: unknown }) {
    super(`${operation}: the server could not be reached`, operation, options);
    this.name = 'NetworkError';
  }
}

export class CancelledError extends EnactorError {
  readonly kind = 'cancelled' as const;
  readonly retryable = false;
  constructor(operation: string) {
    super(`${operation}: cancelled`, operation);
    this.name = 'CancelledError';
  }
}

/** Every concrete failure: switching on `kind` narrows to the one with its details. */
export type AnyEnactorError =
  | HttpStatusError
  | SoapFaultError
  | MalformedResponseError
  | TimeoutError
  | NetworkError
  | CancelledError;

export function isEnactorError(value: unknown): value is AnyEnactorError {
  return value instanceof EnactorError;
}
