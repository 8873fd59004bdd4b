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
import { translate } from '../../shared/i18n/i18n';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { DiagnosticsMessageId } from './messages';

const tr = translate<DiagnosticsMessageId>;

const megabytes = (bytes: number | null) =>
  bytes === null
    ? tr('diagnostics.unknown')
    : tr('diagnostics.megabytes', { mb: Math.round(bytes / 100_000) / 10 });

/** One line of the log: codes as recorded (service, operation, kind), the words around them translated. */
function describeEvent(event: LoggedEvent): string {
  switch (event.type) {
    case 'call-failed':
      return tr('diagnostics.event.call', {
        service: event.service,
        operation: event.operation,
        kind: event.kind,
        status: event.status ? String(event.status) : 'none',
        duration: event.durationMs ?? 'none',
        hasDuration: event.durationMs !== null ? 'yes' : 'no',
      });
    case 'uncaught':
      return `${event.source}: ${event.name}: ${event.message}`;
    case 'outbox-refused':
      return tr('diagnostics.event.refused', { kind: event.kind, message: event.message });
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
  const t = useT<DiagnosticsMessageId>();
  const operatorId = useOperatorId();
  const entries = useOutboxStore((s) => s.entries);
  const services = useServiceCheck();
  const log = useDiagnosticsLog();
  const storage = useStorageEstimate();
  const [crash, setCrash] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const locale = useTillLocale();
  const formatCount = (n: number) => n.toLocaleString(locale);
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
          {t('diagnostics.heading')}
        </h1>
        <div className="ml-auto flex flex-wrap gap-2">
          {config.mode !== 'live' && (
            <Button onClick={() => setCrash(true)}>{t('diagnostics.testError')}</Button>
          )}
          <Button
            onClick={() => {
              void services.refetch();
              void log.refetch();
              void storage.refetch();
            }}
          >
            {t('diagnostics.checkAgain')}
          </Button>
          <Button variant="primary" onClick={exportReport}>
            {t('diagnostics.export')}
          </Button>
        </div>
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-2">
        <DetailsCard label={t('diagnostics.till')}>
          <Field label={t('diagnostics.field.version')}>{__APP_VERSION__}</Field>
          <Field label={t('diagnostics.field.built')}>
            {formatDateTime(__BUILD_DATE__, locale)}
          </Field>
          <Field label={t('diagnostics.field.store')}>{config.storeName}</Field>
          <Field label={t('diagnostics.field.mode')}>{config.mode}</Field>
          <Field label={t('diagnostics.field.device')}>{config.deviceId}</Field>
          <Field label={t('diagnostics.field.location')}>{config.locationId}</Field>
          <Field label={t('diagnostics.field.operator')}>
            {operatorId ?? t('diagnostics.nobody')}
          </Field>
          <Field label={t('diagnostics.field.network')}>
            {t(navigator.onLine ? 'diagnostics.online' : 'diagnostics.offline')}
          </Field>
        </DetailsCard>
        <DetailsCard label={t('diagnostics.updates')}>
          <Field label={t('diagnostics.field.pending')}>{formatCount(outbox.pending)}</Field>
          <Field label={t('diagnostics.field.refused')}>{formatCount(outbox.refused)}</Field>
          <Field label={t('diagnostics.field.oldest')}>
            {outbox.oldestOpenMinutes === null
              ? t('diagnostics.none')
              : t('diagnostics.minutes', { minutes: outbox.oldestOpenMinutes })}
          </Field>
          <Field label={t('diagnostics.field.delivered')}>
            {formatCount(outbox.deliveredLast24h)}
          </Field>
          <Field label={t('diagnostics.field.storageUsed')}>
            {megabytes(storage.data?.usage ?? null)}
          </Field>
          <Field label={t('diagnostics.field.storageQuota')}>
            {megabytes(storage.data?.quota ?? null)}
          </Field>
        </DetailsCard>
      </div>

      <SectionCard id="services" title={t('diagnostics.services')}>
        <QueryContent query={services} pending={t('diagnostics.services.checking')}>
          {(checks) => (
            <ul aria-label={t('diagnostics.services.label')} className="flex flex-col gap-2">
              {checks.map(({ service, url, result }) => (
                <li
                  key={service}
                  className={`flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-lg border-2 px-4 py-3 text-lg ${result.reachable && !result.problem ? 'border-emerald-600 bg-emerald-50' : 'border-red-700 bg-red-50'}`}
                >
                  <span className="font-bold text-slate-900">{serviceName(service)}</span>
                  <span>
                    {t(result.reachable ? 'diagnostics.reachable' : 'diagnostics.unreachable')}
                  </span>
                  {result.status !== null && (
                    <span>{t('diagnostics.http', { status: result.status })}</span>
                  )}
                  {result.soapVersion && (
                    <span>{t('diagnostics.soap', { version: result.soapVersion })}</span>
                  )}
                  <span>{t('diagnostics.ms', { ms: result.latencyMs })}</span>
                  {result.problem && <span className="text-red-900">{result.problem}</span>}
                  <span className="w-full break-all font-mono text-sm text-slate-600">{url}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryContent>
      </SectionCard>

      <SectionCard id="events" title={t('diagnostics.events')}>
        <QueryContent
          query={log}
          pending={t('diagnostics.events.reading')}
          isEmpty={(events) => events.length === 0}
          empty={<p className="text-lg text-slate-700">{t('diagnostics.events.none')}</p>}
        >
          {(events) => (
            <ol aria-label={t('diagnostics.events.label')} className="flex flex-col gap-1">
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

      <SectionCard id="config" title={t('diagnostics.config')}>
        <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
          {JSON.stringify(configForSupport(config), null, 2)}
        </pre>
      </SectionCard>
    </section>
  );
}
