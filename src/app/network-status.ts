import type { Transport } from '../shared/enactor/transport';
import { useNetworkStore } from '../shared/network/network-store';

/**
 * Tells the network store what each call found: an answer of any status means a server was
 * reached; a call that failed before any answer, not cancelled and not timed out (a slow
 * server is not a lost network), means the till is cut off.
 */
export function observeReachability(transport: Transport): Transport {
  return async (url, init) => {
    try {
      const response = await transport(url, init);
      useNetworkStore.getState().callReached(true);
      return response;
    } catch (error) {
      if (!init.signal?.aborted) useNetworkStore.getState().callReached(false);
      throw error;
    }
  };
}
