import { callSignal } from '../errors';
import type { ProbeResult } from '../soap/probe';
import type { RestEndpoint } from './rest-call';

/**
 * A live check of the REST points programme: a BalanceCheck for a member that cannot exist.
 * 404 means the controller is there and took the token; 401/403 that it refused the token.
 */
export async function probeProgramme(endpoint: RestEndpoint): Promise<ProbeResult> {
  const origin = { operation: 'Loyalty/BalanceCheck', service: 'loyaltyProgramme' } as const;
  const { signal, failure } = callSignal(origin, endpoint.timeoutMs, undefined);
  const started = performance.now();
  try {
    const response = await endpoint.transport(
      `${endpoint.baseUrl.replace(/\/+$/, '')}/Loyalty/0/BalanceCheck`,
      {
        method: 'GET',
        headers: {
          Accept: 'application/json',
          // Absent where the store's proxy adds it.
          ...(endpoint.token ? { Authorization: `Bearer ${endpoint.token}` } : {}),
        },
        signal,
      },
    );
    await response.text();
    const refused = response.status === 401 || response.status === 403;
    return {
      reachable: true,
      status: response.status,
      soapVersion: null,
      latencyMs: Math.round(performance.now() - started),
      problem: refused
        ? "the till's token was refused"
        : response.status >= 500
          ? 'server error'
          : '',
    };
  } catch (cause) {
    return {
      reachable: false,
      status: null,
      soapVersion: null,
      latencyMs: Math.round(performance.now() - started),
      problem: failure(cause).message,
    };
  }
}
