import type { TerminalConfig } from '../shared/config/terminal-config';
import { createAccountBalanceService } from '../shared/enactor/account-balance-service/account-balance-service';
import { createCustomerService } from '../shared/enactor/customer-service/customer-service';
import { lazyDecodeWorker } from '../shared/enactor/decode-worker/lazy-decoder';
import { answerReader, type SoapEndpoint } from '../shared/enactor/soap/soap-call';
import type { Transport } from '../shared/enactor/transport';
import type { Terminal } from '../shared/terminal/terminal-context';
import { attachDiagnostics } from './fatal-error';
import { observeCalls, observeRefusals, openTillLog } from './diagnostics';
import { observeReachability } from './network-status';
import { startOutbox } from './start-outbox';

export async function createTerminal(
  config: TerminalConfig,
  network: Transport,
): Promise<Terminal> {
  const diagnostics = await openTillLog(config);
  attachDiagnostics(diagnostics);
  observeRefusals(diagnostics);
  // Every service's calls go through one observed transport: what fails is logged once,
  // and a call that cannot connect puts the till in its offline state until one answers.
  const transport = observeCalls(observeReachability(network), diagnostics);
  // One decode worker for every service: large search answers are read off the main thread.
  const decoder = lazyDecodeWorker();
  // The XML parser is not in the start-up bundle: fetch it when idle, before the first answer.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void answerReader());
  const endpoint = (service: SoapEndpoint['service'], url: string): SoapEndpoint => ({
    service,
    url,
    soapVersion: config.soapVersion,
    timeoutMs: config.requestTimeoutMs,
    transport,
    maxResponseBytes: config.maxResponseBytes,
    decoder,
  });
  const soapEndpoints = [
    endpoint('customerService', config.services.customerService),
    endpoint('accountBalanceService', config.services.accountBalanceService),
    endpoint('crmCustomerDataService', config.services.crmCustomerDataService),
  ] as const;
  const [customerEndpoint, accountBalanceEndpoint, crmEndpoint] = soapEndpoints;
  const accountBalanceService = createAccountBalanceService(accountBalanceEndpoint, {
    currencyId: config.currency,
    locationId: config.locationId,
  });
  const programme = config.loyaltyProgramme;
  const programmeEndpoint = programme
    ? {
        baseUrl: programme.baseUrl,
        token: programme.token,
        timeoutMs: config.requestTimeoutMs,
        transport,
      }
    : null;
  return {
    config,
    customerService: createCustomerService(customerEndpoint),
    accountBalanceService,
    crmEndpoint,
    soapEndpoints,
    programmeEndpoint,
    outbox: await startOutbox(config, accountBalanceService, programmeEndpoint),
    diagnostics,
  };
}
