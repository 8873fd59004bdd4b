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
 * A decoder throws on anything it cannot read; the call turns that into a malformed answer.
 */
export interface SoapOperation<Input, Output> {
  readonly operation: string;
  readonly responseNs: string;
  encode(input: Input): string;
  decode(response: XmlElement): Output;
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
   * The answer to `operation` in these bytes (which are handed over), or null when it cannot
   * decode them: then the bytes are untouched and the caller decodes them itself. A worker
   * that fails mid-way gives a problem answer; it rejects only when the caller gives up.
   */
  decode(
    operation: string,
    bytes: Uint8Array,
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

/**
 * Reads a body, refusing it as soon as it is known to be longer than `limit` bytes: from
 * Content-Length before reading, or while reading, so a huge answer is never held whole.
 */
async function readBody(response: Response, limit: number, origin: Origin): Promise<Uint8Array> {
  const tooLarge = () => new ResponseTooLargeError(origin, limit);
  if (Number(response.headers.get('Content-Length')) > limit) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(r.value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** An answer's bytes as text, as `Response.text()` reads them (UTF-8, byte-order mark dropped). */
export const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A call's answer as it came: the response (for its status) and the body's bytes. */
export interface Exchange {
  readonly origin: { readonly operation: string; readonly service: ServiceId };
  readonly response: Response;
  readonly bytes: Uint8Array;
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
  let bytes: Uint8Array;
  try {
    response = await endpoint.transport(endpoint.url, {
      method: 'POST',
      headers: soapHeaders(endpoint.soapVersion, operation),
      body: buildEnvelope(endpoint.soapVersion, payload),
      signal,
    });
    bytes = await readBody(
      response,
      endpoint.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      origin,
    );
  } catch (cause) {
    if (cause instanceof ResponseTooLargeError) throw cause;
    throw failure(cause);
  }
  throwIfCancelled();
  return { origin, response, bytes, throwIfCancelled };
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
  const op = { ...call, encode: () => call.payload, decode: (payload: XmlElement) => payload };
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
  const { origin, response, bytes } = await exchange(
    endpoint,
    op.operation,
    op.encode(input),
    signal,
  );
  return settle((await reader).openAnswer(utf8(bytes), op), response, origin);
}
