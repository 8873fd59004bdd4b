/**
 * What unit and component tests need to talk to Enactor: an endpoint for any service over
 * any transport, and the simulator in-process (the same pairing as training mode).
 */
import { inPageFetch } from '../../simulator/in-page';
import { createSimulator, type SimulatorOptions } from '../../simulator/simulator';
import type { ServiceId } from '../shared/enactor/errors';
import type { RestEndpoint } from '../shared/enactor/loyalty-programme/rest-call';
import type { SoapEndpoint } from '../shared/enactor/soap/soap-call';
import type { Transport } from '../shared/enactor/transport';

export const SIMULATOR_BASE = 'http://sim.test';

/** Where each service is on the simulator (the paths a store's proxy would serve). */
export const SERVICE_URLS: Record<Exclude<ServiceId, 'loyaltyProgramme'>, string> = {
  customerService: `${SIMULATOR_BASE}/axis2/services/CustomerService`,
  accountBalanceService: `${SIMULATOR_BASE}/axis2/services/AccountBalanceService`,
  crmCustomerDataService: `${SIMULATOR_BASE}/axis2/services/CRMCustomerDataService`,
};

export function testEndpoint(
  service: Exclude<ServiceId, 'loyaltyProgramme'>,
  transport: Transport,
  options: Partial<Pick<SoapEndpoint, 'soapVersion' | 'timeoutMs' | 'url'>> = {},
): SoapEndpoint {
  return {
    service,
    url: options.url ?? SERVICE_URLS[service],
    soapVersion: options.soapVersion ?? '1.1',
    timeoutMs: options.timeoutMs ?? 5000,
    transport,
  };
}

/** The simulator in this process, with a fetch-shaped transport and endpoints onto it. */
export function connectSimulator(options: SimulatorOptions = {}) {
  const sim = createSimulator({ customers: 50, ...options });
  const handle = inPageFetch(sim, SIMULATOR_BASE);
  /** Every call made, as `{method} {path} {SOAP action}`: a test sees what was (not) sent. */
  const calls: string[] = [];
  const transport: Transport = (url, init) => {
    const headers = new Headers(init.headers);
    const action =
      headers.get('SOAPAction')?.replace(/"/g, '') ??
      /action="([^"]+)"/.exec(headers.get('Content-Type') ?? '')?.[1] ??
      '';
    calls.push(`${init.method ?? 'GET'} ${new URL(url, SIMULATOR_BASE).pathname} ${action}`.trim());
    return handle(url, init);
  };
  return {
    sim,
    calls,
    transport,
    endpoint: (
      service: Exclude<ServiceId, 'loyaltyProgramme'>,
      endpointOptions?: Parameters<typeof testEndpoint>[2],
    ) => testEndpoint(service, transport, endpointOptions),
    programmeEndpoint: (token = 'demo-loyalty-token'): RestEndpoint => ({
      baseUrl: SIMULATOR_BASE,
      token,
      timeoutMs: 5000,
      transport,
    }),
  };
}
