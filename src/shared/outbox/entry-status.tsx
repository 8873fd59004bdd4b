import { serviceName } from '../errors/explain-error';
import { useTerminal } from '../terminal/terminal-context';
import { Button } from '../ui/button';
import { SERVICE_OF, type OutboxEntry } from './outbox-entry';
import { useOutboxStore } from './outbox-store';

/** The till's storage is full or failing: said wherever a write is followed. */
export function StorageProblem() {
  const problem = useOutboxStore((s) => s.storageProblem);
  if (!problem) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-lg text-red-950"
    >
      {problem === 'full' ? "This till's storage is full" : "This till's storage will not write"}:
      updates already saved are kept and sent once it writes again; new ones cannot be saved until
      then. Call the help desk if this stays.
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
  switch (entry.state) {
    case 'delivered':
      return (
        <div role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="text-xl font-bold text-emerald-950">
            {done}: {entry.summary}
          </p>
          {format && entry.delivery?.balance != null && (
            <p className="text-lg text-emerald-950">
              New balance <strong>{format(entry.delivery.balance)}</strong>
              {entry.delivery.note ? ` · ${entry.delivery.note}` : ''}
            </p>
          )}
        </div>
      );
    case 'refused':
      return (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <p className="text-xl font-bold text-red-950">
            The {serviceName(SERVICE_OF[entry.payload.kind])} refused this update
          </p>
          <p className="text-lg text-red-950">
            {reason}. It is kept in Pending updates: put it right, then retry it there.
          </p>
        </div>
      );
    default:
      return entry.lastError === null ? (
        <p role="status" className="text-xl text-slate-800">
          Sending {entry.summary}…
        </p>
      ) : (
        <div role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <p className="text-xl font-bold text-amber-950">
            Saved on this till, not sent yet: {entry.summary}
          </p>
          <p className="text-lg text-amber-950">
            {reason}. The till keeps trying by itself, so you can carry on with the next customer.
          </p>
          <Button className="mt-2" onClick={() => void outbox.retryNow(entry.id)}>
            Retry now
          </Button>
        </div>
      );
  }
}
