import type { CallOutcomeId, ConsentState, ContactTypeId } from '../../shared/domain/crm-history';
import { translate } from '../../shared/i18n/i18n';
import type { CrmHistoryMessageId } from './messages';

const TRANSACTION_TYPE_LABELS: Readonly<Record<string, CrmHistoryMessageId>> = {
  SALE: 'crm-history.type.sale',
  RETURN: 'crm-history.type.return',
  EXCHANGE: 'crm-history.type.exchange',
  WEB_ORDER: 'crm-history.type.webOrder',
};

/** A code's words in the till's language; a code the terminal does not know, made readable. */
const wordsFor = (labels: Readonly<Record<string, CrmHistoryMessageId>>, code: string) => {
  const id = labels[code];
  return id ? translate(id) : sentenceCase(code);
};

/** `WEB_ORDER` -> `Web order`; a type the terminal does not know is shown in words too. */
export const transactionTypeLabel = (typeId: string) => wordsFor(TRANSACTION_TYPE_LABELS, typeId);

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactTypeId, CrmHistoryMessageId>> = {
  VISIT: 'crm-history.contactType.visit',
  CALL: 'crm-history.contactType.call',
  EMAIL: 'crm-history.contactType.email',
  COMPLAINT: 'crm-history.contactType.complaint',
  ENQUIRY: 'crm-history.contactType.enquiry',
};

export const contactTypeLabel = (typeId: string) => wordsFor(CONTACT_TYPE_LABELS, typeId);

export const CALL_OUTCOME_LABELS: Readonly<Record<CallOutcomeId, CrmHistoryMessageId>> = {
  ANSWERED: 'crm-history.outcome.answered',
  NO_ANSWER: 'crm-history.outcome.noAnswer',
  VOICEMAIL: 'crm-history.outcome.voicemail',
  CALL_BACK_REQUESTED: 'crm-history.outcome.callBack',
  WRONG_NUMBER: 'crm-history.outcome.wrongNumber',
};

export const callOutcomeLabel = (id: string) => wordsFor(CALL_OUTCOME_LABELS, id);

/** Phone consent, as the Call Client screen says it (one whole sentence each). */
export const CONSENT_LABELS: Readonly<Record<ConsentState, CrmHistoryMessageId>> = {
  given: 'crm-history.consent.given',
  withdrawn: 'crm-history.consent.withdrawn',
  'not-asked': 'crm-history.consent.notAsked',
};

const PHONE_TYPE_LABELS: Readonly<Record<string, CrmHistoryMessageId>> = {
  PHONE_MOBILE: 'crm-history.phoneType.mobile',
  PHONE_HOME: 'crm-history.phoneType.home',
  PHONE_WORK: 'crm-history.phoneType.work',
};

function sentenceCase(code: string): string {
  const text = code.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Calendar days from `iso` to `now` in the till's zone: 0 today, 1 yesterday. */
export function calendarDaysAgo(iso: string, now: Date): number {
  const then = new Date(iso);
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(now) - day(then)) / 86_400_000);
}

/** "today", "yesterday", "4 days ago" in the till's language. */
export function daysAgoText(iso: string, now: Date, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
    -calendarDaysAgo(iso, now),
    'day',
  );
}

/** `2025-12` -> "Dec 2025". */
export function monthLabel(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)));
}

/** `PHONE_MOBILE` -> `Mobile`, `PHONE_HOME` -> `Home`. */
export function phoneTypeLabel(typeId: string): string {
  if (!typeId) return translate<CrmHistoryMessageId>('crm-history.phoneType.phone');
  const id = PHONE_TYPE_LABELS[typeId];
  return id ? translate(id) : sentenceCase(typeId.replace(/^PHONE_/, ''));
}
