// zod/mini: the same checks as zod at a fraction of the start-up bundle (docs/BUDGET.md).
import * as z from 'zod/mini';

/** A service address: absolute http(s) URL, or a path on the terminal's own origin. */
const serviceUrl = z.string().check(
  z.refine((v) => v.startsWith('/') || /^https?:\/\/[^/\s]+/.test(v), {
    message: 'must be an http(s) URL or a path starting with "/"',
  }),
);

const localeTag = z.string().check(
  z.refine(
    (v) => {
      try {
        return Intl.DateTimeFormat.supportedLocalesOf([v]).length > 0;
      } catch {
        return false;
      }
    },
    { message: 'must be a BCP 47 locale such as "en-GB"' },
  ),
);

const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

export const terminalConfigSchema = z.object({
  /** live: a real Enactor server; simulator: the simulator over HTTP; training: the simulator in the page. */
  mode: z.enum(['live', 'simulator', 'training']),
  storeName: z._default(z.string().check(z.minLength(1), z.maxLength(60)), 'Store'),
  locationId: nonEmpty,
  deviceId: nonEmpty,
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as "GBP"')),
  locale: z._default(localeTag, 'en-GB'),
  soapVersion: z._default(z.enum(['1.1', '1.2']), '1.1'),
  requestTimeoutMs: z._default(int(500, 120_000), 10_000),
  searchPageSize: z._default(int(10, 500), 50),
  /** The largest answer the till accepts; 10,000 rows of a name search are 13.3 MB. */
  maxResponseBytes: z._default(int(1_000_000, 500_000_000), 25_000_000),
  services: z.object({
    customerService: serviceUrl,
    accountBalanceService: serviceUrl,
    crmCustomerDataService: serviceUrl,
  }),
  /** The REST loyalty programme (seed 003); absent: its panel is hidden. */
  loyaltyProgramme: z.optional(
    z.object({
      baseUrl: serviceUrl,
      token: nonEmpty,
    }),
  ),
  training: z.prefault(
    z.object({
      customers: z._default(int(0, 1_000_000), 5000),
      seed: z._default(z.int(), 20261122),
      latencyMs: z._default(int(0, 10_000), 150),
    }),
    {},
  ),
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
