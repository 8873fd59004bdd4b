/**
 * Renders a screen as the app does, against the simulator in this process: the real terminal
 * (clients, outbox) built by `createTerminal` over the in-page simulator transport, a fresh
 * query cache, and a router on a memory location the test can read.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { SimulatorOptions } from '../../simulator/simulator';
import { CustomerSessionProvider } from '../app/customer-session';
import { createQueryClient } from '../app/query-client';
import { createTerminal } from '../app/terminal';
import { parseTerminalConfig, type TerminalConfig } from '../shared/config/terminal-config';
import { i18n } from '../shared/i18n/i18n';
import { I18nProvider } from '../shared/i18n/messages';
import type { Transport } from '../shared/enactor/transport';
import { forgetCustomerData } from '../shared/session/customer-data';
import { TerminalContext, type Terminal } from '../shared/terminal/terminal-context';
import { connectSimulator, SERVICE_URLS, SIMULATOR_BASE } from './enactor';

let tills = 0;

/** A till on the in-process simulator; `config` overrides the test defaults. */
export async function createTestTerminal(
  options: {
    config?: Partial<TerminalConfig>;
    simulator?: SimulatorOptions;
    /** Stands between the till and the simulator (e.g. to change an answer on its way). */
    wrapTransport?: (transport: Transport) => Transport;
  } = {},
) {
  const connected = connectSimulator({ latencyMs: 0, ...options.simulator });
  const config = parseTerminalConfig({
    mode: 'simulator',
    storeName: 'Test Store',
    locationId: '0005',
    // A device of its own per till: each gets its own outbox database.
    deviceId: `TEST-${++tills}`,
    currency: 'GBP',
    locale: 'en-GB',
    requestTimeoutMs: 2000,
    searchPageSize: 20,
    services: SERVICE_URLS,
    loyaltyProgramme: { baseUrl: SIMULATOR_BASE, token: 'demo-loyalty-token' },
    ...options.config,
  });
  const transport = options.wrapTransport?.(connected.transport) ?? connected.transport;
  const terminal = await createTerminal(config, transport);
  return { ...connected, terminal };
}

/** Renders `ui` in the providers the app gives every screen, at `path`. */
export function renderWithTerminal(ui: ReactNode, terminal: Terminal, path = '/') {
  // A fresh till: no search, card or customer left in memory by the test before.
  forgetCustomerData();
  const [pathname, search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const rendered = render(
    <I18nProvider i18n={i18n}>
      <TerminalContext value={terminal}>
        <QueryClientProvider client={queryClient}>
          <Router hook={location.hook} searchHook={location.searchHook}>
            <CustomerSessionProvider>{ui}</CustomerSessionProvider>
          </Router>
        </QueryClientProvider>
      </TerminalContext>
    </I18nProvider>,
  );
  return { ...rendered, user, location, queryClient };
}

/** Renders a part that needs no terminal (a chart, a summary) in the till's language. */
export function renderPart(ui: ReactNode) {
  return render(<I18nProvider i18n={i18n}>{ui}</I18nProvider>);
}
