import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import {
  draftFromDetails,
  type CustomerDetails,
  type CustomerDraft,
  type DraftField,
} from '../../shared/domain/crm';
import { formatPostcode } from '../../shared/country/countries';
import { usePhoneRules } from '../../shared/country/phone';
import { validateDraft, type DraftProblem } from '../../shared/domain/customer-draft-validation';
import { isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { addDays, todayIn } from '../../shared/format/calendar';
import { formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup, type ChoiceOption } from '../../shared/ui/choice-group';
import { DateField } from '../../shared/ui/date-field';
import { useKeyboardTarget, type Casing } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveClient } from './api/save-client';
import { contactMethodOptions } from './crm-labels';
import type { CrmMessageId } from './messages';

type TextField = Exclude<
  DraftField,
  'contactable' | 'title' | 'sex' | 'contactMethod' | 'dateOfBirth'
>;

const TEXT_FIELDS: readonly {
  field: TextField;
  label: CrmMessageId;
  required?: boolean;
  inputMode: 'text' | 'email' | 'tel';
  casing: Casing;
}[] = [
  {
    field: 'forename',
    label: 'crm.field.forename',
    required: true,
    inputMode: 'text',
    casing: 'words',
  },
  {
    field: 'surname',
    label: 'crm.field.surname',
    required: true,
    inputMode: 'text',
    casing: 'words',
  },
  {
    field: 'organisation',
    label: 'crm.field.organisation',
    inputMode: 'text',
    casing: 'words',
  },
  { field: 'email', label: 'crm.field.email', inputMode: 'email', casing: 'lower' },
  { field: 'phone', label: 'crm.field.phone', inputMode: 'tel', casing: 'as-typed' },
  { field: 'street1', label: 'crm.field.street1', inputMode: 'text', casing: 'words' },
  {
    field: 'street2',
    label: 'crm.field.street2',
    inputMode: 'text',
    casing: 'words',
  },
  { field: 'town', label: 'crm.field.town', inputMode: 'text', casing: 'words' },
  { field: 'county', label: 'crm.field.county', inputMode: 'text', casing: 'words' },
  { field: 'postcode', label: 'crm.field.postcode', inputMode: 'text', casing: 'upper' },
];

/** The titles a cashier picks from, the record's own words (the server stores them as given). */
const TITLES: Record<string, readonly string[]> = {
  en: ['', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'],
  fr: ['', 'M.', 'Mme', 'Mlle', 'Dr'],
  de: ['', 'Herr', 'Frau', 'Dr.'],
};
const titlesFor = (locale: string, current: string) => {
  const titles = TITLES[locale.split('-')[0] ?? ''] ?? TITLES.en ?? [];
  // A record made in another language keeps its title on offer.
  return current && !titles.includes(current) ? [...titles, current] : titles;
};
const SEXES: readonly { value: string; label: CrmMessageId }[] = [
  { value: 'FEMALE', label: 'crm.code.female' },
  { value: 'MALE', label: 'crm.code.male' },
  { value: '', label: 'crm.form.sexNotGiven' },
];

/** A labelled choice of a few, as chips. */
function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly ChoiceOption<string>[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <span className="text-base font-semibold text-slate-800">{label}</span>
      <ChoiceGroup label={label} value={value} options={options} onChange={onChange} />
    </div>
  );
}

/**
 * New and edit customer. Checked here first (names, e-mail, the store country's postcode and phone, a birth
 * date in the past), then by the server, whose field messages land on the same fields. A save
 * that fails keeps everything typed. An edit carries the record's stamp: if another till saved
 * first, the cashier is told and chooses; nothing is overwritten silently.
 */
export function CustomerForm({
  initial,
  base: loadedBase,
  title,
}: {
  initial: CustomerDraft;
  /** The record being edited (null for a new customer). */
  base: CustomerDetails | null;
  title: ReactNode;
}) {
  const { config } = useTerminal();
  const t = useT<CrmMessageId>();
  /** A field's problem, in words the cashier can act on, in the till's language. */
  const sayProblem = (field: string, found: DraftProblem): string => {
    switch (found.problem) {
      case 'required':
        return t(field === 'forename' ? 'crm.invalid.forename' : 'crm.invalid.surname');
      case 'phone':
      case 'postcode':
        return t(found.problem === 'phone' ? 'crm.invalid.phone' : 'crm.invalid.postcode', {
          example: found.example ?? '',
          hasExample: found.example ? 'yes' : 'no',
        });
      case 'email':
        return t('crm.invalid.email');
      case 'dateOfBirth':
        return t('crm.invalid.dateOfBirth');
    }
  };
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(loadedBase);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<CustomerDetails | null>(null);
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  // The keyboard reads the field as last rendered (it types where the caret is).
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  });
  const [today] = useState(() => todayIn(config.timeZone));
  const phoneRules = usePhoneRules();

  const set = <K extends DraftField>(field: K, value: CustomerDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const keyboard = useKeyboardTarget<TextField>({
    get: (f) => latest.current[f],
    set: (f, v) => set(f, v),
    casing: (f) => TEXT_FIELDS.find((x) => x.field === f)?.casing ?? 'as-typed',
  });

  const save = useSaveClient((result) => {
    switch (result.outcome) {
      case 'Success':
        // What the details screen shows next is the server's answer, not the form.
        navigate(routes.crmCustomer(result.customer.customerNumber), { replace: true });
        break;
      case 'Invalid':
        setErrors(result.fieldErrors);
        setMessage(result.message);
        break;
      case 'Conflict':
        setConflict(result.current);
        setMessage(result.message);
        break;
      case 'NoCustomer':
        setMessage(result.message);
        break;
    }
  });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (save.isPending) return;
    const next = {
      ...draft,
      postcode: draft.postcode ? formatPostcode(draft.postcode, config.country) : '',
    };
    const problems = validateDraft(next, { today, country: config.country, phone: phoneRules });
    const found = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [field, sayProblem(field, problem)]),
    );
    setErrors(found);
    setMessage('');
    setConflict(null);
    if (Object.keys(found).length > 0) return;
    setDraft(next);
    save.mutate({ draft: next, base });
  };

  const unknownOutcome = !base && isUnknownOutcome(save.error);
  const explained = save.error ? explainError(save.error) : null;
  const errorCount = Object.values(errors).filter(Boolean).length;

  const describedBy = (field: DraftField) => (errors[field] ? `${field}-error` : undefined);
  const fieldError = (field: DraftField) =>
    errors[field] && (
      <span id={`${field}-error`} className="text-base font-semibold text-red-800">
        {errors[field]}
      </span>
    );

  return (
    <form
      aria-label={base ? t('crm.form.editLabel') : t('crm.form.newTitle')}
      noValidate
      onSubmit={submit}
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            {t('crm.keyboard')}
          </Button>
          <Button onClick={() => history.back()}>{t('crm.form.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? t('crm.form.saving') : t('crm.form.save')}
          </Button>
        </div>
      </div>
      {errorCount > 0 && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {message || t('crm.form.correct', { count: errorCount })}
        </p>
      )}
      {conflict !== null || (message && errorCount === 0 && !save.error) ? (
        <AlertPanel
          tone="warning"
          title={conflict ? t('crm.form.conflictTitle') : t('crm.form.notSaved')}
          message={
            conflict
              ? t('crm.form.conflict', {
                  message,
                  when: formatDateTime(conflict.lastUpdated, config.locale),
                })
              : message
          }
        >
          {conflict && (
            <>
              <Button
                onClick={() => {
                  setBase(conflict);
                  setDraft(draftFromDetails(conflict));
                  setConflict(null);
                  setMessage('');
                }}
              >
                {t('crm.form.useTheirs')}
              </Button>
              <Button
                variant="primary"
                onClick={() => {
                  // The cashier chose, having been told: save over theirs, from their stamp.
                  setBase(conflict);
                  setConflict(null);
                  setMessage('');
                  save.mutate({ draft, base: conflict });
                }}
              >
                {t('crm.form.saveMine')}
              </Button>
            </>
          )}
        </AlertPanel>
      ) : null}
      {explained && (
        <AlertPanel
          tone="error"
          title={explained.title}
          message={
            unknownOutcome
              ? t('crm.form.unknownOutcome')
              : t('crm.form.failed', { advice: explained.advice })
          }
        >
          {!unknownOutcome && (
            <Button variant="primary" onClick={() => submit()}>
              {t('crm.form.tryAgain')}
            </Button>
          )}
        </AlertPanel>
      )}
      <div className="grid min-h-0 flex-1 grid-cols-2 content-start gap-3 overflow-y-auto lg:grid-cols-3">
        <div className="col-span-2 lg:col-span-3">
          <Choice
            label={t('crm.field.title')}
            value={draft.title}
            options={titlesFor(config.locale, initial.title).map((title) => ({
              value: title,
              label: title || t('crm.form.titleNone'),
            }))}
            onChange={(v) => set('title', v)}
          />
        </div>
        {TEXT_FIELDS.map((f) => (
          <label
            key={f.field}
            className="flex flex-col gap-1 text-base font-semibold text-slate-800"
          >
            <span>
              {t(f.label)}
              {f.required && <span aria-hidden> *</span>}
            </span>
            <input
              {...keyboard.register(f.field)}
              value={draft[f.field]}
              onChange={(e) => set(f.field, e.target.value)}
              onBlur={
                f.field === 'postcode'
                  ? () =>
                      draft.postcode &&
                      set('postcode', formatPostcode(draft.postcode, config.country))
                  : undefined
              }
              required={f.required}
              aria-invalid={errors[f.field] ? true : undefined}
              aria-describedby={describedBy(f.field)}
              inputMode={keyboardOpen ? 'none' : f.inputMode}
              autoComplete="off"
              className={`h-12 rounded-lg border-2 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none ${errors[f.field] ? 'border-red-700' : 'border-slate-400'}`}
            />
            {fieldError(f.field)}
          </label>
        ))}
        <div className="flex flex-col gap-1">
          <DateField
            label={t('crm.field.dateOfBirth')}
            value={draft.dateOfBirth}
            onChange={(v) => set('dateOfBirth', v)}
            max={addDays(today, -1)}
            openAt={`${Number(today.slice(0, 4)) - 30}-01-01`}
            invalid={Boolean(errors.dateOfBirth)}
            describedBy={describedBy('dateOfBirth')}
          />
          {fieldError('dateOfBirth')}
        </div>
        <Choice
          label={t('crm.field.sex')}
          value={draft.sex}
          options={SEXES.map((s) => ({ value: s.value, label: t(s.label) }))}
          onChange={(v) => set('sex', v)}
        />
        <Choice
          label={t('crm.form.contactBy')}
          value={draft.contactMethod}
          options={contactMethodOptions()}
          onChange={(v) => set('contactMethod', v)}
        />
        <label className="flex min-h-12 items-center gap-3 text-lg font-semibold text-slate-800">
          <input
            type="checkbox"
            checked={draft.contactable}
            onChange={(e) => set('contactable', e.target.checked)}
            className="size-12 shrink-0 accent-blue-700"
          />
          {t('crm.form.contactable')}
        </label>
      </div>
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="@_" />}
    </form>
  );
}
