import { useShallow } from 'zustand/react/shallow';
import { Link } from 'wouter';
import { routes } from '../routes';
import { isOpen, useOutboxStore } from './outbox-store';
import { useT } from '../i18n/messages';

/**
 * Writes for this account or member that the server has not applied yet: the balance on
 * screen is the server's and excludes them.
 */
export function PendingNote({ subject, noun }: { subject: string; noun: 'account' | 'member' }) {
  const t = useT();
  const open = useOutboxStore(
    useShallow((s) => s.entries.filter((e) => e.subject === subject && isOpen(e))),
  );
  if (open.length === 0) return null;
  return (
    <div
      role="note"
      className="rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <p className="text-lg font-bold">
        {t('ui.pending.note', {
          count: open.length,
          noun,
          summaries: open.map((e) => e.summary).join(', '),
        })}
      </p>
      <p className="text-base">
        {t('ui.pending.explain')}{' '}
        <Link
          href={routes.outbox}
          className="inline-flex min-h-12 items-center font-semibold underline"
        >
          {t('ui.pending.link')}
        </Link>
      </p>
    </div>
  );
}
