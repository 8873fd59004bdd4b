import { StorageProblem } from '../../shared/outbox/entry-status';
import type { OutboxEntry, OutboxState } from '../../shared/outbox/outbox-entry';
import { isOpen, useOutboxStore } from '../../shared/outbox/outbox-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { useT } from '../../shared/i18n/messages';
import type { OutboxMessageId } from './messages';

const STATE: Record<OutboxState, { label: OutboxMessageId; className: string }> = {
  pending: { label: 'outbox.state.pending', className: 'bg-amber-100 text-amber-950' },
  sending: { label: 'outbox.state.sending', className: 'bg-blue-100 text-blue-950' },
  refused: { label: 'outbox.state.refused', className: 'bg-red-100 text-red-950' },
  delivered: { label: 'outbox.state.delivered', className: 'bg-emerald-100 text-emerald-950' },
};

function EntryRow({ entry, locale }: { entry: OutboxEntry; locale: string }) {
  const { outbox } = useTerminal();
  const t = useT<OutboxMessageId>();
  const time = (ms: number) =>
    new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(ms));
  const state = STATE[entry.state];
  const stateLabel = t(state.label);
  const transactionId = entry.id.slice(entry.id.lastIndexOf(':') + 1);
  return (
    <li
      aria-label={t('outbox.entry.label', {
        summary: entry.summary,
        account: entry.subject,
        state: stateLabel,
      })}
      className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border-2 border-slate-300 bg-white p-4"
    >
      <div className="flex min-w-56 flex-col">
        <span className="text-xl font-bold text-slate-900">{entry.summary}</span>
        <span className="text-base text-slate-700">
          {t('outbox.entry.where', { account: entry.subject })}{' '}
          <span className="font-mono">{transactionId}</span>
        </span>
      </div>
      <span className={`rounded-full px-3 py-1 text-base font-semibold ${state.className}`}>
        {stateLabel}
      </span>
      <div className="flex min-w-0 flex-1 flex-col text-base text-slate-800">
        <span>
          {t('outbox.entry.saved', { time: time(entry.createdAt), attempts: entry.attempts })}
          {entry.state === 'pending' && entry.nextAttemptAt > 0
            ? t('outbox.entry.nextTry', { time: time(entry.nextAttemptAt) })
            : ''}
        </span>
        {entry.state === 'delivered' && entry.delivery ? (
          <span>
            {t('outbox.entry.delivered', { time: time(entry.delivery.at) })}
            {entry.delivery.note ? ` · ${entry.delivery.note}` : ''}
          </span>
        ) : (
          entry.lastError && (
            <span className="break-words font-semibold text-red-900">
              {t('outbox.entry.lastError', { error: entry.lastError })}
            </span>
          )
        )}
      </div>
      {entry.state !== 'delivered' && (
        <Button onClick={() => void outbox.retryNow(entry.id)}>{t('outbox.retry')}</Button>
      )}
    </li>
  );
}

/** Every write waiting for the server, and the recent ones it applied. */
export function OutboxScreen() {
  const { config, outbox } = useTerminal();
  const t = useT<OutboxMessageId>();
  const entries = useOutboxStore((s) => s.entries);
  const persistent = useOutboxStore((s) => s.persistent);
  const open = entries.filter(isOpen);
  const delivered = entries.filter((e) => !isOpen(e));
  return (
    <section
      aria-labelledby="outbox-heading"
      className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4"
    >
      <div className="flex flex-wrap items-center gap-4">
        <h1 id="outbox-heading" className="text-3xl font-bold text-slate-900">
          {t('outbox.heading')}
        </h1>
        <Button
          variant="primary"
          className="ml-auto"
          disabled={!open.some((e) => e.state !== 'refused')}
          onClick={() => void outbox.retryNow()}
        >
          {t('outbox.retryAll')}
        </Button>
      </div>
      <StorageProblem />
      {!persistent && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg">
          {t('outbox.notPersistent')}
        </p>
      )}
      {open.length === 0 ? (
        <p className="text-xl text-slate-800">{t('outbox.nothingWaiting')}</p>
      ) : (
        <>
          <p className="text-lg text-slate-800">{t('outbox.explain')}</p>
          <ul aria-label={t('outbox.waiting')} className="flex flex-col gap-2">
            {open.map((e) => (
              <EntryRow key={e.id} entry={e} locale={config.locale} />
            ))}
          </ul>
        </>
      )}
      {delivered.length > 0 && (
        <>
          <h2 className="text-xl font-bold text-slate-900">{t('outbox.deliveredHeading')}</h2>
          <ul aria-label={t('outbox.deliveredList')} className="flex flex-col gap-2">
            {delivered.map((e) => (
              <EntryRow key={e.id} entry={e} locale={config.locale} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
