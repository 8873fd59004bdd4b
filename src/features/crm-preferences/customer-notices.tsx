import { useEffect } from 'react';
import { upcomingKeyDates, visibleNotes } from '../../shared/domain/clienteling';
import { explainError } from '../../shared/errors/explain-error';
import { formatDateTime } from '../../shared/format/format';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import { useOperatorId } from '../../shared/stores/operator-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { useKeyDates } from './api/get-key-dates';
import { useNotes } from './api/get-notes';
import { useDismissedAlerts } from './dismissed-alerts-store';
import { dayOfYear, keyDateName } from './labels';
import type { CrmPreferencesMessageId } from './messages';

/**
 * A customer's alert notes, as a banner the moment the customer is opened (the customer page
 * and Client Details), until dismissed for this visit.
 */
export function AlertNotesBanner({ customerNumber }: { customerNumber: string }) {
  const { config } = useTerminal();
  const t = useT<CrmPreferencesMessageId>();
  const operatorId = useOperatorId();
  const notes = useNotes(customerNumber, operatorId);
  const { visit, dismiss } = useDismissedAlerts.getState();
  const dismissed = useDismissedAlerts((s) =>
    s.customerNumber === customerNumber ? s.noteIds : null,
  );
  useEffect(() => visit(customerNumber), [visit, customerNumber]);

  if (notes.isError && !notes.data)
    return (
      <p role="status" className="flex flex-wrap items-center gap-3 text-base text-slate-700">
        {t('crm-preferences.alerts.failed', { problem: explainError(notes.error).title })}
        <Button onClick={() => void notes.refetch()}>
          {t('crm-preferences.alerts.checkAgain')}
        </Button>
      </p>
    );
  const alerts = visibleNotes(notes.data ?? [], operatorId).filter(
    (n) => n.isAlert && n.type === 'NOTE' && !dismissed?.has(n.noteId),
  );
  if (alerts.length === 0) return null;
  return (
    <div
      role="alert"
      aria-label={t('crm-preferences.alerts.label')}
      className="flex flex-wrap items-start gap-3 rounded-xl border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <ul className="flex min-w-0 flex-1 flex-col gap-2">
        {alerts.map((a) => (
          <li key={a.noteId}>
            <p className="whitespace-pre-wrap break-words text-xl font-bold">{a.text}</p>
            <p className="text-base">
              {t('crm-preferences.alerts.from', {
                author: a.author,
                when: formatDateTime(a.created, config.locale),
              })}
            </p>
          </li>
        ))}
      </ul>
      <Button
        onClick={() =>
          dismiss(
            customerNumber,
            alerts.map((a) => a.noteId),
          )
        }
      >
        {t('crm-preferences.alerts.dismiss')}
      </Button>
    </div>
  );
}

/** Key dates coming up ("Birthday in 5 days"): each within its own reminder, or 14 days. */
export function UpcomingKeyDate({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmPreferencesMessageId>();
  const locale = useTillLocale();
  const keyDates = useKeyDates(customerNumber);
  const found = keyDates.data;
  // Only a reminder: a failure here is explained on the Preferences screen, not at every open.
  if (!found) return null;
  const upcoming = upcomingKeyDates(found.dates);
  if (upcoming.length === 0) return null;
  return (
    <ul
      aria-label={t('crm-preferences.upcoming.label')}
      className="flex flex-col gap-1 rounded-xl border-2 border-indigo-300 bg-indigo-50 p-3 text-indigo-950"
    >
      {upcoming.map((d) => (
        <li key={d.keyDateId} className="text-lg">
          <strong>
            {t('crm-preferences.upcoming.when', {
              name: keyDateName(found.types, d),
              days: d.daysUntil,
            })}
          </strong>{' '}
          <span className="text-base">
            ({dayOfYear(d.month, d.day, null, locale)}
            {d.typeId !== 'OTHER' && d.description ? ` · ${d.description}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}
