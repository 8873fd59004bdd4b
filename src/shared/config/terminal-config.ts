import type { MessageId, MessageValues } from '../i18n/i18n';

export type TerminalMode = 'live' | 'simulator' | 'training';

export interface TerminalConfig {
  /** live: a real Enactor server; simulator: the simulator over HTTP; training: the simulator in the page. */
  readonly mode: TerminalMode;
  readonly storeName: string;
  readonly locationId: string;
  readonly deviceId: string;
  /** ISO 4217; its minor units come from Intl (src/shared/format/money.ts). */
  readonly currency: string;
  /** BCP 47: the language shown, and number and date formats. */
  readonly locale: string;
  /** ISO 3166 alpha-2 of the store: postcode and phone rules. Default: the locale's region. */
  readonly country: string;
  /** IANA zone of the till: "today", dates of birth, times shown. Default: the browser's zone. */
  readonly timeZone: string;
  readonly soapVersion: '1.1' | '1.2';
  readonly requestTimeoutMs: number;
  readonly searchPageSize: number;
  readonly services: {
    readonly customerService: string;
    readonly accountBalanceService: string;
    readonly crmCustomerDataService: string;
  };
  /** The REST loyalty programme (seed 003); absent: its panel is hidden. */
  readonly loyaltyProgramme?: { readonly baseUrl: string; readonly token: string };
  readonly training: {
    readonly customers: number;
    readonly seed: number;
    readonly latencyMs: number;
    /** The country whose names, streets and phones the generated customers have. */
    readonly locale: string;
  };
}

/** One bad field: its path and what is wrong, as a message for the screen to show. */
export interface ConfigProblem {
  readonly field: string;
  readonly problem: MessageId;
  readonly values?: MessageValues;
}

/** Why the terminal cannot start, in words a store's IT person can act on. */
export class ConfigError extends Error {
  constructor(
    readonly title: MessageId,
    readonly problems: readonly ConfigProblem[],
    /** The file's own locale when it names a good one: the error screen's language. */
    readonly locale: string | null = null,
  ) {
    super(
      `${CONFIG_FILE}: ${title} (${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')})`,
    );
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE = 'terminal-config.json';

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
const localeOf = (root: Record<string, unknown>) =>
  typeof root.locale === 'string' && isLocale(root.locale) ? root.locale : null;
const isServiceUrl = (v: string) => v.startsWith('/') || /^https?:\/\/[^/\s]+/.test(v);

/** The region of a locale (`fr-FR` -> `FR`, `de` -> `DE` by likely subtags), or GB. */
export function countryOfLocale(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? 'GB';
  } catch {
    return 'GB';
  }
}

/**
 * Checks the file field by field, with every problem named (not only the first), and fills
 * the documented defaults. Hand-written rather than a schema library: this runs at start-up,
 * and the library cost 16 KB of the 130 KB start-up budget (docs/BUDGET.md).
 */
export function parseTerminalConfig(raw: unknown): TerminalConfig {
  const problems: ConfigProblem[] = [];
  const bad = (field: string, problem: MessageId, values?: MessageValues) => {
    problems.push(values ? { field, problem, values } : { field, problem });
  };
  const record = (v: unknown): Record<string, unknown> | null =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : null;
  const root = record(raw);
  if (!root) {
    bad('(the whole file)', 'config.problem.object');
    throw new ConfigError('config.title.bad', problems);
  }

  function text(
    obj: Record<string, unknown>,
    path: string,
    key: string,
    check?: { ok: (v: string) => boolean; problem: MessageId; values?: MessageValues },
    fallback?: string,
  ): string {
    const field = path ? `${path}.${key}` : key;
    const v = obj[key];
    if (v === undefined) {
      if (fallback === undefined) bad(field, 'config.problem.missing');
      return fallback ?? '';
    }
    if (typeof v !== 'string') {
      bad(field, 'config.problem.text');
      return '';
    }
    if (check && !check.ok(v)) bad(field, check.problem, check.values);
    return v;
  }
  function whole(
    obj: Record<string, unknown>,
    path: string,
    key: string,
    min: number,
    max: number,
    fallback?: number,
  ): number {
    const field = path ? `${path}.${key}` : key;
    const v = obj[key];
    if (v === undefined) {
      if (fallback === undefined) bad(field, 'config.problem.missing');
      return fallback ?? 0;
    }
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      bad(field, 'config.problem.integer');
      return fallback ?? 0;
    }
    if (v < min || v > max) {
      bad(field, 'config.problem.range', { min, max });
      return fallback ?? 0;
    }
    return v;
  }
  const oneOf = <T extends string>(values: readonly T[]) => ({
    ok: (v: string) => (values as readonly string[]).includes(v),
    problem: 'config.problem.oneOf' as const,
    values: { choices: values.join(', ') },
  });
  const nonEmpty = { ok: (v: string) => v !== '', problem: 'config.problem.empty' as const };
  const url = { ok: isServiceUrl, problem: 'config.problem.url' as const };

  const mode = text(root, '', 'mode', oneOf(['live', 'simulator', 'training'] as const));
  const storeName = text(
    root,
    '',
    'storeName',
    {
      ok: (v) => v.length >= 1 && v.length <= 60,
      problem: 'config.problem.length',
      values: { max: 60 },
    },
    'Store',
  );
  const locationId = text(root, '', 'locationId', nonEmpty);
  const deviceId = text(root, '', 'deviceId', nonEmpty);
  const currency = text(root, '', 'currency', {
    ok: (v) => /^[A-Z]{3}$/.test(v),
    problem: 'config.problem.currency',
  });
  const localeCheck = { ok: isLocale, problem: 'config.problem.locale' as const };
  const locale = text(root, '', 'locale', localeCheck, 'en-GB');
  const country = text(
    root,
    '',
    'country',
    { ok: (v) => /^[A-Z]{2}$/.test(v), problem: 'config.problem.country' },
    countryOfLocale(locale),
  );
  const timeZone = text(
    root,
    '',
    'timeZone',
    { ok: isTimeZone, problem: 'config.problem.timeZone' },
    Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const soapVersion = text(root, '', 'soapVersion', oneOf(['1.1', '1.2'] as const), '1.1');
  const requestTimeoutMs = whole(root, '', 'requestTimeoutMs', 500, 120_000, 10_000);
  const searchPageSize = whole(root, '', 'searchPageSize', 10, 500, 50);

  const services = record(root.services);
  if (!services)
    bad(
      'services',
      root.services === undefined ? 'config.problem.missing' : 'config.problem.object',
    );
  const service = (key: string) => (services ? text(services, 'services', key, url) : '');
  const customerService = service('customerService');
  const accountBalanceService = service('accountBalanceService');
  const crmCustomerDataService = service('crmCustomerDataService');

  let loyaltyProgramme: TerminalConfig['loyaltyProgramme'];
  if (root.loyaltyProgramme !== undefined) {
    const p = record(root.loyaltyProgramme);
    if (!p) bad('loyaltyProgramme', 'config.problem.object');
    else
      loyaltyProgramme = {
        baseUrl: text(p, 'loyaltyProgramme', 'baseUrl', url),
        token: text(p, 'loyaltyProgramme', 'token', nonEmpty),
      };
  }

  const t = root.training === undefined ? {} : record(root.training);
  if (!t) bad('training', 'config.problem.object');
  const training = {
    customers: t ? whole(t, 'training', 'customers', 0, 1_000_000, 5000) : 5000,
    seed: t ? whole(t, 'training', 'seed', -(2 ** 53), 2 ** 53, 20261122) : 20261122,
    latencyMs: t ? whole(t, 'training', 'latencyMs', 0, 10_000, 150) : 150,
    locale: t ? text(t, 'training', 'locale', localeCheck, locale) : locale,
  };

  if (problems.length > 0) throw new ConfigError('config.title.bad', problems, localeOf(root));
  return {
    mode: mode as TerminalMode,
    storeName,
    locationId,
    deviceId,
    currency,
    locale,
    country,
    timeZone,
    soapVersion: soapVersion as '1.1' | '1.2',
    requestTimeoutMs,
    searchPageSize,
    services: { customerService, accountBalanceService, crmCustomerDataService },
    ...(loyaltyProgramme ? { loyaltyProgramme } : {}),
    training,
  };
}

export async function loadTerminalConfig(fetchFn: typeof fetch = fetch): Promise<TerminalConfig> {
  let text: string;
  try {
    // From the app's base, not the current path: a deep link such as /customers/100 must work.
    const response = await fetchFn(`${import.meta.env.BASE_URL}${CONFIG_FILE}`, {
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new ConfigError('config.title.unloaded', [
        {
          field: CONFIG_FILE,
          problem: 'config.problem.http',
          values: { status: response.status, file: CONFIG_FILE },
        },
      ]);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('config.title.unloaded', [
      { field: CONFIG_FILE, problem: 'config.problem.unreachable' },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('config.title.json', [
      {
        field: CONFIG_FILE,
        problem: 'config.problem.json',
        values: { detail: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
  return parseTerminalConfig(raw);
}
