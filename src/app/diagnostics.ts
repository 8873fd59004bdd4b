import type { QueryClient } from '@tanstack/react-query';
import type { TerminalConfig } from '../shared/config/terminal-config';
import {
  memoryLog,
  openDiagnosticsLog,
  type DiagnosticsLog,
} from '../shared/diagnostics/diagnostics-log';
import { isEnactorError } from '../shared/enactor/errors';
import type { Transport } from '../shared/enactor/transport';
import { useOutboxStore } from '../shared/outbox/outbox-store';

/** The till's diagnostics log, named by mode and device like the outbox. */
export function openTillLog(config: TerminalConfig): Promise<DiagnosticsLog> {
  return openDiagnosticsLog(`enactor-diagnostics:${config.mode}:${config.deviceId}`).catch(() =>
    memoryLog(),
  );
}

/** `/axis2/services/CustomerService...` → CustomerService; `/Loyalty/...` → the programme. */
function serviceOf(url: string): string {
  const path = new URL(url, 'http://till.invalid').pathname;
  const soap = /\/services\/(\w+?)(?:\.|\/|$)/.exec(path);
  if (soap?.[1]) return soap[1];
  return path.includes('/Loyalty/') ? 'LoyaltyProgramme' : 'unknown';
}

/** The SOAP action (1.1 header or 1.2 content type), or the REST operation from the path. */
function operationOf(url: string, init: RequestInit): string {
  const headers = new Headers(init.headers);
  const action =
    headers.get('SOAPAction') ?? /action="([^"]+)"/.exec(headers.get('Content-Type') ?? '')?.[1];
  if (action) return action.replace(/"/g, '').replace(/^urn:/, '');
  // REST: the last path segment (Earn, BalanceCheck, Authorize), never the member id.
  return new URL(url, 'http://till.invalid').pathname.split('/').filter(Boolean).at(-1) ?? '';
}

/**
 * Every call that fails on the wire, by its structure only: service, operation, HTTP status or
 * transport failure, and how long it took. No body, no URL query, no search term is kept.
 */
export function observeCalls(transport: Transport, log: DiagnosticsLog): Transport {
  return async (url, init) => {
    const started = performance.now();
    const failed = (kind: string, status: number | null) =>
      void log.record({
        type: 'call-failed',
        service: serviceOf(url),
        operation: operationOf(url, init),
        kind,
        status,
        durationMs: Math.round(performance.now() - started),
      });
    try {
      const response = await transport(url, init);
      if (!response.ok) failed('http', response.status);
      return response;
    } catch (error) {
      const reason: unknown = init.signal?.reason;
      const kind =
        reason instanceof DOMException && reason.name === 'TimeoutError'
          ? 'timeout'
          : init.signal?.aborted
            ? 'cancelled'
            : 'network';
      if (kind !== 'cancelled') failed(kind, null);
      throw error;
    }
  };
}

/**
 * What the wire cannot see: an answer that came back but could not be read. (Transport and
 * HTTP failures are recorded by `observeCalls`.)
 */
export function observeQueries(queryClient: QueryClient, log: DiagnosticsLog): void {
  const record = (error: unknown) => {
    if (isEnactorError(error) && (error.kind === 'malformed' || error.kind === 'too-large')) {
      void log.record({
        type: 'call-failed',
        service: error.service ?? 'unknown',
        operation: error.operation,
        kind: error.kind,
        status: null,
        durationMs: null,
      });
    }
  };
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') record(event.action.error);
  });
  queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') record(event.action.error);
  });
}

/** Each write the server refuses, once, as the outbox's copy shows it. */
export function observeRefusals(log: DiagnosticsLog): void {
  const refused = new Set<string>();
  useOutboxStore.subscribe((state) => {
    for (const entry of state.entries) {
      if (entry.state !== 'refused' || refused.has(entry.id)) continue;
      refused.add(entry.id);
      void log.record({
        type: 'outbox-refused',
        kind: entry.payload.kind,
        message: entry.lastError ?? '',
      });
    }
  });
}
