import { describe, expect, it } from 'vitest';
import type { Transport } from '../transport';
import { buildEnvelope } from './envelope';
import {
  CancelledError,
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  ResponseTooLargeError,
  SoapFaultError,
  TimeoutError,
} from '../errors';
import { explainError } from '../../errors/explain-error';
import { NS } from './namespaces';
import { testEndpoint } from '../../../testing/enactor';
import { callSoap } from './soap-call';

const call = { operation: 'op', payload: '<x/>', responseNs: 'urn:x' };
const endpoint = (transport: Transport, timeoutMs = 2000, maxResponseBytes?: number) => ({
  ...testEndpoint('customerService', transport, { timeoutMs }),
  maxResponseBytes,
});
const answer =
  (body: string, status = 200): Transport =>
  async () =>
    new Response(body, { status, statusText: status === 200 ? 'OK' : 'Error' });

/** A transport that never answers until its signal aborts, as fetch does. */
const hanging: Transport = (_url, init) =>
  new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });

describe('callSoap', () => {
  it('returns the {operation}Response payload', async () => {
    const payload = await callSoap(
      endpoint(answer(buildEnvelope('1.1', '<r:opResponse xmlns:r="urn:x">ok</r:opResponse>'))),
      call,
    );
    expect(payload).toMatchObject({ local: 'opResponse', text: 'ok' });
  });

  it('maps a fault with HTTP 500 to SoapFaultError', async () => {
    const fault = `<e:Envelope xmlns:e="${NS.soap11}"><e:Body><e:Fault><faultcode>e:Client</faultcode><faultstring>Bad request</faultstring></e:Fault></e:Body></e:Envelope>`;
    const error = await callSoap(endpoint(answer(fault, 500)), call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ code: 'e:Client', reason: 'Bad request', httpStatus: 500 });
  });

  it('maps a non-SOAP error page to HttpStatusError', async () => {
    const error = await callSoap(endpoint(answer('<html>502</html>', 502)), call).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 502, retryable: true });
  });

  it.each([
    ['truncated XML', '<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body>'],
    ['plain text', 'Service Unavailable'],
    ['the wrong response element', buildEnvelope('1.1', '<r:otherResponse xmlns:r="urn:x"/>')],
  ])('maps %s to MalformedResponseError', async (_what, body) => {
    await expect(callSoap(endpoint(answer(body)), call)).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });

  it('maps an unreachable server to NetworkError', async () => {
    const refused: Transport = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(callSoap(endpoint(refused), call)).rejects.toBeInstanceOf(NetworkError);
  });

  it('maps a slow server to TimeoutError', async () => {
    const error = await callSoap(endpoint(hanging, 30), call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30 });
  });

  it('maps the caller aborting to CancelledError', async () => {
    const controller = new AbortController();
    const pending = callSoap(endpoint(hanging), { ...call, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('the answer size limit', () => {
  const ok = buildEnvelope('1.1', '<r:opResponse xmlns:r="urn:x">ok</r:opResponse>');
  /** A body in chunks, counting how many the till pulled. */
  function chunked(chunks: number, size: number) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(size).fill(32));
      },
    });
    return { body, pulled: () => pulled };
  }

  it('refuses an answer whose Content-Length is over it, unread', async () => {
    const stream = chunked(100, 1000);
    const transport: Transport = async () =>
      new Response(stream.body, { headers: { 'Content-Length': '100000' } });
    const error = await callSoap(endpoint(transport, 2000, 50_000), call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ kind: 'too-large', limitBytes: 50_000, retryable: false });
    expect(stream.pulled()).toBeLessThanOrEqual(1);
  });

  it('refuses an answer with no length once it is in, before it is read as text', async () => {
    const stream = chunked(60, 1000);
    const transport: Transport = async () => new Response(stream.body);
    await expect(callSoap(endpoint(transport, 2000, 50_000), call)).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it('accepts an answer exactly at the limit', async () => {
    const size = new TextEncoder().encode(ok).length;
    await expect(callSoap(endpoint(answer(ok), 2000, size), call)).resolves.toMatchObject({
      text: 'ok',
    });
    await expect(callSoap(endpoint(answer(ok), 2000, size - 1), call)).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it('tells the cashier to narrow the search, and that trying the same again will not help', () => {
    expect(
      explainError(
        new ResponseTooLargeError({ operation: 'op', service: 'customerService' }, 25_000_000),
      ),
    ).toMatchObject({
      title: 'The answer was too large: narrow the search',
      canRetry: false,
    });
  });
});
