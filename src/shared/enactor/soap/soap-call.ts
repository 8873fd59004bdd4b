import {
  callSignal,
  HttpStatusError,
  MalformedResponseError,
  SoapFaultError,
  type ServiceId,
} from '../errors';
import type { Transport } from '../transport';
import { buildEnvelope, openEnvelope, soapHeaders, type SoapVersion } from './envelope';
import type { XmlElement } from './xml-reader';

export interface SoapEndpoint {
  /** Which service this is: every failure of a call to it names it. */
  readonly service: ServiceId;
  readonly url: string;
  readonly soapVersion: SoapVersion;
  readonly timeoutMs: number;
  readonly transport: Transport;
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
  const origin = { operation: call.operation, service: endpoint.service };
  const { signal, failure, throwIfCancelled } = callSignal(origin, endpoint.timeoutMs, call.signal);
  let response: Response;
  let text: string;
  try {
    response = await endpoint.transport(endpoint.url, {
      method: 'POST',
      headers: soapHeaders(endpoint.soapVersion, call.operation),
      body: buildEnvelope(endpoint.soapVersion, call.payload),
      signal,
    });
    text = await response.text();
  } catch (cause) {
    throw failure(cause);
  }
  throwIfCancelled();

  let opened: ReturnType<typeof openEnvelope>;
  try {
    opened = openEnvelope(text);
  } catch (cause) {
    // An error page from a proxy is an HTTP error first, not a malformed SOAP response.
    if (!response.ok) throw new HttpStatusError(origin, response.status, response.statusText);
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError(origin, problem, { cause });
  }
  if (opened.kind === 'fault') {
    const { code, reason, detail } = opened.fault;
    throw new SoapFaultError(origin, code, reason, detail, response.status);
  }
  if (!response.ok) throw new HttpStatusError(origin, response.status, response.statusText);
  const { payload } = opened;
  if (payload.local !== `${call.operation}Response` || payload.ns !== call.responseNs) {
    throw new MalformedResponseError(
      origin,
      `expected ${call.operation}Response in "${call.responseNs}", found <${payload.local}> in "${payload.ns}"`,
    );
  }
  return payload;
}

/** Calls an operation with its input and returns its decoded answer. */
export async function callOperation<Input, Output>(
  endpoint: SoapEndpoint,
  op: SoapOperation<Input, Output>,
  input: Input,
  signal?: AbortSignal,
): Promise<Output> {
  const response = await callSoap(endpoint, {
    operation: op.operation,
    responseNs: op.responseNs,
    payload: op.encode(input),
    signal,
  });
  try {
    return op.decode(response, input);
  } catch (cause) {
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError(
      { operation: op.operation, service: endpoint.service },
      problem,
      { cause },
    );
  }
}
