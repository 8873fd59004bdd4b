import { useIsMutating } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { CustomerSearchScreen } from '../features/customer-search/customer-search-screen';
import { routes } from '../shared/routes';
import { customerDataHeld } from '../shared/session/customer-data';
import { useOperatorStore } from '../shared/stores/operator-store';
import { AppShell } from './app-shell';
import { CustomerSessionProvider, HistoryGuard } from './customer-session';
import { IdleGuard } from './idle-guard';
import { SignOnScreen } from './lazy-screens';
import { ScanListener } from './scan-listener';
import { applyUpdateIfReady, useDeploymentStore } from './deployment-update';

/**
 * Around the screens: the one clear of the customer and the remount it brings, the idle
 * guard (the app behind its warning is inert, scans included), the card scanner, the shell,
 * and the history guard that keeps cleared entries from showing.
 */
export function Till({ children }: { children: ReactNode }) {
  return (
    <CustomerSessionProvider>
      <IdleGuard>
        {(warning) => (
          <>
            <ScanListener enabled={!warning} />
            <UpdateWhenIdle />
            <AppShell>
              <HistoryGuard>{children}</HistoryGuard>
            </AppShell>
          </>
        )}
      </IdleGuard>
    </CustomerSessionProvider>
  );
}

/**
 * The start screen: at the start of a shift (no operator, not yet asked in this browser
 * session) the sign-on, which can be skipped; then Customer Search.
 */
export function StartScreen() {
  const asked = useOperatorStore((s) => s.asked || s.operatorId !== null);
  return asked ? <CustomerSearchScreen /> : <SignOnScreen startOfShift />;
}

/**
 * A new deployment ready while the till stands on the start screen with no customer (nothing
 * typed, nothing being saved) is taken now; otherwise at the next clear (clear-customer.ts).
 */
function UpdateWhenIdle() {
  const phase = useDeploymentStore((s) => s.phase);
  const [location] = useLocation();
  const saving = useIsMutating() > 0;
  useEffect(() => {
    if (
      (phase === 'waiting' || phase === 'reload') &&
      location === routes.customerSearch &&
      !saving &&
      !customerDataHeld()
    )
      applyUpdateIfReady();
  }, [phase, location, saving]);
  return null;
}
