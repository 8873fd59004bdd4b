import { create } from 'zustand';
import { reportError } from './fatal-error';

/**
 * A new deployment of the terminal: `waiting` once its service worker is installed beside the
 * running one, `reload` once it has taken over (another tab applied it) while this page still
 * runs the old files. Either way it is applied at the next idle moment, never mid-customer.
 * (service-worker.ts registers the worker; this part is in the start-up bundle.)
 */
type Phase = 'none' | 'waiting' | 'applying' | 'reload';

interface DeploymentState {
  readonly phase: Phase;
  /** Lets the waiting worker take over; its taking over then reloads the page. */
  readonly activate: (() => Promise<void>) | null;
}

export const useDeploymentStore = create<DeploymentState>()(() => ({
  phase: 'none',
  activate: null,
}));

const reload = () => window.location.reload();

/**
 * At an idle moment (the customer was just cleared, or the start screen with no customer):
 * takes a new deployment if one is ready, which reloads the page into it. Does nothing
 * otherwise, so every idle moment may call it.
 */
export function applyUpdateIfReady(): void {
  const { phase, activate } = useDeploymentStore.getState();
  if (phase === 'reload') return reload();
  if (phase !== 'waiting' || !activate) return;
  useDeploymentStore.setState({ phase: 'applying' });
  void activate().catch((error: unknown) => {
    useDeploymentStore.setState({ phase: 'waiting' });
    reportError('service-worker', error, false);
  });
}

/** A new deployment is installed beside the running one, waiting to be let in. */
export function newDeploymentWaiting(activate: () => Promise<void>): void {
  useDeploymentStore.setState({ phase: 'waiting', activate });
}

/** The new worker controls the page: reload now if this page asked, else at the next idle. */
export function newDeploymentInControl(): void {
  if (useDeploymentStore.getState().phase === 'applying') reload();
  else useDeploymentStore.setState({ phase: 'reload' });
}
