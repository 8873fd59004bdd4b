import { openDB, type DBSchema } from 'idb';
import { scrub } from './scrub';

/** One thing the help desk may need to know, with no personal data in it. */
export type DiagnosticEvent =
  | {
      readonly type: 'call-failed';
      readonly service: string;
      readonly operation: string;
      /** The failure's kind (network, timeout, http, soap-fault, malformed, cancelled). */
      readonly kind: string;
      readonly status: number | null;
      readonly durationMs: number | null;
    }
  | {
      readonly type: 'uncaught';
      /** Where it was caught: a screen's boundary, the window, an unhandled promise. */
      readonly source: string;
      readonly name: string;
      readonly message: string;
    }
  | {
      readonly type: 'outbox-refused';
      readonly kind: string;
      readonly message: string;
    };

export type LoggedEvent = DiagnosticEvent & { readonly id?: number; readonly at: number };

interface LogDb extends DBSchema {
  events: { key: number; value: LoggedEvent; indexes: { at: number } };
}

/** Kept: the newest of these, and none older than a week. */
export const LOG_LIMITS = { events: 200, maxAgeMs: 7 * 24 * 3600_000 } as const;

export interface DiagnosticsLog {
  record(event: DiagnosticEvent): Promise<void>;
  /** Newest first. */
  list(): Promise<LoggedEvent[]>;
  clear(): Promise<void>;
}

/** Free text scrubbed, so a message that echoes what was typed keeps none of it. */
function cleaned(event: DiagnosticEvent): DiagnosticEvent {
  switch (event.type) {
    case 'call-failed':
      return { ...event, service: scrub(event.service), operation: scrub(event.operation) };
    case 'uncaught':
      return { ...event, name: scrub(event.name), message: scrub(event.message) };
    case 'outbox-refused':
      return { ...event, message: scrub(event.message) };
  }
}

/**
 * A small rolling log in IndexedDB (a memory one where the browser refuses storage), for the
 * Diagnostics screen and its export. Recording never throws: diagnostics must not break a till.
 */
export async function openDiagnosticsLog(
  name: string,
  now: () => number = Date.now,
): Promise<DiagnosticsLog> {
  try {
    const db = await openDB<LogDb>(name, 1, {
      upgrade(database) {
        database
          .createObjectStore('events', { keyPath: 'id', autoIncrement: true })
          .createIndex('at', 'at');
      },
    });
    return {
      async record(event) {
        try {
          const tx = db.transaction('events', 'readwrite');
          await tx.store.add({ ...cleaned(event), at: now() });
          // Roll: drop the oldest beyond the limits.
          const count = await tx.store.count();
          let excess = count - LOG_LIMITS.events;
          const oldest = now() - LOG_LIMITS.maxAgeMs;
          for (let c = await tx.store.index('at').openCursor(); c; c = await c.continue()) {
            if (excess <= 0 && c.value.at >= oldest) break;
            await c.delete();
            excess--;
          }
          await tx.done;
        } catch {
          // A full or blocked storage loses a diagnostic, never the till.
        }
      },
      list: async () => (await db.getAll('events')).reverse(),
      clear: () => db.clear('events'),
    };
  } catch {
    return memoryLog(now);
  }
}

export function memoryLog(now: () => number = Date.now): DiagnosticsLog {
  const events: LoggedEvent[] = [];
  return {
    async record(event) {
      events.push({ ...cleaned(event), at: now() });
      if (events.length > LOG_LIMITS.events) events.splice(0, events.length - LOG_LIMITS.events);
    },
    list: async () => [...events].reverse(),
    clear: async () => void events.splice(0),
  };
}
