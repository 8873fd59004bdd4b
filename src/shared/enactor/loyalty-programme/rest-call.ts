import { callSignal, HttpStatusError, MalformedResponseError } from '../errors';
import type { Transport } from '../transport';

export interface RestEndpoint {
  /** `https://host:port`, or a path on the terminal's origin; `/Loyalty/...` is appended. */
  readonly baseUrl: string;
  /** Absent where the store's reverse proxy adds the Bearer token on `/Loyalty/`. */
  readonly token?: string | undefined;
  readonly timeoutMs: number;
  readonly transport: Transport;
}

export interface RestCall {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
}

const MAX_DETAIL = 200;

/** The server's words from an error body: JSON with a message field, or plain text. */
function errorDetail(text: string): string {
  const trimmed = text.trim();
  let detail = trimmed;
  try {
    const json = JSON.parse(trimmed) as unknown;
    if (typeof json === 'string') detail = json;
    else if (json && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      const found = ['Message', 'message', 'error', 'Error', 'title'].find(
        (k) => typeof record[k] === 'string',
      );
      detail = found ? (record[found] as string) : '';
    }
  } catch {
    // Plain text, or an HTML error page from a proxy: keep text only if it looks like words.
    if (/^\s*</.test(detail)) detail = '';
  }
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail;
}

/**
 * One call to the REST loyalty controller with its Bearer token. Returns the parsed JSON body
 * (null for 204), or throws the same typed errors as the SOAP client.
 */
export async function callRest(endpoint: RestEndpoint, call: RestCall): Promise<unknown> {
  const origin = { operation: call.operation, service: 'loyaltyProgramme' } as const;
  const { signal, failure, throwIfCancelled } = callSignal(origin, endpoint.timeoutMs, call.signal);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(endpoint.token ? { Authorization: `Bearer ${endpoint.token}` } : {}),
  };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json; charset=utf-8';

  let response: Response;
  let text: string;
  try {
    response = await endpoint.transport(`${endpoint.baseUrl.replace(/\/+$/, '')}${call.path}`, {
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      signal,
    });
    text = await response.text();
  } catch (cause) {
    throw failure(cause);
  }
  throwIfCancelled();
  if (!response.ok) {
    throw new HttpStatusError(origin, response.status, response.statusText, errorDetail(text));
  }
  if (response.status === 204 || text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new MalformedResponseError(origin, 'the body is not JSON', { cause });
  }
}

/**
 * One REST operation's whole wire shape, as a SOAP codec's: its name, method and path for an
 * input, the JSON body sent, and the domain value of the answer (checked against what was sent
 * where the answer is an echo). A decoder throws on anything it cannot read.
 */
export interface RestOperation<Input, Output> {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  path(input: Input): string;
  encode?(input: Input): unknown;
  decode(json: unknown, input: Input): Output;
}

/** Calls a REST operation with its input and returns its decoded answer. */
export async function callRestOperation<Input, Output>(
  endpoint: RestEndpoint,
  op: RestOperation<Input, Output>,
  input: Input,
  signal?: AbortSignal,
): Promise<Output> {
  const json = await callRest(endpoint, {
    operation: op.operation,
    method: op.method,
    path: op.path(input),
    ...(op.encode && { body: op.encode(input) }),
    signal,
  });
  try {
    return op.decode(json, input);
  } catch (cause) {
    const problem = cause instanceof Error ? cause.message : String(cause);
    throw new MalformedResponseError(
      { operation: op.operation, service: 'loyaltyProgramme' },
      problem,
      { cause },
    );
  }
}
