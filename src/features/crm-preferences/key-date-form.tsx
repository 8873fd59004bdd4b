import { useEffect, useRef, useState } from 'react';
import {
  daysInMonth,
  DEFAULT_REMINDER_DAYS,
  newRecordId,
  type KeyDate,
  type KeyDateField,
  type KeyDateType,
} from '../../shared/domain/clienteling';
import { formatDateTime } from '../../shared/format/format';
import { translate } from '../../shared/i18n/i18n';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveKeyDate } from './api/save-key-date';
import { FormButtons } from './form-buttons';
import { FieldError, TextField } from './form-fields';
import { monthName } from './labels';
import { SaveFeedback } from './save-feedback';
import type { CrmPreferencesMessageId } from './messages';

const REMINDER_DAYS = [3, 7, 14, 30, 60];
const MAX_DESCRIPTION = 100;

type Typed = 'year' | 'description';

/** Checked before anything is sent: what the server would refuse anyway. */
function check(
  form: {
    typeId: string;
    month: number | null;
    day: number | null;
    year: string;
    description: string;
  },
  locale: string,
): Map<KeyDateField, string> {
  const t = translate<CrmPreferencesMessageId>;
  const errors = new Map<KeyDateField, string>();
  if (form.typeId === '') errors.set('type', t('crm-preferences.keyDate.chooseType'));
  if (form.month === null) errors.set('month', t('crm-preferences.keyDate.chooseMonth'));
  const year = form.year.trim();
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : null;
  if (year !== '' && (yearNumber === null || yearNumber < 1900 || yearNumber > 2100))
    errors.set('year', t('crm-preferences.keyDate.badYear', { min: '1900', max: '2100' }));
  if (form.day === null) errors.set('day', t('crm-preferences.keyDate.chooseDay'));
  else if (form.month !== null && form.day > daysInMonth(form.month, yearNumber))
    errors.set(
      'day',
      t('crm-preferences.keyDate.noSuchDay', {
        // Not a real date, so not one Intl can format: the day and the month's name.
        day: form.day,
        month: monthName(form.month, locale),
        year: yearNumber === null ? 'none' : String(yearNumber),
      }),
    );
  if (form.typeId === 'OTHER' && form.description.trim() === '')
    errors.set('description', t('crm-preferences.keyDate.sayOccasion'));
  if (form.description.trim().length > MAX_DESCRIPTION)
    errors.set('description', t('crm-preferences.keyDate.tooLong', { max: MAX_DESCRIPTION }));
  return errors;
}

/**
 * A key date, new or edited. A new one's id is made when the form opens, so every Save of it
 * is the same date on the server; an edit carries the stamp it was read at, and if another till
 * saved first the cashier chooses, nothing is overwritten silently.
 */
export function KeyDateForm({
  customerNumber,
  operatorId,
  types,
  editing,
  onClose,
}: {
  customerNumber: string;
  operatorId: string;
  types: readonly KeyDateType[];
  editing: KeyDate | null;
  onClose: () => void;
}) {
  const { config } = useTerminal();
  const t = useT<CrmPreferencesMessageId>();
  const locale = useTillLocale();
  const [keyDateId] = useState(() => editing?.keyDateId ?? newRecordId());
  const [lastUpdated, setLastUpdated] = useState(editing?.lastUpdated ?? null);
  const [typeId, setTypeId] = useState(editing?.typeId ?? '');
  const [month, setMonth] = useState<number | null>(editing?.month ?? null);
  const [day, setDay] = useState<number | null>(editing?.day ?? null);
  const [typed, setTyped] = useState<Record<Typed, string>>({
    year: editing?.year === null || editing === null ? '' : String(editing.year),
    description: editing?.description ?? '',
  });
  const [reminder, setReminder] = useState(
    editing?.reminderDays === null || editing === null ? '' : String(editing.reminderDays),
  );
  const [errors, setErrors] = useState(new Map<KeyDateField, string>());
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const latest = useRef(typed);
  useEffect(() => {
    latest.current = typed;
  });
  const clear = (field: KeyDateField) =>
    setErrors((e) => {
      if (!e.has(field)) return e;
      const copy = new Map(e);
      copy.delete(field);
      return copy;
    });
  const setText = (field: Typed, value: string) => {
    setTyped((before) => ({
      ...before,
      [field]: field === 'year' ? value.replace(/\D/g, '').slice(0, 4) : value,
    }));
    clear(field);
  };
  const keyboard = useKeyboardTarget<Typed>({
    get: (f) => latest.current[f],
    set: setText,
    casing: () => 'sentence',
  });
  const { mutation, submit, refresh } = useSaveKeyDate(customerNumber);
  const result = mutation.data;
  const conflict = result?.outcome === 'Conflict' ? result : null;
  const error = (field: KeyDateField) =>
    errors.get(field) ??
    (result?.outcome === 'Invalid' ? result.fieldErrors.get(field) : undefined);

  const save = (stamp = lastUpdated) => {
    const form = { typeId, month, day, year: typed.year, description: typed.description };
    const found = check(form, locale);
    setErrors(found);
    if (found.size > 0 || month === null || day === null) return;
    submit(
      {
        operatorId,
        change: {
          kind: 'save',
          lastUpdated: stamp,
          draft: {
            keyDateId,
            customerNumber,
            typeId,
            month,
            day,
            year: typed.year.trim() === '' ? null : Number(typed.year),
            description: typed.description,
            reminderDays: reminder === '' ? null : Number(reminder),
          },
        },
      },
      (answer) => answer.outcome === 'Success' && onClose(),
    );
  };

  const title = editing
    ? t('crm-preferences.keyDate.changeTitle')
    : t('crm-preferences.keyDate.new');
  const reminders = [
    { value: '', label: t('crm-preferences.keyDate.tillDefault', { days: DEFAULT_REMINDER_DAYS }) },
    { value: '0', label: t('crm-preferences.keyDate.onTheDay') },
    ...REMINDER_DAYS.map((d) => ({
      value: String(d),
      label: t('crm-preferences.keyDate.days', { days: d }),
    })),
  ];
  return (
    <form
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="flex min-h-0 flex-1 flex-col gap-3"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-2xl font-bold text-slate-900">{title}</h2>
        <FormButtons
          keyboardOpen={keyboardOpen}
          onKeyboard={() => setKeyboardOpen((o) => !o)}
          onCancel={onClose}
          saving={mutation.isPending}
          failed={mutation.isError}
          refresh={refresh}
          save={t('crm-preferences.keyDate.save')}
        />
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
        {errors.size > 0 && (
          <p role="alert" className="text-lg font-semibold text-red-800">
            {t('crm-preferences.keyDate.correct')}
          </p>
        )}
        <SaveFeedback
          error={mutation.error}
          result={result}
          onRetry={() => save()}
          kept={t('crm-preferences.kept.entered')}
        />
        {conflict && (
          <AlertPanel
            tone="warning"
            title={t('crm-preferences.keyDate.conflictTitle')}
            message={
              conflict.current
                ? t('crm-preferences.keyDate.conflictTheirs', {
                    message: conflict.message,
                    when: formatDateTime(conflict.current.lastUpdated, config.locale),
                    who: conflict.current.lastUpdatedBy,
                  })
                : t('crm-preferences.keyDate.conflict', { message: conflict.message })
            }
          >
            <Button onClick={onClose}>{t('crm-preferences.useTheirs')}</Button>
            {conflict.current && (
              <Button
                variant="primary"
                onClick={() => {
                  // The cashier chose, having been told: save over theirs, from their stamp.
                  const theirs = conflict.current?.lastUpdated ?? null;
                  setLastUpdated(theirs);
                  save(theirs);
                }}
              >
                {t('crm-preferences.saveMine')}
              </Button>
            )}
          </AlertPanel>
        )}
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <div className="flex flex-col gap-3">
            <fieldset className="flex flex-col gap-1">
              <legend className="text-base font-semibold text-slate-800">
                {t('crm-preferences.keyDate.month')}
              </legend>
              <ChoiceGroup
                label={t('crm-preferences.keyDate.month')}
                value={month === null ? null : String(month)}
                options={Array.from({ length: 12 }, (_, i) => ({
                  value: String(i + 1),
                  label: monthName(i + 1, locale, 'short'),
                  ariaLabel: monthName(i + 1, locale),
                }))}
                onChange={(m) => {
                  const next = Number(m);
                  setMonth(next);
                  clear('month');
                  if (day !== null && day > daysInMonth(next, null)) setDay(null);
                }}
                className="grid grid-cols-6"
              />
              <FieldError id="key-date-month" error={error('month')} />
            </fieldset>
            <fieldset className="flex flex-col gap-1">
              <legend className="text-base font-semibold text-slate-800">
                {t('crm-preferences.keyDate.day')}
              </legend>
              <ChoiceGroup
                label={t('crm-preferences.keyDate.day')}
                value={day === null ? null : String(day)}
                options={Array.from({ length: daysInMonth(month ?? 1, null) }, (_, i) => ({
                  value: String(i + 1),
                  label: String(i + 1),
                }))}
                onChange={(d) => {
                  setDay(Number(d));
                  clear('day');
                }}
                className="grid grid-cols-8"
              />
              <FieldError id="key-date-day" error={error('day')} />
            </fieldset>
          </div>
          <div className="flex flex-col gap-3">
            <fieldset className="flex flex-col gap-1">
              <legend className="text-base font-semibold text-slate-800">
                {t('crm-preferences.keyDate.kind')}
              </legend>
              <ChoiceGroup
                label={t('crm-preferences.keyDate.kind')}
                value={typeId}
                options={types.map((type) => ({ value: type.id, label: type.description }))}
                onChange={(id) => {
                  setTypeId(id);
                  clear('type');
                  clear('description');
                }}
              />
              <FieldError id="key-date-type" error={error('type')} />
            </fieldset>
            <div className="grid grid-cols-[11rem_minmax(0,1fr)] gap-3">
              <TextField
                id="key-date-year"
                label={t('crm-preferences.keyDate.year')}
                value={typed.year}
                onChange={(v) => setText('year', v)}
                register={keyboard.register('year')}
                error={error('year')}
                keyboardOpen={keyboardOpen}
                inputMode="numeric"
              />
              <TextField
                id="key-date-description"
                label={
                  typeId === 'OTHER'
                    ? t('crm-preferences.keyDate.occasion')
                    : t('crm-preferences.keyDate.description')
                }
                value={typed.description}
                onChange={(v) => setText('description', v)}
                register={keyboard.register('description')}
                error={error('description')}
                keyboardOpen={keyboardOpen}
                maxLength={MAX_DESCRIPTION}
              />
            </div>
            <fieldset className="flex flex-col gap-1">
              <legend className="text-base font-semibold text-slate-800">
                {t('crm-preferences.keyDate.remind')}
              </legend>
              <ChoiceGroup
                label={t('crm-preferences.keyDate.remind')}
                value={reminder}
                options={reminders}
                onChange={setReminder}
              />
              <FieldError id="key-date-reminder" error={error('reminderDays')} />
            </fieldset>
          </div>
        </div>
      </div>
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="&" compact />}
    </form>
  );
}
