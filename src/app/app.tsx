import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Route, Switch } from 'wouter';
import { CustomerScreen } from '../features/customer/customer-screen';
import { CustomerSearchScreen } from '../features/customer-search/customer-search-screen';
import { TerminalContext, type Terminal } from '../shared/terminal/terminal-context';
import { AppShell } from './app-shell';
import { createQueryClient } from './query-client';

export function App({ terminal }: { terminal: Terminal }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <TerminalContext value={terminal}>
      <QueryClientProvider client={queryClient}>
        <AppShell>
          <Switch>
            <Route path="/">
              <CustomerSearchScreen />
            </Route>
            <Route path="/customers/:number">
              {(params) => <CustomerScreen customerNumber={decodeURIComponent(params.number)} />}
            </Route>
            <Route>
              <div className="p-6 text-xl">
                This page does not exist. Use Customer search above.
              </div>
            </Route>
          </Switch>
        </AppShell>
      </QueryClientProvider>
    </TerminalContext>
  );
}
