import type { CallOutcomeId, ConsentState, ContactTypeId } from '../../shared/domain/crm-history';

const TRANSACTION_TYPE_LABELS: Readonly<Record<string, string>> = {
  SALE: 'Sale',
  RETURN: 'Return',
  EXCHANGE: 'Exchange',
  WEB_ORDER: 'Web order',
};

/** `WEB_ORDER` -> `Web order`; a type the terminal does not know is shown in words too. */
export const transactionTypeLabel = (typeId: string) =>
  TRANSACTION_TYPE_LABELS[typeId] ?? sentenceCase(typeId);

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactTypeId, string>> = {
  VISIT: 'Visit',
  CALL: 'Call',
  EMAIL: 'E-mail',
  COMPLAINT: 'Complaint',
  ENQUIRY: 'Enquiry',
};

export const contactTypeLabel = (typeId: string) =>
  CONTACT_TYPE_LABELS[typeId as ContactTypeId] ?? sentenceCase(typeId);

export const CALL_OUTCOME_LABELS: Readonly<Record<CallOutcomeId, string>> = {
  ANSWERED: 'Answered',
  NO_ANSWER: 'No answer',
  VOICEMAIL: 'Left a voicemail',
  CALL_BACK_REQUESTED: 'Call back requested',
  WRONG_NUMBER: 'Wrong number',
};

export const callOutcomeLabel = (id: string) =>
  CALL_OUTCOME_LABELS[id as CallOutcomeId] ?? sentenceCase(id);

export const CONSENT_LABELS: Readonly<Record<ConsentState, string>> = {
  given: 'given',
  withdrawn: 'withdrawn',
  'not-asked': 'not asked',
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
export const phoneTypeLabel = (typeId: string) =>
  typeId ? sentenceCase(typeId.replace(/^PHONE_/, '')) : 'Phone';
