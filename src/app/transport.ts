import type { TerminalConfig } from '../shared/config/terminal-config';
import type { Transport } from '../shared/enactor/transport';

/**
 * The transport the Enactor clients use, chosen once at start-up. Training never touches the
 * network: the simulator runs in the page, so a trainee cannot reach a live server.
 */
export async function createTransport(config: TerminalConfig): Promise<Transport> {
  if (config.mode !== 'training') return (url, init) => fetch(url, init);
  // Loaded only in training, so live tills never download the simulator.
  const [{ createSimulator }, { SimulatedDisconnect }] = await Promise.all([
    import('../../simulator/simulator'),
    import('../../simulator/faults'),
  ]);
  const simulator = createSimulator({
    customers: config.training.customers,
    seed: config.training.seed,
    locale: config.training.locale,
    latencyMs: config.training.latencyMs,
  });
  return async (url, init) => {
    try {
      return await simulator.handle(new Request(new URL(url, window.location.href), init));
    } catch (error) {
      // What fetch does when a connection drops.
      if (error instanceof SimulatedDisconnect)
        throw new TypeError('Failed to fetch', { cause: error });
      throw error;
    }
  };
}
