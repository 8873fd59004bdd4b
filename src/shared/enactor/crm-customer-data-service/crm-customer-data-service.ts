import type {
  CrmCriteria,
  CrmCustomerRow,
  CrmSort,
  CustomerDetails,
  CustomerDraft,
  SaveResult,
} from '../../domain/crm';
import type {
  ClientelingSaveResult,
  CustomerKeyDates,
  KeyDate,
  CustomerPreferences,
  KeyDateChange,
  KeyDateSaveResult,
  Note,
  NoteChange,
  NoteSaveResult,
  Preference,
  PreferenceChange,
  PreferenceSaveResult,
} from '../../domain/clienteling';
import type {
  ContactCriteria,
  ContactDraft,
  ContactHistoryResult,
  CustomerAndConsents,
  SaveContactResult,
  TransactionCriteria,
  TransactionEnquiryResult,
  TransactionHistoryResult,
} from '../../domain/crm-history';
import type { AddressBookResult } from '../../domain/crm-email';
import {
  relationshipsMismatch,
  type AffiliatedCustomer,
  type CustomerRelationship,
  type RelationshipChange,
  type RelationshipsSaveResult,
} from '../../domain/crm-network';
import type { Page, PageRequest } from '../../domain/paging';
import { MalformedResponseError } from '../errors';
import { createPagedCall } from '../soap/paged-call';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import { GET_CUSTOMER_DETAILS } from './customer-details-codec';
import { GET_ADDRESS_BOOK } from './get-address-book-codec';
import { GET_AFFILIATED_CUSTOMERS } from './get-affiliated-customers-codec';
import { GET_CUSTOMER_RELATIONSHIPS } from './get-customer-relationships-codec';
import { SAVE_CUSTOMER_RELATIONSHIPS } from './save-customer-relationships-codec';
import { GET_CUSTOMER_KEY_DATES } from './get-customer-key-dates-codec';
import { GET_CUSTOMER_NOTES } from './get-customer-notes-codec';
import { GET_CUSTOMER_PREFERENCES } from './get-customer-preferences-codec';
import { SAVE_CUSTOMER_KEY_DATE } from './save-customer-key-date-codec';
import { SAVE_CUSTOMER_NOTE } from './save-customer-note-codec';
import { SAVE_CUSTOMER_PREFERENCE_MAP } from './save-customer-preference-map-codec';
import { SAVE_CUSTOMERS, UPDATE_CUSTOMERS } from './save-customers-codec';
import { SEARCH_CUSTOMERS } from './search-customers-codec';
import { SEARCH_CONTACT_HISTORY } from './contact-history-codec';
import { LOAD_CUSTOMER_DETAILS } from './load-customer-details-codec';
import { SAVE_CONTACT_HISTORY } from './save-contact-history-codec';
import { GET_CUSTOMER_TRANSACTION } from './transaction-enquiry-codec';
import { SEARCH_TRANSACTION_HISTORY } from './transaction-history-codec';

export interface CrmCustomerDataService {
  search(
    criteria: CrmCriteria,
    sort: CrmSort,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<CrmCustomerRow>>;
  details(customerNumber: string, signal?: AbortSignal): Promise<CustomerDetails | null>;
  /** Never retried by itself: a repeat would create a second customer. */
  create(draft: CustomerDraft, signal?: AbortSignal): Promise<SaveResult>;
  update(base: CustomerDetails, draft: CustomerDraft, signal?: AbortSignal): Promise<SaveResult>;
  /** Notes and wishlist the operator may see (their own private notes included); null: no customer. */
  notes(
    customerNumber: string,
    userId: string | null,
    signal?: AbortSignal,
  ): Promise<Note[] | null>;
  /**
   * Never retried by itself. The change carries the till's noteId, so the cashier's Try again
   * is the same note; an answer that is not the note sent is a malformed answer.
   */
  saveNote(operatorId: string, change: NoteChange, signal?: AbortSignal): Promise<NoteSaveResult>;
  preferences(customerNumber: string, signal?: AbortSignal): Promise<CustomerPreferences | null>;
  /** As saveNote: every change is a new record under the till's preferenceId. */
  savePreferences(
    operatorId: string,
    changes: readonly PreferenceChange[],
    signal?: AbortSignal,
  ): Promise<PreferenceSaveResult>;
  keyDates(customerNumber: string, signal?: AbortSignal): Promise<CustomerKeyDates | null>;
  /** As saveNote, under the till's keyDateId. */
  saveKeyDate(
    operatorId: string,
    change: KeyDateChange,
    signal?: AbortSignal,
  ): Promise<KeyDateSaveResult>;
  /** A page of the customer's transactions, newest first, with the summary of every match. */
  transactionHistory(
    customerNumber: string,
    criteria: TransactionCriteria,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<TransactionHistoryResult>;
  /** One listed transaction with every line (the key of its row). */
  transaction(
    customerNumber: string,
    transactionId: string,
    signal?: AbortSignal,
  ): Promise<TransactionEnquiryResult>;
  /** A page of the contacts with the customer, newest first. */
  contactHistory(
    customerNumber: string,
    criteria: ContactCriteria,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<ContactHistoryResult>;
  /** Never retried by itself; the draft's client-made id makes a retry record one contact. */
  saveContact(draft: ContactDraft, signal?: AbortSignal): Promise<SaveContactResult>;
  /** The whole record, fresh, with its consents; null when there is no such customer. */
  loadDetails(customerNumber: string, signal?: AbortSignal): Promise<CustomerAndConsents | null>;
  /** A page of the customers with an e-mail whose name (or, with `@`, address) matches `text`. */
  addressBook(text: string, page: PageRequest, signal?: AbortSignal): Promise<AddressBookResult>;
  /** Each relationship as this customer sees it; null when there is no such customer. */
  relationships(
    customerNumber: string,
    signal?: AbortSignal,
  ): Promise<CustomerRelationship[] | null>;
  /**
   * Never retried by itself. Each change's key is the pair (this customer, the related one),
   * so the cashier's Try again of the same changes stores nothing more; a Success whose list
   * is not what was sent is a malformed answer.
   */
  saveRelationships(
    customerNumber: string,
    changes: readonly RelationshipChange[],
    signal?: AbortSignal,
  ): Promise<RelationshipsSaveResult>;
  /** A page of the customers affiliated to this one (household, company); null: no customer. */
  affiliated(
    customerNumber: string,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<AffiliatedCustomer> | null>;
}

/** A stored note that is not the one sent (another id, other text, not removed when asked). */
function noteMismatch(change: NoteChange, note: Note): string | null {
  if (change.kind === 'remove')
    return note.noteId === change.noteId && note.status === 'DELETED'
      ? null
      : `asked to remove note ${change.noteId}, the answer is ${note.status} note ${note.noteId}`;
  const { draft } = change;
  if (note.noteId !== draft.noteId)
    return `sent note ${draft.noteId}, the answer is ${note.noteId}`;
  if (note.text !== draft.text.trim()) return `note ${note.noteId} came back with other text`;
  if (note.status !== 'ACTIVE') return `note ${note.noteId} came back ${note.status}`;
  const sent = draft.type === 'WISHLIST' ? draft.wishlistItem : null;
  const got = note.wishlistItem;
  if (
    (sent === null) !== (got === null) ||
    (sent &&
      got &&
      (sent.description.trim() !== got.description || sent.productId.trim() !== got.productId))
  )
    return `note ${note.noteId} came back with another wishlist item`;
  return null;
}

function keyDateMismatch(change: KeyDateChange, got: KeyDate): string | null {
  if (change.kind === 'remove')
    return got.keyDateId === change.keyDateId && got.status === 'DELETED'
      ? null
      : `asked to remove key date ${change.keyDateId}, the answer is ${got.status} ${got.keyDateId}`;
  const { draft } = change;
  if (got.keyDateId !== draft.keyDateId)
    return `sent key date ${draft.keyDateId}, the answer is ${got.keyDateId}`;
  if (
    got.typeId !== draft.typeId ||
    got.month !== draft.month ||
    got.day !== draft.day ||
    got.year !== draft.year ||
    got.description !== draft.description.trim() ||
    got.status !== 'ACTIVE'
  )
    return `key date ${got.keyDateId} came back with other content`;
  return null;
}

function preferencesMismatch(
  changes: readonly PreferenceChange[],
  records: readonly Preference[],
): string | null {
  const got = new Map(records.map((p) => [p.preferenceId, p]));
  if (got.size !== changes.length || records.length !== changes.length)
    return `sent ${changes.length} preferences, the answer holds ${records.length}`;
  for (const c of changes) {
    const p = got.get(c.preferenceId);
    if (!p) return `preference ${c.preferenceId} is not in the answer`;
    if (p.optionPathId !== c.optionPathId || p.value !== c.value)
      return `preference ${c.preferenceId} came back as ${p.optionPathId} = ${p.value}`;
  }
  return null;
}

/**
 * `phoneDigits`: how a phone number searched for is written on the wire, by the store
 * country's rules (the caller loads them: the wire knows no country); as typed when absent.
 */
export function createCrmCustomerDataService(
  endpoint: SoapEndpoint,
  options: { phoneDigits?: () => Promise<(text: string) => string> } = {},
): CrmCustomerDataService {
  const search = createPagedCall(endpoint, SEARCH_CUSTOMERS, ({ criteria, sort }) =>
    JSON.stringify({ criteria, sort }),
  );
  /** A Success that is not what was sent is not a success: the cashier is told, as for garbage. */
  const checked = <R, F extends string>(
    operation: string,
    result: ClientelingSaveResult<R, F>,
    mismatch: (record: R) => string | null,
  ): ClientelingSaveResult<R, F> => {
    const problem = result.outcome === 'Success' ? mismatch(result.record) : null;
    if (problem)
      throw new MalformedResponseError(
        { operation, service: endpoint.service },
        `the answer is not what was saved: ${problem}`,
      );
    return result;
  };
  const transactions = createPagedCall(endpoint, SEARCH_TRANSACTION_HISTORY, (s) =>
    JSON.stringify(s),
  );
  const contacts = createPagedCall(endpoint, SEARCH_CONTACT_HISTORY, (s) => JSON.stringify(s));
  const addressBook = createPagedCall(endpoint, GET_ADDRESS_BOOK, (s) => s.text.trim());
  const affiliated = createPagedCall(endpoint, GET_AFFILIATED_CUSTOMERS, (n) => n);
  return {
    async search(criteria, sort, page, signal) {
      // The phone rules (a library and its metadata) load only when a phone is searched for.
      const phoneDigits =
        criteria.phone.trim() !== '' && options.phoneDigits
          ? await options.phoneDigits()
          : undefined;
      return search({ criteria, sort, ...(phoneDigits && { phoneDigits }) }, page, signal);
    },
    details: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_DETAILS, customerNumber, signal),
    create: (draft, signal) => callOperation(endpoint, SAVE_CUSTOMERS, draft, signal),
    update: (base, draft, signal) =>
      callOperation(endpoint, UPDATE_CUSTOMERS, { base, draft }, signal),
    notes: (customerNumber, userId, signal) =>
      callOperation(endpoint, GET_CUSTOMER_NOTES, { customerNumber, operatorId: userId }, signal),
    saveNote: async (operatorId, change, signal) =>
      checked(
        SAVE_CUSTOMER_NOTE.operation,
        await callOperation(endpoint, SAVE_CUSTOMER_NOTE, { operatorId, change }, signal),
        (note) => noteMismatch(change, note),
      ),
    preferences: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_PREFERENCES, { customerNumber }, signal),
    savePreferences: async (operatorId, changes, signal) =>
      checked(
        SAVE_CUSTOMER_PREFERENCE_MAP.operation,
        await callOperation(
          endpoint,
          SAVE_CUSTOMER_PREFERENCE_MAP,
          { operatorId, changes },
          signal,
        ),
        (records) => preferencesMismatch(changes, records),
      ),
    keyDates: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_KEY_DATES, customerNumber, signal),
    saveKeyDate: async (operatorId, change, signal) =>
      checked(
        SAVE_CUSTOMER_KEY_DATE.operation,
        await callOperation(endpoint, SAVE_CUSTOMER_KEY_DATE, { operatorId, change }, signal),
        (date) => keyDateMismatch(change, date),
      ),
    async transactionHistory(customerNumber, criteria, page, signal) {
      const { refusal, summary, ...found } = await transactions(
        { customerNumber, criteria },
        page,
        signal,
      );
      if (refusal) return refusal;
      if (!summary) throw new Error('a transaction history answer has no summary');
      return { outcome: 'Success', page: found, summary };
    },
    transaction: (customerNumber, transactionId, signal) =>
      callOperation(endpoint, GET_CUSTOMER_TRANSACTION, { customerNumber, transactionId }, signal),
    async contactHistory(customerNumber, criteria, page, signal) {
      const { refusal, ...found } = await contacts({ customerNumber, criteria }, page, signal);
      return refusal ?? { outcome: 'Success', page: found };
    },
    saveContact: (draft, signal) => callOperation(endpoint, SAVE_CONTACT_HISTORY, draft, signal),
    loadDetails: (customerNumber, signal) =>
      callOperation(endpoint, LOAD_CUSTOMER_DETAILS, customerNumber, signal),
    async addressBook(text, page, signal) {
      const { refusal, ...found } = await addressBook({ text }, page, signal);
      return refusal ?? { outcome: 'Success', page: found };
    },
    relationships: (customerNumber, signal) =>
      callOperation(endpoint, GET_CUSTOMER_RELATIONSHIPS, customerNumber, signal),
    async saveRelationships(customerNumber, changes, signal) {
      const result = await callOperation(
        endpoint,
        SAVE_CUSTOMER_RELATIONSHIPS,
        { customerNumber, changes },
        signal,
      );
      const problem =
        result.outcome === 'Success' ? relationshipsMismatch(changes, result.relationships) : null;
      if (problem)
        throw new MalformedResponseError(
          { operation: SAVE_CUSTOMER_RELATIONSHIPS.operation, service: endpoint.service },
          `the answer is not what was saved: ${problem}`,
        );
      return result;
    },
    async affiliated(customerNumber, page, signal) {
      const { found, ...rows } = await affiliated(customerNumber, page, signal);
      return found ? rows : null;
    },
  };
}
