import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { useLocation } from 'wouter';
import { newContactHistoryId } from '../../shared/domain/contact-id';
import type { CustomerDetails } from '../../shared/domain/crm';
import { MAX_RECIPIENTS, sameAddress, withRecipient } from '../../shared/domain/crm-email';
import type { ContactDraft } from '../../shared/domain/crm-history';
import { isEnactorError, isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { formatDateTime } from '../../shared/format/format';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import { useOperatorForWrites } from '../../shared/operator/require-operator';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { useRecordContact } from '../../shared/terminal/use-record-contact';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { AddressBook } from './address-book';
import { useWishlist } from './api/get-wishlist';
import { useSendEmail } from './api/send-email';
import type { CrmEmailMessageId } from './messages';
import { EMAIL_TEMPLATES, fillTemplate, type EmailTemplate } from './templates';

type TextField = 'subject' | 'body';
/** The fields the on-screen keyboard types into: the e-mail's, and the Address Book's search. */
type KeyboardField = TextField | 'search';

interface EmailText {
  readonly subject: string;
  readonly body: string;
}

const BLANK: EmailText = { subject: '', body: '' };
const SUBJECT_MAX = 200;
const BODY_MAX = 4000;

/** Server field names -> the form's. */
const WIRE_FIELDS: Readonly<Record<string, TextField>> = {
  subject: 'subject',
  description: 'body',
};

const nowOnTheWire = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const INPUT =
  'rounded-lg border-2 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none read-only:bg-slate-100';

/**
 * Writes and sends one e-mail, exactly once: Save Contact History of type e-mail with the
 * subject, body and recipients. The contact's id is made when the form opens and sent with
 * every retry, a double tap sends once, and once it has been sent the e-mail is kept as sent
 * (nothing can be edited) until the server's answer settles whether it was recorded, so Try
 * again sends the same e-mail.
 */
export function ComposeForm({
  customer,
  customerAddress,
  consentDate,
  keyboardHost,
}: {
  customer: CustomerDetails;
  /** The customer's preferred address: always the first recipient. */
  customerAddress: string;
  /** When the customer agreed to e-mail, formatted. */
  consentDate: string;
  /** Where the on-screen keyboard is drawn (below the screen's scrolling part), if anywhere. */
  keyboardHost: HTMLElement | null;
}) {
  const t = useT<CrmEmailMessageId>();
  const locale = useTillLocale();
  const { config } = useTerminal();
  const [, navigate] = useLocation();
  const { operatorId, signOn } = useOperatorForWrites();
  const customerNumber = customer.customerNumber;
  const wishlist = useWishlist(customerNumber, operatorId);
  const send = useSendEmail();
  // One id per e-mail being written: every retry of this e-mail sends it again.
  const [contactId, setContactId] = useState(() => newContactHistoryId(config.deviceId));
  const [text, setText] = useState(BLANK);
  const [others, setOthers] = useState<readonly string[]>([]);
  const [search, setSearch] = useState('');
  const [bookOpen, setBookOpen] = useState(false);
  // The e-mail sent and not yet settled, and what the server said of it: once, however often
  // Send or Try again is tapped.
  const { sent, errors, setErrors, refusal, setRefusal, recorded, sending, ...contact } =
    useRecordContact<TextField>(send, WIRE_FIELDS);
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  // The e-mail's time, fixed at the first Send: a retry must be the same contact.
  const sendTime = useRef<string | null>(null);
  const latest = useRef({ ...text, search });
  useEffect(() => {
    latest.current = { ...text, search };
  });
  const locked = sent !== null;
  const edit = (change: Partial<EmailText>) => {
    if (locked) return;
    setText((x) => ({ ...x, ...change }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in change))));
  };
  const keyboard = useKeyboardTarget<KeyboardField>({
    get: (f) => latest.current[f],
    set: (f, v) => (f === 'search' ? setSearch(v) : edit({ [f]: v })),
    casing: (f) => (f === 'search' ? 'lower' : 'sentence'),
  });

  const recipients = [customerAddress, ...others];
  const product = wishlist.data?.[0]?.description ?? '';
  const values = {
    name: customer.forename || [customer.title, customer.surname].filter(Boolean).join(' '),
    store: config.storeName,
    product,
  };
  const applyTemplate = (template: EmailTemplate) => edit(fillTemplate(template, values, t));

  const check = (x: EmailText): Partial<Record<TextField, string>> => {
    const found: Partial<Record<TextField, string>> = {};
    if (x.subject.trim() === '') found.subject = t('crm-email.error.subjectEmpty');
    else if (x.subject.trim().length > SUBJECT_MAX)
      found.subject = t('crm-email.error.tooLong', { max: SUBJECT_MAX });
    if (x.body.trim() === '') found.body = t('crm-email.error.bodyEmpty');
    else if (x.body.trim().length > BODY_MAX)
      found.body = t('crm-email.error.tooLong', { max: BODY_MAX });
    return found;
  };

  const deliver = (draft: ContactDraft) =>
    contact.deliver(draft, () => {
      setKeyboardOpen(false);
      setBookOpen(false);
    });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (sending.current) return;
    // Try again: the very e-mail sent before, with its id.
    if (sent) return deliver(sent);
    if (!operatorId) return;
    const found = check(text);
    setErrors(found);
    setRefusal('');
    if (Object.keys(found).length > 0) return;
    sendTime.current ??= nowOnTheWire();
    deliver({
      contactHistoryId: contactId,
      customerNumber,
      typeId: 'EMAIL',
      date: sendTime.current,
      userId: operatorId,
      subject: text.subject.trim(),
      text: text.body.trim(),
      callOutcomeId: '',
      recipients,
    });
  };

  const another = () => {
    setContactId(newContactHistoryId(config.deviceId));
    sendTime.current = null;
    setText(BLANK);
    setOthers([]);
    contact.reset();
  };

  if (recorded) {
    return (
      <div
        role="status"
        className="flex flex-col items-start gap-3 self-start rounded-xl border-2 border-emerald-700 bg-emerald-50 p-5 text-emerald-950"
      >
        <h2 className="text-xl font-bold">{t('crm-email.sent.heading')}</h2>
        <p className="break-words text-lg">
          {t('crm-email.sent.message', {
            subject: recorded.subject,
            count: recorded.recipients.length,
            date: formatDateTime(recorded.date, locale),
            operator: recorded.userId,
          })}
        </p>
        <div className="flex flex-wrap gap-3">
          <Button variant="primary" onClick={() => navigate(routes.crmContacts(customerNumber))}>
            {t('crm-email.contactHistory')}
          </Button>
          <Button onClick={another}>{t('crm-email.another')}</Button>
        </div>
      </div>
    );
  }

  const failed = locked && send.isError;
  const explained = failed ? explainError(send.error) : null;
  const unknown =
    failed &&
    (isUnknownOutcome(send.error) ||
      (isEnactorError(send.error) && send.error.kind === 'malformed'));
  const errorCount = Object.keys(errors).length;
  const describedBy = (f: TextField) => (errors[f] ? `email-${f}-error` : undefined);
  const fieldError = (f: TextField) =>
    errors[f] && (
      <span id={`email-${f}-error`} className="text-base font-semibold text-red-800">
        {errors[f]}
      </span>
    );

  return (
    <div className="grid min-h-0 flex-1 grid-cols-1 content-start gap-3 overflow-y-auto lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section
        aria-labelledby="email-to-heading"
        className="flex flex-col gap-3 self-start rounded-xl border-2 border-slate-300 bg-white p-4"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="email-to-heading" className="text-xl font-bold text-slate-900">
            {t('crm-email.recipients.heading')}
          </h2>
          <Button
            className="ml-auto"
            aria-expanded={bookOpen}
            aria-controls="email-address-book"
            disabled={locked}
            onClick={() => setBookOpen((o) => !o)}
          >
            <AddressBookIcon />
            {bookOpen ? t('crm-email.addressBook.close') : t('crm-email.addressBook.open')}
          </Button>
        </div>
        <ul aria-label={t('crm-email.recipients.list')} className="flex flex-wrap gap-2">
          <li className="flex min-h-12 max-w-full flex-col justify-center rounded-full bg-blue-50 px-4 text-blue-950">
            <span className="break-all font-semibold">{customerAddress}</span>
            <span className="text-sm">{t('crm-email.recipients.customer')}</span>
          </li>
          {others.map((address) => (
            <li
              key={address}
              className="flex min-h-12 max-w-full items-center gap-1 rounded-full bg-slate-100 pl-4 text-slate-900"
            >
              <span className="break-all font-semibold">{address}</span>
              <Button
                variant="ghost"
                className="rounded-full px-0"
                aria-label={t('crm-email.recipients.remove', { address })}
                disabled={locked}
                onClick={() => setOthers((list) => list.filter((r) => r !== address))}
              >
                <span aria-hidden="true">✕</span>
              </Button>
            </li>
          ))}
        </ul>
        <p className="text-base text-slate-700">
          {t('crm-email.recipients.count', { count: recipients.length, max: MAX_RECIPIENTS })}
        </p>
        {bookOpen && (
          <AddressBook
            id="email-address-book"
            search={search}
            onSearchChange={setSearch}
            register={keyboard.register('search')}
            keyboardOpen={keyboardOpen}
            isAdded={(address) => recipients.some((r) => sameAddress(r, address))}
            full={recipients.length >= MAX_RECIPIENTS}
            onAdd={(address) =>
              setOthers((list) => withRecipient([customerAddress, ...list], address).slice(1))
            }
          />
        )}
      </section>

      <form
        aria-labelledby="email-form-heading"
        noValidate
        onSubmit={submit}
        className="flex min-h-0 flex-col gap-3 self-start rounded-xl border-2 border-slate-300 bg-white p-4"
      >
        <div className="flex flex-wrap items-center gap-3">
          <h2 id="email-form-heading" className="text-xl font-bold text-slate-900">
            {t('crm-email.compose.heading')}
          </h2>
          <div className="ml-auto flex gap-2">
            <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
              {t('crm-email.keyboard')}
            </Button>
            {!failed && (
              <Button type="submit" variant="primary" disabled={send.isPending || !operatorId}>
                {send.isPending ? t('crm-email.sending') : t('crm-email.send')}
              </Button>
            )}
          </div>
        </div>
        <p className="text-base text-emerald-900">
          {t('crm-email.consentGiven', { date: consentDate })}
        </p>
        {operatorId ? (
          <p className="text-base text-slate-700">
            {t('crm-email.from', { store: config.storeName, operator: sent?.userId ?? operatorId })}
          </p>
        ) : (
          !locked && (
            <div
              role="status"
              className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 p-3 text-amber-950"
            >
              <p className="flex-1 text-lg font-semibold">{t('crm-email.signOn.message')}</p>
              <Button variant="primary" onClick={signOn}>
                {t('crm-email.signOn.button')}
              </Button>
            </div>
          )
        )}
        {explained && (
          <AlertPanel
            tone="error"
            title={explained.title}
            message={
              unknown
                ? t('crm-email.error.unknown')
                : t('crm-email.error.failed', { advice: explained.advice })
            }
          >
            <Button variant="primary" onClick={() => submit()}>
              {t('crm-email.tryAgain')}
            </Button>
          </AlertPanel>
        )}
        {(refusal || errorCount > 0) && (
          <p role="alert" className="text-lg font-semibold text-red-800">
            {refusal
              ? t('crm-email.error.refused', { message: refusal })
              : t('crm-email.error.fields', { count: errorCount })}
          </p>
        )}
        <div className="flex flex-col gap-1">
          <span id="email-templates-label" className="text-base font-semibold text-slate-800">
            {t('crm-email.templates')}
          </span>
          <div
            role="group"
            aria-labelledby="email-templates-label"
            className="flex flex-wrap gap-2"
          >
            {EMAIL_TEMPLATES.map((template) => (
              <Button
                key={template.id}
                disabled={locked || (template.needsProduct && product === '')}
                onClick={() => applyTemplate(template)}
              >
                {t(template.label)}
              </Button>
            ))}
          </div>
          <p className="text-base text-slate-700">
            {t('crm-email.templates.hint')}
            {product === '' && wishlist.isSuccess && ` ${t('crm-email.templates.noProduct')}`}
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="email-subject" className="text-base font-semibold text-slate-800">
            {t('crm-email.subject')}
          </label>
          <input
            id="email-subject"
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
          <label htmlFor="email-body" className="text-base font-semibold text-slate-800">
            {t('crm-email.body')}
          </label>
          <textarea
            id="email-body"
            {...keyboard.register('body')}
            value={text.body}
            onChange={(e) => edit({ body: e.target.value })}
            readOnly={locked}
            rows={6}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={describedBy('body')}
            inputMode={keyboardOpen ? 'none' : 'text'}
            className={`min-h-32 py-2 ${INPUT} ${errors.body ? 'border-red-700' : 'border-slate-400'}`}
          />
          {fieldError('body')}
        </div>
        {keyboardOpen &&
          (keyboardHost ? (
            createPortal(
              <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="@_,!" compact />,
              keyboardHost,
            )
          ) : (
            <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="@_,!" compact />
          ))}
      </form>
    </div>
  );
}

/** The Address Book's icon: an open book with a person on its page. */
function AddressBookIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-6 w-6"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="4" y="3" width="15" height="18" rx="2" />
      <path d="M2 7h3M2 12h3M2 17h3" />
      <circle cx="11.5" cy="10" r="2.5" />
      <path d="M7.5 17c.6-2.2 2.2-3.5 4-3.5s3.4 1.3 4 3.5" />
    </svg>
  );
}
