import { SimulatedDisconnect } from './faults.ts';
import type { Simulator } from './simulator.ts';

/**
 * The simulator as a `fetch`: what training mode hands the terminal's clients (no network at
 * all), and what unit tests use. A simulated dropped connection rejects as fetch's does.
 */
export function inPageFetch(
  simulator: Simulator,
  /** Resolves relative URLs, as a page's own address does for fetch. */
  base: string,
): (input: string, init: RequestInit) => Promise<Response> {
  return async (input, init) => {
    try {
      return await simulator.handle(new Request(new URL(input, base), init));
    } catch (error) {
      if (error instanceof SimulatedDisconnect)
        throw new TypeError('Failed to fetch', { cause: error });
      throw error;
    }
  };
}
