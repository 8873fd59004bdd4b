import { parseArgs } from 'node:util';
import { startServer } from './node-server.ts';
import { createSimulator } from './simulator.ts';

// npm run simulator -- --port 4010 --customers 100000
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    customers: { type: 'string', default: '5000' },
    seed: { type: 'string' },
    locale: { type: 'string', default: 'en-GB' },
    latency: { type: 'string', default: '0' },
    'ignore-paging': { type: 'boolean', default: false },
    'loyalty-token': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Enactor simulator: CustomerService, AccountBalanceService (SOAP) and the REST loyalty
controller, with the seed data and generated customers.

  --port N           port to listen on (default 4010)
  --host H           address to bind (default 127.0.0.1; 0.0.0.0 for a shared demo server)
  --customers N      generated customers besides the seed's (default 5000, up to 1000000)
  --seed N           seed of the generated data (same seed, same customers)
  --locale L         country of the generated customers: en-GB (default), fr-FR, de-DE
  --latency MS       latency added to every SOAP call
  --ignore-paging    behave like a server that ignores pageInfo
  --loyalty-token T  the Bearer token /Loyalty/... accepts (default demo-loyalty-token)`);
  process.exit(0);
}

function whole(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number, not "${raw}"`);
    process.exit(2);
  }
  return n;
}

const started = performance.now();
const simulator = createSimulator({
  customers: whole('customers', values.customers),
  seed: whole('seed', values.seed),
  locale: values.locale,
  latencyMs: whole('latency', values.latency),
  ignorePaging: values['ignore-paging'],
  ...(values['loyalty-token'] ? { loyaltyToken: values['loyalty-token'] } : {}),
});
const port = whole('port', values.port) ?? 4010;
await startServer(simulator, port, values.host);
console.log(
  `Enactor simulator on http://${values.host}:${port}/axis2/services/CustomerService ` +
    `(${simulator.store.size.toLocaleString('en-GB')} customers, ready in ${Math.round(performance.now() - started)} ms)`,
);
