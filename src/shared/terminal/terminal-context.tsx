import { createContext, useContext } from 'react';
import type { TerminalConfig } from '../config/terminal-config';
import type { DiagnosticsLog } from '../diagnostics/diagnostics-log';
import type { AccountBalanceService } from '../enactor/account-balance-service/account-balance-service';
import type { CustomerService } from '../enactor/customer-service/customer-service';
import type { SoapEndpoint } from '../enactor/soap/soap-call';
import type { RestEndpoint } from '../enactor/loyalty-programme/rest-call';
import type { Outbox } from '../outbox/outbox';

/** What the app shell hands every feature: the configuration, the Enactor clients, the outbox. */
export interface Terminal {
  readonly config: TerminalConfig;
  readonly customerService: CustomerService;
  readonly accountBalanceService: AccountBalanceService;
  /** Where CRMCustomerDataService is: the CRM screens (loaded on first use) build its client. */
  readonly crmEndpoint: SoapEndpoint;
  /** Every SOAP service's endpoint, for the Diagnostics screen's live check. */
  readonly soapEndpoints: readonly SoapEndpoint[];
  /** The REST points programme, or null where the till has none configured. */
  readonly programmeEndpoint: RestEndpoint | null;
  /** Every write that moves points goes through it: stored first, sent exactly once. */
  readonly outbox: Outbox;
  /** What the help desk may need (failed calls, errors, refusals), with no personal data. */
  readonly diagnostics: DiagnosticsLog;
}

export const TerminalContext = createContext<Terminal | null>(null);

export function useTerminal(): Terminal {
  const terminal = useContext(TerminalContext);
  if (!terminal) throw new Error('useTerminal outside <TerminalContext>');
  return terminal;
}
