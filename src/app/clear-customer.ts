import type { QueryClient } from '@tanstack/react-query';
import { routes } from '../shared/routes';
import { forgetUnpagedAnswers } from '../shared/enactor/soap/paged-call';
import { forgetCustomerData } from '../shared/session/customer-data';
import type { ClearReason } from '../shared/session/customer-session';
import { useOperatorStore } from '../shared/stores/operator-store';
import { nextVisit } from './history-visit';

export interface ClearDependencies {
  readonly queryClient: QueryClient;
  readonly navigate: (to: string, options: { replace: boolean }) => void;
  /** Remounts the screens under a new visit number: React state (unsaved forms) goes too. */
  readonly startVisit: (visit: number) => void;
  readonly signOffOnIdle: boolean;
  /** After the clear, at this idle moment: a new deployment is taken (service-worker.ts). */
  readonly afterClear?: () => void;
}

/**
 * The one clear every trigger runs (idle, next customer, sign-off, operator change). It forgets
 * the query cache, every registered store (card, selection, search criteria, drafts), the
 * unpaged answers kept for paging, and the screens' own state; it replaces the history entry
 * with the start screen and starts a new visit, so older entries show nothing (history-visit.ts).
 * The outbox is not touched: pending updates hold account ids and amounts, no personal data.
 *
 * A write in flight (a CRM save) is let finish first: its answer would otherwise open the
 * customer again after the clear.
 */
export function createClearCustomer(deps: ClearDependencies): (reason: ClearReason) => void {
  const { queryClient } = deps;
  // Reasons asked for while a write finishes: one clear serves them all.
  let waitingFor: ClearReason[] = [];
  const clearNow = () => {
    const reasons = waitingFor;
    waitingFor = [];
    if (reasons.includes('sign-off') || (reasons.includes('idle') && deps.signOffOnIdle))
      useOperatorStore.getState().signOff();
    forgetCustomerData();
    forgetUnpagedAnswers();
    deps.navigate(routes.customerSearch, { replace: true });
    deps.startVisit(nextVisit());
    // Last: the screens holding the old queries are unmounted in the same render.
    queryClient.clear();
    deps.afterClear?.();
  };
  return (reason) => {
    waitingFor.push(reason);
    if (waitingFor.length > 1) return;
    if (queryClient.isMutating() === 0) return clearNow();
    const unsubscribe = queryClient.getMutationCache().subscribe(() => {
      if (queryClient.isMutating() > 0) return;
      unsubscribe();
      clearNow();
    });
  };
}
