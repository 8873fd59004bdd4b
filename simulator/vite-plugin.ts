import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { nodeHandler } from './node-server.ts';
import { createSimulator, type SimulatorOptions } from './simulator.ts';

/**
 * Serves the simulator on the dev and preview servers' own origin (/axis2/services/..., the
 * REST /Loyalty/... and /__simulator/...), the way a store's reverse proxy serves the real services.
 */
export function enactorSimulator(options: SimulatorOptions = {}): Plugin {
  let handler: ReturnType<typeof nodeHandler> | null = null;
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = req.url ?? '';
    if (
      !url.startsWith('/axis2/') &&
      !url.startsWith('/__simulator/') &&
      !url.startsWith('/Loyalty/')
    )
      return next();
    // Built on first use, so a build or a test run never pays for generating customers.
    handler ??= nodeHandler(createSimulator(options));
    void handler(req, res);
  };
  const mount = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use(middleware);
  };
  return { name: 'enactor-simulator', configureServer: mount, configurePreviewServer: mount };
}
