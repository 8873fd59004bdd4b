import type { TerminalConfig } from '../../shared/config/terminal-config';
import type { LoggedEvent } from '../../shared/diagnostics/diagnostics-log';
import type { ProbeResult } from '../../shared/enactor/probe-services';
import type { OutboxEntry } from '../../shared/outbox/outbox-entry';

/** The config as the help desk may see it: every field, the Bearer token only as set or not. */
export function configForSupport(config: TerminalConfig): unknown {
  const { loyaltyProgramme, ...rest } = config;
  return {
    ...rest,
    ...(loyaltyProgramme && {
      loyaltyProgramme: {
        ...loyaltyProgramme,
        token: loyaltyProgramme.token ? '(set)' : '(not set: the proxy adds it)',
      },
    }),
  };
}

/** Pending updates by state, with no payload (they name accounts and members). */
export function outboxForSupport(entries: readonly OutboxEntry[], now: number) {
  const open = entries.filter((e) => e.state !== 'delivered');
  const oldest = open.reduce((min, e) => Math.min(min, e.createdAt), Infinity);
  return {
    pending: entries.filter((e) => e.state === 'pending' || e.state === 'sending').length,
    refused: entries.filter((e) => e.state === 'refused').length,
    deliveredLast24h: entries.filter((e) => e.state === 'delivered').length,
    oldestOpenMinutes: Number.isFinite(oldest) ? Math.round((now - oldest) / 60_000) : null,
    lastErrors: [...new Set(open.map((e) => e.lastError).filter(Boolean))].slice(0, 5),
  };
}

export interface SupportReport {
  readonly exportedAt: string;
  readonly app: { readonly version: string; readonly buildDate: string };
  readonly device: {
    readonly userAgent: string;
    readonly language: string;
    readonly screen: string;
    readonly online: boolean;
  };
  readonly till: {
    readonly store: string;
    readonly deviceId: string;
    readonly locationId: string;
    readonly mode: string;
    readonly operatorId: string | null;
  };
  readonly config: unknown;
  readonly services: readonly { service: string; url: string; result: ProbeResult }[];
  readonly outbox: ReturnType<typeof outboxForSupport>;
  readonly storage: unknown;
  readonly events: readonly LoggedEvent[];
}

/** What Export writes: everything on the Diagnostics screen, in one JSON file. */
export function buildReport(parts: {
  now: number;
  config: TerminalConfig;
  operatorId: string | null;
  services: SupportReport['services'];
  entries: readonly OutboxEntry[];
  storage: unknown;
  events: readonly LoggedEvent[];
}): SupportReport {
  return {
    exportedAt: new Date(parts.now).toISOString(),
    app: { version: __APP_VERSION__, buildDate: __BUILD_DATE__ },
    device: {
      userAgent: navigator.userAgent,
      language: navigator.language,
      screen: `${window.screen.width}x${window.screen.height} (${window.innerWidth}x${window.innerHeight} shown)`,
      online: navigator.onLine,
    },
    till: {
      store: parts.config.storeName,
      deviceId: parts.config.deviceId,
      locationId: parts.config.locationId,
      mode: parts.config.mode,
      operatorId: parts.operatorId,
    },
    config: configForSupport(parts.config),
    services: parts.services,
    outbox: outboxForSupport(parts.entries, parts.now),
    storage: parts.storage,
    events: parts.events,
  };
}
