import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SimulatedDisconnect } from './faults.ts';
import type { Simulator } from './simulator.ts';

/** Node's request -> Fetch API Request, aborted when the client goes away. */
function toRequest(req: IncomingMessage, res: ServerResponse): Promise<Request> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      const controller = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) controller.abort();
      });
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (typeof v === 'string') headers.set(k, v);
        else if (Array.isArray(v)) for (const item of v) headers.append(k, item);
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      resolve(
        new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
          method: req.method ?? 'GET',
          headers,
          body: hasBody ? Buffer.concat(chunks) : null,
          signal: controller.signal,
        }),
      );
    });
  });
}

/** A Node (and Connect/Vite middleware) handler serving the simulator. */
export function nodeHandler(simulator: Simulator) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const response = await simulator.handle(await toRequest(req, res));
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, response.statusText, headers);
      res.end(body);
    } catch (error) {
      if (error instanceof SimulatedDisconnect || res.destroyed) {
        req.socket.destroy();
        return;
      }
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Simulator error: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function startServer(simulator: Simulator, port: number, host: string): Promise<Server> {
  const server = createServer(nodeHandler(simulator));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
