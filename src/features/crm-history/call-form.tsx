import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'wouter';
import {
  CALL_OUTCOMES,
  type CallOutcomeId,
  type ContactDraft,
} from '../../shared/domain/crm-history';
import { isEnactorError, isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { formatDateTime } from '../../shared/format/format';
import { translate } from '../../shared/i18n/i18n';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useOperatorId } from '../../shared/stores/operator-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { useRecordContact } from '../../shared/terminal/use-record-contact';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveContact } from './api/save-contact';
import { newContactHistoryId } from './contact-id';
import { CALL_OUTCOME_LABELS, callOutcomeLabel } from './history-labels';
import type { CrmHistoryMessageId } from './messages';

type TextField = 'subject' | 'notes';
type FormField = TextField | 'outcome';

interface CallText {
  readonly subject: string;
  readonly notes: string;
  readonly outcome: CallOutcomeId | null;
}

const BLANK: CallText = { subject: '', notes: '', outcome: null };
const SUBJECT_MAX = 200;
const NOTES_MAX = 4000;

/** Server field names -> the form's. */
const WIRE_FIELDS: Readonly<Record<string, FormField>> = {
  subject: 'subject',
  description: 'notes',
  callOutcomeId: 'outcome',
};

const nowOnTheWire = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function check(text: CallText): Partial<Record<FormField, string>> {
  const t = translate<CrmHistoryMessageId>;
  const errors: Partial<Record<FormField, string>> = {};
  if (text.subject.trim() === '') errors.subject = t('crm-history.call.noSubject');
  else if (text.subject.trim().length > SUBJECT_MAX)
    errors.subject = t('crm-history.call.tooLong', { max: SUBJECT_MAX });
  if (text.notes.trim().length > NOTES_MAX)
    errors.notes = t('crm-history.call.tooLong', { max: NOTES_MAX });
  if (text.outcome === null) errors.outcome = t('crm-history.call.noOutcome');
  return errors;
}

const INPUT =
  'rounded-lg border-2 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none read-only:bg-slate-100';

/**
 * Records a call (type call, date now, operator from sign-on) with Save Contact History,
 * exactly once: the contact's id is made when the form opens and sent with every retry, a
 * double tap sends once, and once a save has been sent its text is kept as sent until the
 * server's answer settles whether it was recorded (so Try again sends the same contact).
 */
export function CallForm({
  customerNumber,
  keyboardHost,
}: {
  customerNumber: string;
  /** Where the on-screen keyboard is drawn (below the screen's scrolling part), if anywhere. */
  keyboardHost: HTMLElement | null;
}) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const [, navigate] = useLocation();
  const operatorId = useOperatorId();
  const save = useSaveContact();
  // One id per call being recorded: every retry of this call sends it again.
  const [contactId, setContactId] = useState(() => newContactHistoryId(config.deviceId));
  const [text, setText] = useState(BLANK);
  // The contact sent and not yet settled, and what the server said of it: once, however
  // often Save or Try again is tapped.
  const { sent, errors, setErrors, refusal, recorded, sending, ...contact } =
    useRecordContact<FormField>(save, WIRE_FIELDS);
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  // The call's time, fixed at the first Save: a retry must be the same contact.
  const callTime = useRef<string | null>(null);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  });
  const locked = sent !== null;
  const edit = (change: Partial<CallText>) => {
    if (locked) return;
    setText((before) => ({ ...before, ...change }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };
  const keyboard = useKeyboardTarget<TextField>({
    get: (f) => latest.current[f],
    set: (f, v) => edit({ [f]: v }),
    casing: () => 'as-typed',
  });

  const send = (draft: ContactDraft) => contact.deliver(draft, () => setKeyboardOpen(false));

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (sending.current) return;
    // Try again: the very contact sent before, with its id.
    if (sent) return send(sent);
    if (!operatorId) return;
    const found = check(text);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    callTime.current ??= nowOnTheWire();
    send({
      contactHistoryId: contactId,
      customerNumber,
      typeId: 'CALL',
      date: callTime.current,
      userId: operatorId,
      subject: text.subject.trim(),
      text: text.notes.trim(),
      callOutcomeId: text.outcome ?? '',
    });
  };

  const another = () => {
    setContactId(newContactHistoryId(config.deviceId));
    callTime.current = null;
    setText(BLANK);
    contact.reset();
  };

  if (recorded) {
    return (
      <div
        role="status"
        className="flex flex-col items-start gap-3 self-start rounded-xl border-2 border-emerald-700 bg-emerald-50 p-5 text-emerald-950"
      >
        <h2 className="text-xl font-bold">{t('crm-history.call.recorded')}</h2>
        <p className="text-lg">
          {t('crm-history.call.recordedText', {
            subject: recorded.subject,
            outcome: callOutcomeLabel(recorded.callOutcomeId),
            when: formatDateTime(recorded.date, config.locale),
            operator: recorded.userId,
          })}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button variant="primary" onClick={() => navigate(routes.crmContacts(customerNumber))}>
            {t('crm-history.contactHistory')}
          </Button>
          <Button onClick={another}>{t('crm-history.call.another')}</Button>
        </div>
      </div>
    );
  }

  const failed = locked && save.isError;
  const explained = failed ? explainError(save.error) : null;
  const unknown =
    failed &&
    (isUnknownOutcome(save.error) ||
      (isEnactorError(save.error) && save.error.kind === 'malformed'));
  const errorCount = Object.keys(errors).length;
  const describedBy = (f: FormField) => (errors[f] ? `call-${f}-error` : undefined);
  const fieldError = (f: FormField) =>
    errors[f] && (
      <span id={`call-${f}-error`} className="text-base font-semibold text-red-800">
        {errors[f]}
      </span>
    );

  return (
    <form
      aria-labelledby="call-form-heading"
      noValidate
      onSubmit={submit}
      className="flex min-h-0 flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="call-form-heading" className="text-xl font-bold text-slate-900">
          {t('crm-history.call.heading')}
        </h2>
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            {t('crm-history.keyboard')}
          </Button>
          {!failed && (
            <Button type="submit" variant="primary" disabled={save.isPending || !operatorId}>
              {save.isPending ? t('crm-history.saving') : t('crm-history.save')}
            </Button>
          )}
        </div>
      </div>
      {operatorId ? (
        <p className="text-base text-slate-700">
          {t('crm-history.call.byOperator', { operator: sent?.userId ?? operatorId })}
        </p>
      ) : (
        !locked && (
          <p
            role="status"
            className="rounded-lg bg-amber-50 p-3 text-lg font-semibold text-amber-950"
          >
            {t('crm-history.call.signOn')}
          </p>
        )
      )}
      {explained && (
        <AlertPanel
          tone="error"
          title={explained.title}
          message={
            unknown
              ? t('crm-history.call.unknownOutcome')
              : t('crm-history.call.failed', { advice: explained.advice })
          }
        >
          <Button variant="primary" onClick={() => submit()}>
            {t('crm-history.tryAgain')}
          </Button>
        </AlertPanel>
      )}
      {(refusal || errorCount > 0) && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {refusal
            ? t('crm-history.call.refused', { message: refusal })
            : t('crm-history.call.correct', { count: errorCount })}
        </p>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor="call-subject" className="text-base font-semibold text-slate-800">
          {t('crm-history.call.subject')}
        </label>
        <input
          id="call-subject"
          {...keyboard.register('subject')}
          value={text.subject}
          onChange={(e) => edit({ subject: e.target.value })}
          readOnly={locked}
          maxLength={SUBJECT_MAX + 20}
          aria-invalid={errors.subject ? true : undefined}
          aria-describedby={describedBy('subject')}
          inputMode={keyboardOpen ? 'none' : 'text'}
          autoComplete="off"
          className={`h-12 ${INPUT} ${errors.subject ? 'border-red-700' : 'border-slate-400'}`}
        />
        {fieldError('subject')}
      </div>
      <div className="flex flex-col gap-1">
        <span className="text-base font-semibold text-slate-800">
          {t('crm-history.call.outcome')}
        </span>
        <ChoiceGroup
          label={t('crm-history.call.outcome')}
          value={text.outcome}
          disabled={locked}
          onChange={(outcome) => edit({ outcome })}
          options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(CALL_OUTCOME_LABELS[o]) }))}
        />
        {fieldError('outcome')}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="call-notes" className="text-base font-semibold text-slate-800">
          {t('crm-history.call.notes')}
        </label>
        <textarea
          id="call-notes"
          {...keyboard.register('notes')}
          value={text.notes}
          onChange={(e) => edit({ notes: e.target.value })}
          readOnly={locked}
          rows={3}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy('notes')}
          inputMode={keyboardOpen ? 'none' : 'text'}
          className={`min-h-24 py-2 ${INPUT} ${errors.notes ? 'border-red-700' : 'border-slate-400'}`}
        />
        {fieldError('notes')}
      </div>
      {keyboardOpen &&
        (keyboardHost ? (
          createPortal(<OnScreenKeyboard onAction={keyboard.onAction} />, keyboardHost)
        ) : (
          <OnScreenKeyboard onAction={keyboard.onAction} />
        ))}
    </form>
  );
}
