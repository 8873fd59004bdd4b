import { callSignal } from '../errors';
import { buildEnvelope, soapHeaders } from './soap-request';
import { NS } from './namespaces';
import type { SoapEndpoint, SoapOperation } from './soap-call';
import { parseXml } from './xml-parser';

/** What a live check of one service found (Diagnostics). */
export interface ProbeResult {
  /** An HTTP answer came back at all. */
  readonly reachable: boolean;
  readonly status: number | null;
  /** The SOAP version of the envelope answered, or null for none (an error page). */
  readonly soapVersion: '1.1' | '1.2' | null;
  readonly latencyMs: number;
  /** The failure in a few words, or '' when the service answered normally or with a fault. */
  readonly problem: string;
}

/**
 * Sends one harmless read (its answer is not used) and reports whether the service answered,
 * in which SOAP version, and how fast. A SOAP fault still counts as reachable: the server is
 * there and speaks SOAP.
 */
export async function probeSoapService<Input>(
  endpoint: SoapEndpoint,
  op: SoapOperation<Input, unknown>,
  input: Input,
): Promise<ProbeResult> {
  const origin = { operation: op.operation, service: endpoint.service };
  const { signal, failure } = callSignal(origin, endpoint.timeoutMs, undefined);
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await endpoint.transport(endpoint.url, {
      method: 'POST',
      headers: soapHeaders(endpoint.soapVersion, op.operation),
      body: buildEnvelope(endpoint.soapVersion, op.encode(input)),
      signal,
    });
    const text = await response.text();
    const latencyMs = latency();
    let soapVersion: ProbeResult['soapVersion'] = null;
    try {
      const ns = parseXml(text).ns;
      soapVersion = ns === NS.soap11 ? '1.1' : ns === NS.soap12 ? '1.2' : null;
    } catch {
      soapVersion = null;
    }
    return {
      reachable: true,
      status: response.status,
      soapVersion,
      latencyMs,
      problem: soapVersion ? '' : 'the answer is not a SOAP envelope',
    };
  } catch (cause) {
    return {
      reachable: false,
      status: null,
      soapVersion: null,
      latencyMs: latency(),
      problem: failure(cause).message,
    };
  }
}
