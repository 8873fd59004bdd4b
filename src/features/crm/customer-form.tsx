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
import { validateDraft } from '../../shared/domain/customer-draft-validation';
import { isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { addDays, todayIn } from '../../shared/format/calendar';
import { formatDateTime } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup, type ChoiceOption } from '../../shared/ui/choice-group';
import { DateField } from '../../shared/ui/date-field';
import { useKeyboardTarget, type Casing } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveClient } from './api/save-client';
import { CONTACT_METHOD_OPTIONS } from './crm-labels';

type TextField = Exclude<
  DraftField,
  'contactable' | 'title' | 'sex' | 'contactMethod' | 'dateOfBirth'
>;

const TEXT_FIELDS: readonly {
  field: TextField;
  label: string;
  required?: boolean;
  inputMode: 'text' | 'email' | 'tel';
  casing: Casing;
}[] = [
  {
    field: 'forename',
    label: 'First name',
    required: true,
    inputMode: 'text',
    casing: 'words',
  },
  {
    field: 'surname',
    label: 'Surname',
    required: true,
    inputMode: 'text',
    casing: 'words',
  },
  {
    field: 'organisation',
    label: 'Organisation',
    inputMode: 'text',
    casing: 'words',
  },
  { field: 'email', label: 'E-mail', inputMode: 'email', casing: 'lower' },
  { field: 'phone', label: 'Phone', inputMode: 'tel', casing: 'as-typed' },
  { field: 'street1', label: 'Street', inputMode: 'text', casing: 'words' },
  {
    field: 'street2',
    label: 'Street, line 2',
    inputMode: 'text',
    casing: 'words',
  },
  { field: 'town', label: 'Town', inputMode: 'text', casing: 'words' },
  { field: 'county', label: 'County', inputMode: 'text', casing: 'words' },
  { field: 'postcode', label: 'Postcode', inputMode: 'text', casing: 'upper' },
];

const TITLES = ['', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr'];
const SEXES: readonly ChoiceOption<string>[] = [
  { value: 'FEMALE', label: 'Female' },
  { value: 'MALE', label: 'Male' },
  { value: '', label: 'Not given' },
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
    const found = validateDraft(next, { today, country: config.country, phone: phoneRules });
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
      aria-label={base ? 'Edit customer' : 'New customer'}
      noValidate
      onSubmit={submit}
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            Keyboard
          </Button>
          <Button onClick={() => history.back()}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </div>
      {errorCount > 0 && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {message ||
            `Correct ${errorCount === 1 ? 'the field' : `the ${errorCount} fields`} marked below, then tap Save. Nothing was saved.`}
        </p>
      )}
      {conflict !== null || (message && errorCount === 0 && !save.error) ? (
        <AlertPanel
          tone="warning"
          title={conflict ? 'Someone else changed this customer' : 'Not saved'}
          message={
            conflict
              ? `${message} Your changes are still here. Use their version, or save yours over it (theirs was saved ${formatDateTime(conflict.lastUpdated, config.locale)}).`
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
                Use their version
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
                Save mine over theirs
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
              ? 'It is not known whether the customer was saved. Everything you typed is kept: find them in Client search before saving again.'
              : `${explained.advice} Everything you typed is kept.`
          }
        >
          {!unknownOutcome && (
            <Button variant="primary" onClick={() => submit()}>
              Try again
            </Button>
          )}
        </AlertPanel>
      )}
      <div className="grid min-h-0 flex-1 grid-cols-2 content-start gap-3 overflow-y-auto lg:grid-cols-3">
        <div className="col-span-2 lg:col-span-3">
          <Choice
            label="Title"
            value={draft.title}
            options={TITLES.map((t) => ({ value: t, label: t || 'None' }))}
            onChange={(v) => set('title', v)}
          />
        </div>
        {TEXT_FIELDS.map((f) => (
          <label
            key={f.field}
            className="flex flex-col gap-1 text-base font-semibold text-slate-800"
          >
            <span>
              {f.label}
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
            label="Date of birth"
            value={draft.dateOfBirth}
            onChange={(v) => set('dateOfBirth', v)}
            max={addDays(today, -1)}
            openAt={`${Number(today.slice(0, 4)) - 30}-01-01`}
            invalid={Boolean(errors.dateOfBirth)}
            describedBy={describedBy('dateOfBirth')}
          />
          {fieldError('dateOfBirth')}
        </div>
        <Choice label="Sex" value={draft.sex} options={SEXES} onChange={(v) => set('sex', v)} />
        <Choice
          label="Contact by"
          value={draft.contactMethod}
          options={CONTACT_METHOD_OPTIONS.map(([value, label]) => ({ value, label }))}
          onChange={(v) => set('contactMethod', v)}
        />
        <label className="flex min-h-12 items-center gap-3 text-lg font-semibold text-slate-800">
          <input
            type="checkbox"
            checked={draft.contactable}
            onChange={(e) => set('contactable', e.target.checked)}
            className="size-12 shrink-0 accent-blue-700"
          />
          Happy to be contacted
        </label>
      </div>
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="@_" />}
    </form>
  );
}
