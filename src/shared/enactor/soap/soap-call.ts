import {
  callSignal,
  HttpStatusError,
  MalformedResponseError,
  ResponseTooLargeError,
  SoapFaultError,
  type Origin,
  type ServiceId,
} from '../errors';
import type { Transport } from '../transport';
import type { SoapFault } from './envelope';
import type { PagedAnswer } from './paged-array-list';
import { buildEnvelope, soapHeaders, type SoapVersion } from './soap-request';
import type { XmlElement } from './xml-reader';

/** The largest answer accepted when an endpoint names no limit (10,000 name-search rows are 13.3 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 25_000_000;

export interface SoapEndpoint {
  /** Which service this is: every failure of a call to it names it. */
  readonly service: ServiceId;
  readonly url: string;
  readonly soapVersion: SoapVersion;
  readonly timeoutMs: number;
  readonly transport: Transport;
  /** Answers longer than this are refused unread (ResponseTooLargeError). */
  readonly maxResponseBytes?: number | undefined;
  /** Where large search answers are decoded (the decode worker in the browser). */
  readonly decoder?: OffThreadDecoder | undefined;
}

/**
 * One operation's whole wire shape: its name, the namespace of its `{operation}Response`,
 * the Body payload for an input (every user value escaped) and the domain value of an answer.
 * A decoder throws on anything it cannot read, or on an answer about something other than
 * `input` (a write's echo is checked against what was sent); the call turns that into a
 * malformed answer.
 */
export interface SoapOperation<Input, Output> {
  readonly operation: string;
  readonly responseNs: string;
  encode(input: Input): string;
  decode(response: XmlElement, input: Input): Output;
}

/**
 * What an answer turned out to be, before its HTTP status is weighed: a value, a fault, or a
 * problem (not an envelope, not the expected response, or the codec could not read it).
 * Plain data, so the decode worker can send it back.
 */
export type Answer<Output> =
  | { readonly kind: 'value'; readonly value: Output }
  | { readonly kind: 'fault'; readonly fault: SoapFault }
  | { readonly kind: 'problem'; readonly problem: string; readonly cause?: unknown };

/**
 * Decodes large search answers away from the thread that asked (see `decode-worker/`), so a
 * 10,000-row answer never holds up the till.
 */
export interface OffThreadDecoder {
  /** Gets ready for a first large answer (loads and starts the worker). */
  warm(): void;
  /**
   * The answer to `operation` in this body, or null when it cannot decode it (then the
   * caller does). A worker that fails mid-way gives a problem answer; it rejects only when the
   * caller gives up.
   */
  decode(
    operation: string,
    body: Blob,
    signal?: AbortSignal,
  ): Promise<Answer<PagedAnswer<unknown>> | null>;
}

/**
 * The parser and `openAnswer`: loaded with the first answer, not at start-up (the request is
 * sent meanwhile, so the wait overlaps the server's).
 */
export const answerReader = () => import('./open-answer');

/**
 * The answer's value, or the one typed error it amounts to: a fault is a fault whatever the
 * status; otherwise an HTTP error status wins (an error page from a proxy is an HTTP error
 * first, not a malformed SOAP response).
 */
export function settle<Output>(answer: Answer<Output>, response: Response, origin: Origin): Output {
  if (answer.kind === 'fault') {
    const { code, reason, detail } = answer.fault;
    throw new SoapFaultError(origin, code, reason, detail, response.status);
  }
  if (!response.ok) throw new HttpStatusError(origin, response.status, response.statusText);
  if (answer.kind === 'value') return answer.value;
  throw new MalformedResponseError(origin, answer.problem, { cause: answer.cause });
}

/** Below this, an answer whose length is known is read straight as text (no Blob round trip). */
const SMALL_BYTES = 256 * 1024;

/**
 * Reads a body, refusing it when it is longer than `limit` bytes: from Content-Length before
 * reading, else once it is in. A large or unannounced one is read as a Blob, which the browser
 * holds outside the page: reading it chunk by chunk into the page instead (to stop at the limit
 * mid-way) costs a main-thread task of about 200 ms for 13 MB at 4x slowdown, measured, however
 * the chunks are handled. So a 13 MB answer never blocks the till, and the request timeout
 * bounds an endless one. A small answer of known length comes as text.
 */
async function readBody(response: Response, limit: number, origin: Origin): Promise<Blob | string> {
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (length > limit) {
    void response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(origin, limit);
  }
  if (length < SMALL_BYTES) return response.text();
  const body = await response.blob();
  if (body.size > limit) throw new ResponseTooLargeError(origin, limit);
  return body;
}

/** An answer's text: UTF-8, a byte-order mark dropped, as `Response.text()` reads it. */
export const textOf = async (body: Blob | string) =>
  typeof body === 'string' ? body : body.text();

/** A call's answer as it came: the response (for its status) and its body. */
export interface Exchange {
  readonly origin: { readonly operation: string; readonly service: ServiceId };
  readonly response: Response;
  /** Text when it was small and its length known, else a Blob the page has not read. */
  readonly body: Blob | string;
  /** Throws CancelledError if the caller has given up meanwhile. */
  readonly throwIfCancelled: () => void;
}

/**
 * Sends one SOAP call and reads its answer, or throws a typed EnactorError (network,
 * timeout, cancelled, too large): every way a call can go wrong ends in exactly one of them.
 */
export async function exchange(
  endpoint: SoapEndpoint,
  operation: string,
  payload: string,
  callerSignal?: AbortSignal,
): Promise<Exchange> {
  const origin = { operation, service: endpoint.service };
  const { signal, failure, throwIfCancelled } = callSignal(
    origin,
    endpoint.timeoutMs,
    callerSignal,
  );
  let response: Response;
  let body: Blob | string;
  try {
    response = await endpoint.transport(endpoint.url, {
      method: 'POST',
      headers: soapHeaders(endpoint.soapVersion, operation),
      body: buildEnvelope(endpoint.soapVersion, payload),
      signal,
    });
    body = await readBody(
      response,
      endpoint.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      origin,
    );
  } catch (cause) {
    if (cause instanceof ResponseTooLargeError) throw cause;
    throw failure(cause);
  }
  throwIfCancelled();
  return { origin, response, body, throwIfCancelled };
}

export interface SoapCall {
  readonly operation: string;
  /** The Body's payload element, already XML-escaped by its codec. */
  readonly payload: string;
  /** Namespace URI of the `{operation}Response` wrapper. */
  readonly responseNs: string;
  readonly signal?: AbortSignal | undefined;
}

/** Sends one SOAP call and returns the `{operation}Response` element, or throws a typed error. */
export function callSoap(endpoint: SoapEndpoint, call: SoapCall): Promise<XmlElement> {
  const op: SoapOperation<null, XmlElement> = {
    ...call,
    encode: () => call.payload,
    decode: (payload) => payload,
  };
  return callOperation(endpoint, op, null, call.signal);
}

/** Calls an operation with its input and returns its decoded answer. */
export async function callOperation<Input, Output>(
  endpoint: SoapEndpoint,
  op: SoapOperation<Input, Output>,
  input: Input,
  signal?: AbortSignal,
): Promise<Output> {
  const reader = answerReader();
  const { origin, response, body } = await exchange(
    endpoint,
    op.operation,
    op.encode(input),
    signal,
  );
  const text = await textOf(body);
  return settle((await reader).openAnswer(text, op, input), response, origin);
}
