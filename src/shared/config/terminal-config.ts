// zod/mini, loaded beside terminal-config.json rather than with the first paint
// (load-terminal-config.ts): the start-up bundle does not carry it (docs/BUDGET.md).
import * as z from 'zod/mini';
import type { MessageId } from '../i18n/i18n';
import { ConfigError, type ConfigProblem } from './config-error';

// Each check names its problem by a message id: the error screen is in the store's language.
const problem = (id: MessageId, params?: Record<string, unknown>) => ({
  message: id,
  ...(params && { params }),
});

const isLocale = (v: string) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([v]).length > 0;
  } catch {
    return false;
  }
};
const isTimeZone = (v: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: v });
    return true;
  } catch {
    return false;
  }
};

// No compiled validators: the built app's Content-Security-Policy allows no eval, and a
// refused attempt would only be reported as a violation.
z.config({ jitless: true });

/** A service address: absolute http(s) URL, or a path on the terminal's own origin. */
const serviceUrl = z
  .string()
  .check(
    z.refine(
      (v) => v.startsWith('/') || /^https?:\/\/[^/\s]+/.test(v),
      problem('config.problem.url'),
    ),
  );
const localeTag = z.string().check(z.refine(isLocale, problem('config.problem.locale')));
const int = (min: number, max: number) =>
  z
    .int()
    .check(z.refine((v) => v >= min && v <= max, problem('config.problem.range', { min, max })));
const nonEmpty = z.string().check(z.refine((v) => v !== '', problem('config.problem.empty')));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

export const terminalConfigSchema = z.object({
  /** live: a real Enactor server; simulator: the simulator over HTTP; training: the simulator in the page. */
  mode: oneOf(['live', 'simulator', 'training']),
  storeName: z._default(
    z
      .string()
      .check(
        z.refine(
          (v) => v.length >= 1 && v.length <= 60,
          problem('config.problem.length', { max: 60 }),
        ),
      ),
    'Store',
  ),
  locationId: nonEmpty,
  deviceId: nonEmpty,
  /** ISO 4217; its minor units come from Intl (shared/format). */
  currency: z
    .string()
    .check(z.refine((v) => /^[A-Z]{3}$/.test(v), problem('config.problem.currency'))),
  /** BCP 47: the language shown, and number and date formats. */
  locale: z._default(localeTag, 'en-GB'),
  /** ISO 3166 alpha-2 of the store: postcode and phone rules. Default: the locale's region. */
  country: z.optional(
    z.string().check(z.refine((v) => /^[A-Z]{2}$/.test(v), problem('config.problem.country'))),
  ),
  /** IANA zone of the till: "today", dates of birth, times shown. Default: the browser's zone. */
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, problem('config.problem.timeZone')))),
  soapVersion: z._default(oneOf(['1.1', '1.2']), '1.1'),
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
      /** Absent where the store's reverse proxy adds the Bearer token: the browser never holds it. */
      token: z.optional(nonEmpty),
    }),
  ),
  /** Seconds with no touch, key or scan before the till warns, then clears the customer; 0: never. */
  idleTimeoutSeconds: z._default(
    int(0, 3600).check(
      z.refine((v) => v === 0 || v >= 30, problem('config.problem.idleTimeout')),
    ),
    120,
  ),
  /** The idle clear also signs the operator off. */
  signOffOnIdle: z._default(z.boolean(), false),
  /** Result lists show e-mail and phone partly hidden, with tap-to-reveal per row. */
  maskContactDetails: z._default(z.boolean(), true),
  training: z.prefault(
    z.object({
      customers: z._default(int(0, 1_000_000), 5000),
      seed: z._default(z.int(), 20261122),
      latencyMs: z._default(int(0, 10_000), 150),
      /** The country whose names, streets and phones the generated customers have. */
      locale: z.optional(localeTag),
    }),
    {},
  ),
});

type Parsed = z.infer<typeof terminalConfigSchema>;

/** The configuration in force: every default filled, those that follow others included. */
export type TerminalConfig = Omit<Parsed, 'country' | 'timeZone' | 'training'> & {
  readonly country: string;
  readonly timeZone: string;
  readonly training: Omit<Parsed['training'], 'locale'> & { readonly locale: string };
};

/** The region of a locale (`fr-FR` -> `FR`, `de` -> `DE` by likely subtags), or GB. */
export function countryOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? 'GB';
  } catch {
    return 'GB';
  }
}

/** One zod issue as the error screen words it. */
function problemOf(issue: z.core.$ZodIssue): ConfigProblem {
  const field = issue.path.join('.') || '(the whole file)';
  switch (issue.code) {
    case 'custom':
      return {
        field,
        problem: issue.message as MessageId,
        ...(issue.params && { values: issue.params }),
      };
    case 'invalid_value':
      return {
        field,
        problem: 'config.problem.oneOf',
        values: { choices: issue.values.map(String).join(', ') },
      };
    case 'invalid_type':
      if (issue.input === undefined) return { field, problem: 'config.problem.missing' };
      if (issue.path.length === 0) return { field, problem: 'config.problem.object' };
      return {
        field,
        problem:
          issue.expected === 'string'
            ? 'config.problem.text'
            : issue.expected === 'int' || issue.expected === 'number'
              ? 'config.problem.integer'
              : 'config.problem.object',
      };
    default:
      return { field, problem: 'config.problem.integer' };
  }
}

/**
 * Checks the file with every problem named (not only the first), and fills the documented
 * defaults. Throws ConfigError, in the file's own language where it names a good locale.
 */
export function parseTerminalConfig(raw: unknown): TerminalConfig {
  // reportInput: tells a missing field (no input) from one of the wrong type.
  const result = terminalConfigSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const locale =
      raw && typeof raw === 'object' && 'locale' in raw && typeof raw.locale === 'string'
        ? raw.locale
        : null;
    throw new ConfigError(
      'config.title.bad',
      result.error.issues.map(problemOf),
      locale && isLocale(locale) ? locale : null,
    );
  }
  const parsed = result.data;
  return {
    ...parsed,
    country: parsed.country ?? countryOfLocale(parsed.locale),
    timeZone: parsed.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    training: { ...parsed.training, locale: parsed.training.locale ?? parsed.locale },
  };
}
