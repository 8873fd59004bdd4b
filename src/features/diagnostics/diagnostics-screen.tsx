import { useState } from 'react';
import { serviceName } from '../../shared/errors/explain-error';
import type { LoggedEvent } from '../../shared/diagnostics/diagnostics-log';
import { formatDateTime } from '../../shared/format/format';
import { useOutboxStore } from '../../shared/outbox/outbox-store';
import { useOperatorId } from '../../shared/stores/operator-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { useServiceCheck } from './api/check-services';
import { useDiagnosticsLog, useStorageEstimate } from './api/get-log';
import { buildReport, configForSupport, outboxForSupport } from './diagnostics-report';

const megabytes = (bytes: number | null) =>
  bytes === null ? 'unknown' : `${(bytes / 1_000_000).toFixed(1)} MB`;

function describeEvent(event: LoggedEvent): string {
  switch (event.type) {
    case 'call-failed':
      return `${event.service} · ${event.operation}: ${event.kind}${event.status ? ` ${event.status}` : ''}${event.durationMs !== null ? ` after ${event.durationMs} ms` : ''}`;
    case 'uncaught':
      return `${event.source}: ${event.name}: ${event.message}`;
    case 'outbox-refused':
      return `refused ${event.kind}: ${event.message}`;
  }
}

/** Throws while rendering: lets a trainer or QA see the error screen (never on a live till). */
function Crash(): never {
  throw new Error('Test of the error screen (for amelia.baldwin@example.co.uk, "Amelia")');
}

/**
 * For the help desk: which build, the config in force (no token), the till and operator, the
 * last errors, pending updates, storage, a live check of each service, and Export.
 */
export function DiagnosticsScreen() {
  const { config } = useTerminal();
  const operatorId = useOperatorId();
  const entries = useOutboxStore((s) => s.entries);
  const services = useServiceCheck();
  const log = useDiagnosticsLog();
  const storage = useStorageEstimate();
  const [crash, setCrash] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const locale = config.locale;
  const outbox = outboxForSupport(entries, openedAt);

  const exportReport = () => {
    const report = buildReport({
      now: Date.now(),
      config,
      operatorId,
      services: services.data ?? [],
      entries,
      storage: storage.data ?? null,
      events: log.data ?? [],
    });
    const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `till-${config.deviceId}-diagnostics-${report.exportedAt.replace(/[:.]/g, '-')}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section
      aria-labelledby="diagnostics-heading"
      className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-4"
    >
      {crash && <Crash />}
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="diagnostics-heading" className="text-3xl font-bold text-slate-900">
          Diagnostics
        </h1>
        <div className="ml-auto flex flex-wrap gap-2">
          {config.mode !== 'live' && (
            <Button onClick={() => setCrash(true)}>Test the error screen</Button>
          )}
          <Button
            onClick={() => {
              void services.refetch();
              void log.refetch();
              void storage.refetch();
            }}
          >
            Check again
          </Button>
          <Button variant="primary" onClick={exportReport}>
            Export
          </Button>
        </div>
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-2">
        <DetailsCard label="This till">
          <Field label="Version">{__APP_VERSION__}</Field>
          <Field label="Built">{formatDateTime(__BUILD_DATE__, locale)}</Field>
          <Field label="Store">{config.storeName}</Field>
          <Field label="Mode">{config.mode}</Field>
          <Field label="Device">{config.deviceId}</Field>
          <Field label="Location">{config.locationId}</Field>
          <Field label="Operator">{operatorId ?? 'Nobody signed on'}</Field>
          <Field label="Network">{navigator.onLine ? 'Online' : 'Offline'}</Field>
        </DetailsCard>
        <DetailsCard label="Updates and storage">
          <Field label="Pending">{String(outbox.pending)}</Field>
          <Field label="Refused">{String(outbox.refused)}</Field>
          <Field label="Oldest waiting">
            {outbox.oldestOpenMinutes === null ? 'None' : `${outbox.oldestOpenMinutes} min`}
          </Field>
          <Field label="Delivered (24 h)">{String(outbox.deliveredLast24h)}</Field>
          <Field label="Storage used">{megabytes(storage.data?.usage ?? null)}</Field>
          <Field label="Storage quota">{megabytes(storage.data?.quota ?? null)}</Field>
        </DetailsCard>
      </div>

      <SectionCard id="services" title="Services">
        <QueryContent query={services} pending="Checking each service…">
          {(checks) => (
            <ul aria-label="Service checks" className="flex flex-col gap-2">
              {checks.map(({ service, url, result }) => (
                <li
                  key={service}
                  className={`flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-lg border-2 px-4 py-3 text-lg ${result.reachable && !result.problem ? 'border-emerald-600 bg-emerald-50' : 'border-red-700 bg-red-50'}`}
                >
                  <span className="font-bold text-slate-900">{serviceName(service)}</span>
                  <span>{result.reachable ? 'Reachable' : 'Not reachable'}</span>
                  {result.status !== null && <span>HTTP {result.status}</span>}
                  {result.soapVersion && <span>SOAP {result.soapVersion}</span>}
                  <span>{result.latencyMs} ms</span>
                  {result.problem && <span className="text-red-900">{result.problem}</span>}
                  <span className="w-full break-all font-mono text-sm text-slate-600">{url}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryContent>
      </SectionCard>

      <SectionCard id="events" title="Last errors">
        <QueryContent
          query={log}
          pending="Reading the log…"
          isEmpty={(events) => events.length === 0}
          empty={<p className="text-lg text-slate-700">Nothing recorded.</p>}
        >
          {(events) => (
            <ol aria-label="Recorded errors" className="flex flex-col gap-1">
              {events.slice(0, 30).map((event, i) => (
                <li key={event.id ?? i} className="flex gap-3 text-base">
                  <span className="shrink-0 font-mono text-slate-600">
                    {formatDateTime(new Date(event.at).toISOString(), locale)}
                  </span>
                  <span className="break-words text-slate-900">{describeEvent(event)}</span>
                </li>
              ))}
            </ol>
          )}
        </QueryContent>
      </SectionCard>

      <SectionCard id="config" title="Configuration in force">
        <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
          {JSON.stringify(configForSupport(config), null, 2)}
        </pre>
      </SectionCard>
    </section>
  );
}
