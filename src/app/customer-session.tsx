import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  Fragment,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useLocation } from 'wouter';
import { routes } from '../shared/routes';
import { CustomerSessionContext } from '../shared/session/customer-session';
import { useTerminal } from '../shared/terminal/terminal-context';
import { createClearCustomer } from './clear-customer';
import { currentVisit, entryVisit, stampEntry } from './history-visit';
import { applyUpdateIfReady } from './deployment-update';

const VisitContext = createContext(0);

/**
 * Provides the one clear (useClearCustomer) and remounts everything under it when it runs, so
 * no screen keeps a customer in its own state (an unsaved form, a revealed row).
 */
export function CustomerSessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { config } = useTerminal();
  const [visit, setVisit] = useState(currentVisit);
  const session = useMemo(
    () => ({
      clearCustomer: createClearCustomer({
        queryClient,
        navigate,
        startVisit: setVisit,
        signOffOnIdle: config.signOffOnIdle,
        afterClear: applyUpdateIfReady,
      }),
    }),
    [queryClient, navigate, config.signOffOnIdle],
  );
  return (
    <CustomerSessionContext value={session}>
      <VisitContext value={visit}>
        <Fragment key={visit}>{children}</Fragment>
      </VisitContext>
    </CustomerSessionContext>
  );
}

/**
 * Shows the screens of history entries from this visit only. An entry from before the last
 * clear (reached by Back, Forward or a reload) is replaced by the start screen without being
 * shown; every entry shown is stamped with the visit it belongs to.
 */
export function HistoryGuard({ children }: { children: ReactNode }) {
  const visit = useContext(VisitContext);
  const [, navigate] = useLocation();
  const entry = entryVisit();
  const stale = entry !== undefined && entry !== visit;
  useLayoutEffect(() => {
    if (stale) navigate(routes.customerSearch, { replace: true });
    else stampEntry(visit);
  });
  return stale ? null : children;
}
