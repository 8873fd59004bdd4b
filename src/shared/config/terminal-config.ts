import { z } from 'zod';

/** A service address: absolute http(s) URL, or a path on the terminal's own origin. */
const serviceUrl = z.string().refine((v) => v.startsWith('/') || /^https?:\/\/[^/\s]+/.test(v), {
  message: 'must be an http(s) URL or a path starting with "/"',
});

const localeTag = z.string().refine(
  (v) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([v]).length > 0;
    } catch {
      return false;
    }
  },
  { message: 'must be a BCP 47 locale such as "en-GB"' },
);

export const terminalConfigSchema = z.object({
  /** live: a real Enactor server; simulator: the simulator over HTTP; training: the simulator in the page. */
  mode: z.enum(['live', 'simulator', 'training']),
  storeName: z.string().min(1).max(60).default('Store'),
  locationId: z.string().min(1, 'must not be empty'),
  deviceId: z.string().min(1, 'must not be empty'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "GBP"'),
  locale: localeTag.default('en-GB'),
  soapVersion: z.enum(['1.1', '1.2']).default('1.1'),
  requestTimeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  searchPageSize: z.number().int().min(10).max(500).default(50),
  services: z.object({
    customerService: serviceUrl,
    accountBalanceService: serviceUrl,
    crmCustomerDataService: serviceUrl,
  }),
  training: z
    .object({
      customers: z.number().int().min(0).max(1_000_000).default(5000),
      seed: z.number().int().default(20261122),
      latencyMs: z.number().int().min(0).max(10_000).default(150),
    })
    .prefault({}),
});

export type TerminalConfig = z.infer<typeof terminalConfigSchema>;

/** Why the terminal cannot start, in words a store's IT person can act on. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE = 'terminal-config.json';

export function parseTerminalConfig(raw: unknown): TerminalConfig {
  const result = terminalConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(the whole file)';
    return issue.code === 'invalid_type' && issue.input === undefined
      ? `${field}: is missing`
      : `${field}: ${issue.message}`;
  });
  throw new ConfigError(
    `${CONFIG_FILE} has ${problems.length === 1 ? 'a bad field' : 'bad fields'}`,
    problems,
  );
}

export async function loadTerminalConfig(fetchFn: typeof fetch = fetch): Promise<TerminalConfig> {
  let text: string;
  try {
    // From the app's base, not the current path: a deep link such as /customers/100 must work.
    const response = await fetchFn(`${import.meta.env.BASE_URL}${CONFIG_FILE}`, {
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new ConfigError(`${CONFIG_FILE} could not be loaded`, [
        `The web server answered HTTP ${response.status}. Put ${CONFIG_FILE} beside index.html.`,
      ]);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${CONFIG_FILE} could not be loaded`, [
      'The web server did not answer. Check the till is connected, then reload.',
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${CONFIG_FILE} is not valid JSON`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  return parseTerminalConfig(raw);
}
