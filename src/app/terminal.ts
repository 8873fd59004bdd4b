import type { TerminalConfig } from '../shared/config/terminal-config';
import { createAccountBalanceService } from '../shared/enactor/account-balance-service/account-balance-service';
import { createCustomerService } from '../shared/enactor/customer-service/customer-service';
import { lazyDecodeWorker } from '../shared/enactor/decode-worker/lazy-decoder';
import { answerReader, type SoapEndpoint } from '../shared/enactor/soap/soap-call';
import type { Transport } from '../shared/enactor/transport';
import type { Terminal } from '../shared/terminal/terminal-context';
import { startOutbox } from './outbox';

export async function createTerminal(
  config: TerminalConfig,
  transport: Transport,
): Promise<Terminal> {
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
  const accountBalanceService = createAccountBalanceService(
    endpoint('accountBalanceService', config.services.accountBalanceService),
    { currencyId: config.currency, locationId: config.locationId },
  );
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
    customerService: createCustomerService(
      endpoint('customerService', config.services.customerService),
    ),
    accountBalanceService,
    crmEndpoint: endpoint('crmCustomerDataService', config.services.crmCustomerDataService),
    programmeEndpoint,
    outbox: await startOutbox(config, accountBalanceService, programmeEndpoint),
  };
}
