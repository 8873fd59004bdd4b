import { useState } from 'react';
import {
  DEFAULT_REMINDER_DAYS,
  upcomingKeyDates,
  type KeyDate,
  type KeyDateType,
} from '../../shared/domain/clienteling';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import { useOperatorId } from '../../shared/stores/operator-store';
import { Button } from '../../shared/ui/button';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { useKeyDates } from './api/get-key-dates';
import { useSaveKeyDate } from './api/save-key-date';
import { RemoveButton } from './form-buttons';
import { KeyDateForm } from './key-date-form';
import { dayOfYear, keyDateName } from './labels';
import { NoSuchCustomer } from './no-such-customer';
import { SaveFeedback } from './save-feedback';
import { SignOnNeeded } from './sign-on-needed';
import type { CrmPreferencesMessageId } from './messages';

function KeyDateRow({
  date,
  types,
  upcoming,
  operatorId,
  onEdit,
}: {
  date: KeyDate;
  types: readonly KeyDateType[];
  upcoming: boolean;
  operatorId: string | null;
  onEdit: () => void;
}) {
  const t = useT<CrmPreferencesMessageId>();
  const locale = useTillLocale();
  const { mutation, submit } = useSaveKeyDate(date.customerNumber);
  const name = keyDateName(types, date);
  const remove = () =>
    operatorId &&
    submit({
      operatorId,
      change: { kind: 'remove', keyDateId: date.keyDateId, customerNumber: date.customerNumber },
    });
  const reminder =
    date.reminderDays === null
      ? t('crm-preferences.keyDate.reminderDefault', { days: DEFAULT_REMINDER_DAYS })
      : t('crm-preferences.keyDate.reminder', { days: date.reminderDays });
  return (
    <li className="flex flex-col gap-2 border-b border-slate-200 pb-3 last:border-0">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
            <span className="break-words">{name}</span>
            {upcoming && (
              <span className="rounded-full bg-amber-200 px-3 py-0.5 text-sm font-bold text-amber-950">
                {t('crm-preferences.inDays', { days: date.daysUntil })}
              </span>
            )}
          </p>
          <p className="text-base text-slate-700">
            {dayOfYear(date.month, date.day, date.year, locale)} ·{' '}
            {t('crm-preferences.keyDate.next', { days: date.daysUntil })} · {reminder}
          </p>
          {date.typeId !== 'OTHER' && date.description && (
            <p className="break-words text-base text-slate-800">{date.description}</p>
          )}
        </div>
        {operatorId && (
          <div className="flex gap-2">
            <Button
              onClick={onEdit}
              aria-label={t('crm-preferences.keyDate.changeLabel', { name })}
            >
              {t('crm-preferences.keyDate.change')}
            </Button>
            <RemoveButton name={name} removing={mutation.isPending} onRemove={remove} />
          </div>
        )}
      </div>
      <SaveFeedback error={mutation.error} result={mutation.data} onRetry={remove} kept="" />
    </li>
  );
}

/** Social Calendar / Key Dates: soonest first; add, change, remove. */
export function KeyDatesTab({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmPreferencesMessageId>();
  const operatorId = useOperatorId();
  const keyDates = useKeyDates(customerNumber);
  const [editing, setEditing] = useState<{
    date: KeyDate | null;
    types: readonly KeyDateType[];
  } | null>(null);

  // The form stands outside the list's query: a failed reload never takes what was entered.
  if (editing && operatorId)
    return (
      <KeyDateForm
        // A fresh form (and a fresh id) for each date begun.
        key={editing.date?.keyDateId ?? 'new'}
        customerNumber={customerNumber}
        operatorId={operatorId}
        types={editing.types}
        editing={editing.date}
        onClose={() => setEditing(null)}
      />
    );
  return (
    <QueryContent
      query={keyDates}
      pending={t('crm-preferences.keyDates.loading')}
      isEmpty={(found) => found === null}
      empty={<NoSuchCustomer customerNumber={customerNumber} />}
    >
      {(found) => {
        if (!found) return null;
        const upcoming = new Set(upcomingKeyDates(found.dates).map((d) => d.keyDateId));
        return (
          <SectionCard
            id="key-dates"
            title={t('crm-preferences.keyDates.title', { count: found.dates.length })}
          >
            {operatorId ? (
              <Button
                variant="primary"
                className="self-start"
                onClick={() => setEditing({ date: null, types: found.types })}
              >
                {t('crm-preferences.keyDates.add')}
              </Button>
            ) : (
              <SignOnNeeded to="keyDates" />
            )}
            {found.dates.length === 0 ? (
              <p className="text-lg text-slate-700">{t('crm-preferences.keyDates.none')}</p>
            ) : (
              <ul aria-label={t('crm-preferences.keyDates.list')} className="flex flex-col gap-3">
                {found.dates.map((d) => (
                  <KeyDateRow
                    key={d.keyDateId}
                    date={d}
                    types={found.types}
                    upcoming={upcoming.has(d.keyDateId)}
                    operatorId={operatorId}
                    onEdit={() => setEditing({ date: d, types: found.types })}
                  />
                ))}
              </ul>
            )}
          </SectionCard>
        );
      }}
    </QueryContent>
  );
}
