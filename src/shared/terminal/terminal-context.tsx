import { createContext, useContext } from 'react';
import type { TerminalConfig } from '../config/terminal-config';
import type { AccountBalanceService } from '../enactor/account-balance-service/account-balance-service';
import type { CustomerService } from '../enactor/customer-service/customer-service';

/** What the app shell hands every feature: the configuration and the Enactor clients. */
export interface Terminal {
  readonly config: TerminalConfig;
  readonly customerService: CustomerService;
  readonly accountBalanceService: AccountBalanceService;
}

export const TerminalContext = createContext<Terminal | null>(null);

export function useTerminal(): Terminal {
  const terminal = useContext(TerminalContext);
  if (!terminal) throw new Error('useTerminal outside <TerminalContext>');
  return terminal;
}
