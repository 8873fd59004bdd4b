import type { Transport } from '../transport';
import { buildEnvelope, openEnvelope, soapHeaders, type SoapVersion } from './envelope';
import {
  CancelledError,
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  SoapFaultError,
  TimeoutError,
} from './errors';
import type { XmlElement } from './xml-reader';

export interface SoapEndpoint {
  readonly url: string;
  readonly soapVersion: SoapVersion;
  readonly timeoutMs: number;
  readonly transport: Transport;
}

export interface SoapCall {
  readonly operation: string;
  /** The Body's payload element, already XML-escaped by its codec. */
  readonly payload: string;
  /** Namespace URI of the `{operation}Response` wrapper. */
  readonly responseNs: string;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Sends one SOAP call and returns the `{operation}Response` element, or throws a typed
 * EnactorError: every way a call can go wrong ends in exactly one of them.
 */
export async function callSoap(endpoint: SoapEndpoint, call: SoapCall): Promise<XmlElement> {
  const { operation } = call;
  const timeout = AbortSignal.timeout(endpoint.timeoutMs);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const failure = (cause: unknown) => {
    if (call.signal?.aborted) return new CancelledError(operation);
    if (timeout.aborted) return new TimeoutError(operation, endpoint.timeoutMs);
    return new NetworkError(operation, { cause });
  };

  let response: Response;
  let text: string;
  try {
    response = await endpoint.transport(endpoint.url, {
      method: 'POST',
      headers: soapHeaders(endpoint.soapVersion, operation),
      body: buildEnvelope(endpoint.soapVersion, call.payload),
      signal,
    });
    text = await response.text();
  } catch (cause) {
    throw failure(cause);
  }
  if (call.signal?.aborted) throw new CancelledError(operation);

  let opened: ReturnType<typeof openEnvelope>;
  try {
    opened = openEnvelope(text);
  } catch (cause) {
    // An error page from a proxy is an HTTP error first, not a malformed SOAP response.
    if (!response.ok) throw new HttpStatusError(operation, response.status, response.statusText);
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError(operation, problem, { cause });
  }
  if (opened.kind === 'fault') {
    const { code, reason, detail } = opened.fault;
    throw new SoapFaultError(operation, code, reason, detail, response.status);
  }
  if (!response.ok) throw new HttpStatusError(operation, response.status, response.statusText);

  const { payload } = opened;
  if (payload.local !== `${operation}Response` || payload.ns !== call.responseNs) {
    throw new MalformedResponseError(
      operation,
      `expected ${operation}Response in "${call.responseNs}", found <${payload.local}> in "${payload.ns}"`,
    );
  }
  return payload;
}

/** Calls an operation and decodes its response; a decoder's complaint is a malformed response. */
export async function callOperation<T>(
  endpoint: SoapEndpoint,
  op: { readonly operation: string; readonly responseNs: string },
  payload: string,
  decode: (response: XmlElement) => T,
  signal?: AbortSignal,
): Promise<T> {
  const response = await callSoap(endpoint, { ...op, payload, signal });
  try {
    return decode(response);
  } catch (cause) {
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError(op.operation, problem, { cause });
  }
}
