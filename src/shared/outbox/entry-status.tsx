import { serviceKey } from '../errors/explain-error';
import { RichT, useT } from '../i18n/messages';
import { useTerminal } from '../terminal/terminal-context';
import { Button } from '../ui/button';
import { SERVICE_OF, type OutboxEntry } from './outbox-entry';
import { useOutboxStore } from './outbox-store';

/** The till's storage is full or failing: said wherever a write is followed. */
export function StorageProblem() {
  const problem = useOutboxStore((s) => s.storageProblem);
  const t = useT();
  if (!problem) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg text-red-950"
    >
      {t(problem === 'full' ? 'ui.storage.full' : 'ui.storage.failing')}
    </p>
  );
}

/** Where one write stands, in words for the cashier, from the moment it is stored. */
export function EntryStatus({
  entry,
  done,
  format,
}: {
  entry: OutboxEntry;
  /** Heading once the server has applied it ("Sale completed"). */
  done: string;
  format?: (n: number) => string;
}) {
  const reason = (entry.lastError ?? '').replace(/\.$/, '');
  return (
    <>
      <StorageProblem />
      <State entry={entry} done={done} format={format} reason={reason} />
    </>
  );
}

function State({
  entry,
  done,
  format,
  reason,
}: {
  entry: OutboxEntry;
  done: string;
  format: ((n: number) => string) | undefined;
  reason: string;
}) {
  const { outbox } = useTerminal();
  const t = useT();
  switch (entry.state) {
    case 'delivered':
      return (
        <div role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="text-xl font-bold text-emerald-950">
            {t('ui.write.done', { done, summary: entry.summary })}
          </p>
          {format && entry.delivery?.balance != null && (
            <p className="text-lg text-emerald-950">
              <RichT
                id="ui.write.newBalance"
                values={{
                  balance: format(entry.delivery.balance),
                  note: entry.delivery.note || 'none',
                  hasNote: entry.delivery.note ? 'yes' : 'no',
                }}
                components={{ 0: <strong /> }}
              />
            </p>
          )}
        </div>
      );
    case 'refused':
      return (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <p className="text-xl font-bold text-red-950">
            {t('ui.write.refused', { service: serviceKey(SERVICE_OF[entry.payload.kind]) })}
          </p>
          <p className="text-lg text-red-950">{t('ui.write.refused.advice', { reason })}</p>
        </div>
      );
    default:
      return entry.lastError === null ? (
        <p role="status" className="text-xl text-slate-800">
          {t('ui.write.sending', { summary: entry.summary })}
        </p>
      ) : (
        <div role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <p className="text-xl font-bold text-amber-950">
            {t('ui.write.saved', { summary: entry.summary })}
          </p>
          <p className="text-lg text-amber-950">{t('ui.write.saved.advice', { reason })}</p>
          <Button className="mt-2" onClick={() => void outbox.retryNow(entry.id)}>
            {t('ui.write.retryNow')}
          </Button>
        </div>
      );
  }
}
