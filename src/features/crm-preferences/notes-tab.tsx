import { useState } from 'react';
import { visibleNotes, type Note } from '../../shared/domain/clienteling';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { useOperatorId } from '../../shared/stores/operator-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { useNotes } from './api/get-notes';
import { useSaveNote } from './api/save-note';
import { RemoveButton } from './form-buttons';
import { NoSuchCustomer } from './no-such-customer';
import { NoteForm } from './note-form';
import { SaveFeedback } from './save-feedback';
import { SignOnNeeded } from './sign-on-needed';
import { WishlistForm } from './wishlist-form';
import type { CrmPreferencesMessageId } from './messages';

const Badge = ({ children, tone }: { children: string; tone: 'slate' | 'amber' }) => (
  <span
    className={`rounded-full px-3 py-0.5 text-sm font-bold ${tone === 'amber' ? 'bg-amber-200 text-amber-950' : 'bg-slate-200 text-slate-900'}`}
  >
    {children}
  </span>
);

function NoteRow({ note }: { note: Note }) {
  const { config } = useTerminal();
  const t = useT<CrmPreferencesMessageId>();
  return (
    <li className="flex flex-col gap-1 border-b border-slate-200 pb-3 last:border-0">
      <p className="whitespace-pre-wrap break-words text-lg text-slate-900">{note.text}</p>
      <p className="flex flex-wrap items-center gap-2 text-base text-slate-700">
        <span>
          {note.author} · {formatDateTime(note.created, config.locale)}
        </span>
        {note.isPrivate && <Badge tone="slate">{t('crm-preferences.note.private')}</Badge>}
        {note.isAlert && <Badge tone="amber">{t('crm-preferences.note.alert')}</Badge>}
      </p>
    </li>
  );
}

function WishRow({ note, operatorId }: { note: Note; operatorId: string | null }) {
  const { config } = useTerminal();
  const t = useT<CrmPreferencesMessageId>();
  const { mutation, submit } = useSaveNote(note.customerNumber);
  const item = note.wishlistItem;
  const name = item?.description || item?.productId || t('crm-preferences.wish.item');
  const remove = () =>
    operatorId &&
    submit({
      operatorId,
      change: { kind: 'remove', noteId: note.noteId, customerNumber: note.customerNumber },
    });
  const details = [
    item?.productId && item.description
      ? t('crm-preferences.wish.product', { productId: item.productId })
      : '',
    item?.size ? t('crm-preferences.wish.size', { size: item.size }) : '',
    item?.colour ?? '',
    t('crm-preferences.wish.added', { date: formatCalendarDate(note.created, config.locale) }),
  ].filter(Boolean);
  return (
    <li className="flex flex-col gap-2 border-b border-slate-200 pb-3 last:border-0">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="break-words text-lg font-semibold text-slate-900">{name}</p>
          <p className="text-base text-slate-700">{details.join(' · ')}</p>
          {note.text && <p className="break-words text-base text-slate-800">{note.text}</p>}
        </div>
        {operatorId && <RemoveButton name={name} removing={mutation.isPending} onRemove={remove} />}
      </div>
      <SaveFeedback error={mutation.error} result={mutation.data} onRetry={remove} kept="" />
    </li>
  );
}

/** Notes / Wishlist: newest first; private notes only to their author; + adds one. */
export function NotesTab({ customerNumber }: { customerNumber: string }) {
  const operatorId = useOperatorId();
  const notes = useNotes(customerNumber, operatorId);
  const t = useT<CrmPreferencesMessageId>();
  const [adding, setAdding] = useState<'note' | 'wish' | null>(null);

  // The forms stand outside the list's query: a failed reload never takes what was typed.
  if (adding && operatorId) {
    const Form = adding === 'note' ? NoteForm : WishlistForm;
    return (
      <Form
        customerNumber={customerNumber}
        operatorId={operatorId}
        onClose={() => setAdding(null)}
      />
    );
  }
  return (
    <QueryContent
      query={notes}
      pending={t('crm-preferences.notes.loading')}
      isEmpty={(found) => found === null}
      empty={<NoSuchCustomer customerNumber={customerNumber} />}
    >
      {(found) => {
        const visible = visibleNotes(found ?? [], operatorId);
        const plain = visible.filter((n) => n.type === 'NOTE');
        const wishes = visible.filter((n) => n.type === 'WISHLIST');
        return (
          <div className="grid items-start gap-4 lg:grid-cols-2">
            <SectionCard
              id="notes"
              title={t('crm-preferences.notes.title', { count: plain.length })}
            >
              {operatorId ? (
                <Button variant="primary" className="self-start" onClick={() => setAdding('note')}>
                  {t('crm-preferences.notes.add')}
                </Button>
              ) : (
                <SignOnNeeded to="notes" />
              )}
              {plain.length === 0 ? (
                <p className="text-lg text-slate-700">{t('crm-preferences.notes.none')}</p>
              ) : (
                <ul aria-label={t('crm-preferences.notes.list')} className="flex flex-col gap-3">
                  {plain.map((n) => (
                    <NoteRow key={n.noteId} note={n} />
                  ))}
                </ul>
              )}
            </SectionCard>
            <SectionCard
              id="wishlist"
              title={t('crm-preferences.wishlist.title', { count: wishes.length })}
            >
              {operatorId ? (
                <Button variant="primary" className="self-start" onClick={() => setAdding('wish')}>
                  {t('crm-preferences.wishlist.add')}
                </Button>
              ) : (
                <SignOnNeeded to="wishlist" />
              )}
              {wishes.length === 0 ? (
                <p className="text-lg text-slate-700">{t('crm-preferences.wishlist.none')}</p>
              ) : (
                <ul aria-label={t('crm-preferences.wishlist.list')} className="flex flex-col gap-3">
                  {wishes.map((n) => (
                    <WishRow key={n.noteId} note={n} operatorId={operatorId} />
                  ))}
                </ul>
              )}
            </SectionCard>
          </div>
        );
      }}
    </QueryContent>
  );
}
