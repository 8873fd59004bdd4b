import { StorageProblem } from '../../shared/outbox/entry-status';
import type { OutboxEntry, OutboxState } from '../../shared/outbox/outbox-entry';
import { isOpen, useOutboxStore } from '../../shared/outbox/outbox-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';

const STATE: Record<OutboxState, { label: string; className: string }> = {
  pending: { label: 'Waiting to send', className: 'bg-amber-100 text-amber-950' },
  sending: { label: 'Sending', className: 'bg-blue-100 text-blue-950' },
  refused: { label: 'Refused', className: 'bg-red-100 text-red-950' },
  delivered: { label: 'Delivered', className: 'bg-emerald-100 text-emerald-950' },
};

function EntryRow({ entry, locale }: { entry: OutboxEntry; locale: string }) {
  const { outbox } = useTerminal();
  const time = (ms: number) =>
    new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(ms));
  const state = STATE[entry.state];
  const transactionId = entry.id.slice(entry.id.lastIndexOf(':') + 1);
  return (
    <li
      aria-label={`${entry.summary}, account ${entry.subject}: ${state.label}`}
      className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border-2 border-slate-300 bg-white p-4"
    >
      <div className="flex min-w-56 flex-col">
        <span className="text-xl font-bold text-slate-900">{entry.summary}</span>
        <span className="text-base text-slate-700">
          Account {entry.subject} · Transaction <span className="font-mono">{transactionId}</span>
        </span>
      </div>
      <span className={`rounded-full px-3 py-1 text-base font-semibold ${state.className}`}>
        {state.label}
      </span>
      <div className="flex min-w-0 flex-1 flex-col text-base text-slate-800">
        <span>
          Saved {time(entry.createdAt)} ·{' '}
          {entry.attempts === 1 ? '1 attempt' : `${entry.attempts} attempts`}
          {entry.state === 'pending' && entry.nextAttemptAt > 0
            ? ` · next try ${time(entry.nextAttemptAt)}`
            : ''}
        </span>
        {entry.state === 'delivered' && entry.delivery ? (
          <span>
            Delivered {time(entry.delivery.at)}
            {entry.delivery.note ? ` · ${entry.delivery.note}` : ''}
          </span>
        ) : (
          entry.lastError && (
            <span className="break-words font-semibold text-red-900">
              Last error: {entry.lastError}
            </span>
          )
        )}
      </div>
      {entry.state !== 'delivered' && (
        <Button onClick={() => void outbox.retryNow(entry.id)}>Retry</Button>
      )}
    </li>
  );
}

/** Every write waiting for the server, and the recent ones it applied. */
export function OutboxScreen() {
  const { config, outbox } = useTerminal();
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
          Pending updates
        </h1>
        <Button
          variant="primary"
          className="ml-auto"
          disabled={!open.some((e) => e.state !== 'refused')}
          onClick={() => void outbox.retryNow()}
        >
          Retry now
        </Button>
      </div>
      <StorageProblem />
      {!persistent && (
        <p role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg">
          This browser will not let the till store updates, so any still waiting are lost if the
          till is reloaded. Keep the till open until they are delivered, and call the help desk.
        </p>
      )}
      {open.length === 0 ? (
        <p className="text-xl text-slate-800">
          Nothing is waiting: every update has reached the loyalty service.
        </p>
      ) : (
        <>
          <p className="text-lg text-slate-800">
            Updates are kept on this till and sent until the loyalty service answers; each is
            applied once, however often it is sent. Refused ones are kept until you retry them.
          </p>
          <ul aria-label="Waiting" className="flex flex-col gap-2">
            {open.map((e) => (
              <EntryRow key={e.id} entry={e} locale={config.locale} />
            ))}
          </ul>
        </>
      )}
      {delivered.length > 0 && (
        <>
          <h2 className="text-xl font-bold text-slate-900">Delivered (last 24 hours)</h2>
          <ul aria-label="Delivered" className="flex flex-col gap-2">
            {delivered.map((e) => (
              <EntryRow key={e.id} entry={e} locale={config.locale} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
