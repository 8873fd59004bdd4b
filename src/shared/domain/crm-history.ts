/**
 * CRM history (CRMCustomerDataService, seed 001): the customer's transactions and their spend
 * summary, one transaction's lines, the contacts with the customer, and recording a call.
 * Money is in minor units (pence) throughout; dates are ISO strings.
 */
import type { CustomerDetails } from './crm';
import type { Page } from './paging';

/** The kinds of transaction the history lists; a server may send others (shown as they come). */
export const TRANSACTION_TYPES = ['SALE', 'RETURN', 'EXCHANGE', 'WEB_ORDER'] as const;
export type TransactionTypeId = (typeof TRANSACTION_TYPES)[number];

/** What Transaction History's Search narrows by; empty fields narrow by nothing. */
export interface TransactionCriteria {
  /** `YYYY-MM-DD`, inclusive, or ''. */
  readonly fromDate: string;
  /** `YYYY-MM-DD`, inclusive, or ''. */
  readonly toDate: string;
  /** Any of these stores; none = every store. */
  readonly locationIds: readonly string[];
  /** Any of these kinds; none = every kind. */
  readonly typeIds: readonly string[];
  /** Minor units: transactions worth at least this much either way (|value|), or null. */
  readonly minimumValue: number | null;
}

export const NO_TRANSACTION_CRITERIA: TransactionCriteria = {
  fromDate: '',
  toDate: '',
  locationIds: [],
  typeIds: [],
  minimumValue: null,
};

export type TransactionCriteriaField = 'fromDate' | 'toDate' | 'typeIds' | 'minimumValue';

/** A listed transaction; `customerNumber` and `transactionId` are its key for the enquiry. */
export interface TransactionRow {
  readonly customerNumber: string;
  readonly transactionId: string;
  /** `POS`, `WEBSHOP`. */
  readonly applicationId: string;
  readonly typeId: string;
  readonly locationId: string;
  /** The store's name, or '' when the server sent none. */
  readonly locationName: string;
  readonly deviceId: string;
  /** ISO date-time. */
  readonly date: string;
  /** Minor units; negative for a return. */
  readonly value: number;
  readonly itemCount: number;
  /** The first line and how many more ("Wrap dress, Navy, 12 + 2 more"). */
  readonly description: string;
}

export interface MonthlySpend {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly transactionCount: number;
  readonly salesValue: number;
  /** ≤ 0. */
  readonly returnsValue: number;
  readonly totalSpend: number;
}

/** Figures for the whole filtered set, whatever page is shown. */
export interface SpendSummary {
  readonly currencyId: string;
  readonly transactionCount: number;
  /** Distinct day and store. */
  readonly visitCount: number;
  readonly salesCount: number;
  readonly salesValue: number;
  readonly returnsCount: number;
  readonly returnsValue: number;
  readonly totalSpend: number;
  readonly averageBasket: number;
  /** ISO date-times, null when nothing matched. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Every month from the first to the last transaction, empty months included. */
  readonly months: readonly MonthlySpend[];
}

/** The server refused the search or has no such customer: nothing was searched. */
export type Refusal =
  | {
      readonly outcome: 'Invalid';
      readonly message: string;
      /** Wire field names (`fromDate`, `minimumValue` …) -> the server's words. */
      readonly fieldErrors: Readonly<Record<string, string>>;
    }
  | { readonly outcome: 'NoCustomer'; readonly message: string };

/** One page of Transaction History with the spend summary of everything that matched. */
export type TransactionHistoryResult =
  | {
      readonly outcome: 'Success';
      readonly page: Page<TransactionRow>;
      readonly summary: SpendSummary;
    }
  | Refusal;

export interface TransactionLine {
  readonly lineNumber: number;
  readonly productId: string;
  readonly description: string;
  /** Negative for a line taken back. */
  readonly quantity: number;
  /** Minor units, negative for a line taken back. */
  readonly netValue: number;
  readonly salespersonId: string;
  /** '' for a web order. */
  readonly salespersonName: string;
  /** The sale a returned line came from, or null. */
  readonly originalTransactionId: string | null;
}

/** The transaction enquiry: the whole transaction, every line. */
export interface CustomerTransaction {
  readonly customerNumber: string;
  readonly transactionId: string;
  readonly applicationId: string;
  readonly typeId: string;
  readonly description: string;
  readonly locationId: string;
  readonly locationName: string;
  readonly deviceId: string;
  readonly date: string;
  readonly value: number;
  readonly currencyId: string;
  readonly lines: readonly TransactionLine[];
}

export type TransactionEnquiryResult =
  | { readonly outcome: 'Success'; readonly transaction: CustomerTransaction }
  | { readonly outcome: 'NoCustomer' | 'NoTransaction'; readonly message: string };

/** What the lines add up to: the enquiry shows it beside the total. */
export const linesTotal = (t: Pick<CustomerTransaction, 'lines'>) =>
  t.lines.reduce((sum, l) => sum + l.netValue, 0);

// Contacts ---------------------------------------------------------------------------------

export const CONTACT_TYPES = ['VISIT', 'CALL', 'EMAIL', 'COMPLAINT', 'ENQUIRY'] as const;
export type ContactTypeId = (typeof CONTACT_TYPES)[number];

export const CALL_OUTCOMES = [
  'ANSWERED',
  'NO_ANSWER',
  'VOICEMAIL',
  'CALL_BACK_REQUESTED',
  'WRONG_NUMBER',
] as const;
export type CallOutcomeId = (typeof CALL_OUTCOMES)[number];

export interface ContactCriteria {
  readonly typeIds: readonly string[];
  readonly fromDate: string;
  readonly toDate: string;
}

export const NO_CONTACT_CRITERIA: ContactCriteria = { typeIds: [], fromDate: '', toDate: '' };

export interface ContactRow {
  readonly customerNumber: string;
  readonly contactHistoryId: string;
  readonly typeId: string;
  /** ISO date-time. */
  readonly date: string;
  readonly subject: string;
  /** The full text, line breaks kept. */
  readonly text: string;
  /** Who made the contact. */
  readonly userId: string;
  /** Calls only, else ''. */
  readonly callOutcomeId: string;
  /** E-mails only: the addresses, joined by ", ". */
  readonly recipients: string;
  /** A follow-up task, or null. */
  readonly taskId: string | null;
}

export type ContactHistoryResult =
  { readonly outcome: 'Success'; readonly page: Page<ContactRow> } | Refusal;

/** A contact to record; `contactHistoryId` is made by the till, once per contact. */
export interface ContactDraft {
  readonly contactHistoryId: string;
  readonly customerNumber: string;
  readonly typeId: ContactTypeId;
  /** ISO date-time. */
  readonly date: string;
  /** The operator signed on. */
  readonly userId: string;
  readonly subject: string;
  readonly text: string;
  /** Calls only. */
  readonly callOutcomeId: CallOutcomeId | '';
  /** E-mails only: every address it goes to (the customer's first); absent for other kinds. */
  readonly recipients?: readonly string[];
}

/** The contact as the server kept it. */
export interface SavedContact {
  readonly contactHistoryId: string;
  readonly customerNumber: string;
  readonly typeId: string;
  readonly date: string;
  readonly userId: string;
  readonly subject: string;
  readonly text: string;
  readonly callOutcomeId: string;
  /** E-mails only, else empty. */
  readonly recipients: readonly string[];
}

export type SaveContactResult =
  | { readonly outcome: 'Success'; readonly contact: SavedContact }
  | {
      readonly outcome: 'Invalid';
      readonly message: string;
      /** Wire field names (`subject`, `description`, `userId` …) -> the server's words. */
      readonly fieldErrors: Readonly<Record<string, string>>;
    }
  | { readonly outcome: 'NoCustomer'; readonly message: string };

/**
 * Whether the server's answer is the contact that was sent: the same id, customer, subject
 * and text (both trimmed: a server may trim), and for an e-mail the same recipients (case
 * folded, in any order). Anything else is not a confirmation.
 */
export function isSameContact(sent: ContactDraft, kept: SavedContact): boolean {
  const fold = (list: readonly string[]) =>
    list
      .map((r) => r.trim().toLowerCase())
      .sort()
      .join('\n');
  return (
    kept.contactHistoryId === sent.contactHistoryId &&
    kept.customerNumber === sent.customerNumber &&
    kept.subject.trim() === sent.subject.trim() &&
    kept.text.trim() === sent.text.trim() &&
    (sent.recipients === undefined || fold(sent.recipients) === fold(kept.recipients))
  );
}

// Consent ------------------------------------------------------------------------------------

/** One marketing consent as Load Customer Details answers it. */
export interface ChannelConsent {
  /** EMAIL, SMS, POST or PHONE. */
  readonly channelId: string;
  readonly granted: boolean;
  /** When it was given or withdrawn (ISO date-time). */
  readonly created: string;
  /** Who recorded it. */
  readonly userId: string;
}

export type ConsentState = 'given' | 'withdrawn' | 'not-asked';

/** Load Customer Details: the whole record, fresh, with the consents on file. */
export interface CustomerAndConsents {
  readonly customer: CustomerDetails;
  readonly consents: readonly ChannelConsent[];
}

/** The latest word on one channel: given, withdrawn, or never asked. */
export function consentFor(consents: readonly ChannelConsent[], channelId: string): ConsentState {
  let latest: ChannelConsent | null = null;
  for (const c of consents) {
    if (c.channelId.toUpperCase() !== channelId) continue;
    if (latest === null || Date.parse(c.created) >= Date.parse(latest.created)) latest = c;
  }
  if (latest === null) return 'not-asked';
  return latest.granted ? 'given' : 'withdrawn';
}

/**
 * An amount the cashier typed ("50", "49.99", "£1,250.5") in minor units with `digits`
 * after the point, or null when it is not an amount. '' is null too (no minimum).
 */
export function parseAmount(text: string, digits: number): number | null {
  const cleaned = text.replace(/[\s,£€$]/g, '');
  if (cleaned === '') return null;
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
