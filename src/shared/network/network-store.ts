import { create } from 'zustand';

/**
 * Whether the till can reach its servers, as far as it can tell: the browser's own flag
 * (`navigator.onLine`, false when no network is connected at all) and the calls themselves (a
 * call that could not connect; any answer, even an HTTP error, proves the way is open).
 */
interface NetworkState {
  readonly browserOnline: boolean;
  /** The last call ended without reaching a server; cleared by the next answer. */
  readonly callsFailing: boolean;
  setBrowserOnline(online: boolean): void;
  callReached(reached: boolean): void;
}

export const useNetworkStore = create<NetworkState>()((set) => ({
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  callsFailing: false,
  // Back online: assume the way is open until a call says otherwise (the outbox sends now).
  setBrowserOnline: (online) =>
    set(online ? { browserOnline: true, callsFailing: false } : { browserOnline: false }),
  callReached: (reached) => set({ callsFailing: !reached }),
}));

export const selectOffline = (s: NetworkState): boolean => !s.browserOnline || s.callsFailing;

/** Follows the browser's online and offline events; returns how to stop. */
export function watchBrowserOnline(target: Window = window): () => void {
  const update = () => useNetworkStore.getState().setBrowserOnline(target.navigator.onLine);
  update();
  target.addEventListener('online', update);
  target.addEventListener('offline', update);
  return () => {
    target.removeEventListener('online', update);
    target.removeEventListener('offline', update);
  };
}
