import type { TerminalConfig } from '../shared/config/terminal-config';
import type { Transport } from '../shared/enactor/transport';

/**
 * The transport the Enactor clients use, chosen once at start-up. Training never touches the
 * network: the simulator runs in the page, so a trainee cannot reach a live server.
 */
export async function chooseTransport(config: TerminalConfig): Promise<Transport> {
  if (config.mode !== 'training') return (url, init) => fetch(url, init);
  // Loaded only in training, so live tills never download the simulator.
  const [{ createSimulator }, { inPageFetch }] = await Promise.all([
    import('../../simulator/simulator'),
    import('../../simulator/in-page'),
  ]);
  const simulator = createSimulator({
    customers: config.training.customers,
    seed: config.training.seed,
    locale: config.training.locale,
    latencyMs: config.training.latencyMs,
  });
  return inPageFetch(simulator, window.location.href);
}
