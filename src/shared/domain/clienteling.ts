/**
 * Clienteling (CRMCustomerDataService, seed 001's Preferences screen): notes and wishlist,
 * preferences, sizes and marketing consent, and key dates. No wire names here.
 */
import type { CustomerGroup } from './loyalty';

/** A saved record is ACTIVE until a save marks it DELETED (there is no delete operation). */
export type RecordStatus = 'ACTIVE' | 'DELETED';

export type NoteType = 'NOTE' | 'WISHLIST';

/** What a customer would like to buy: a product id or a description, or both. */
export interface WishlistItem {
  readonly productId: string;
  readonly description: string;
  readonly size: string;
  readonly colour: string;
}

export interface Note {
  readonly noteId: string;
  readonly customerNumber: string;
  /** The operator who first saved it. */
  readonly author: string;
  readonly type: NoteType;
  /** Shown only to its author (the server sends it to no one else). */
  readonly isPrivate: boolean;
  /** Shown as a banner when the customer is opened. */
  readonly isAlert: boolean;
  /** The note, or a wishlist item's remark. */
  readonly text: string;
  readonly wishlistItem: WishlistItem | null;
  readonly status: RecordStatus;
  /** ISO instants, the server's: `created` is a wishlist item's "date added". */
  readonly created: string;
  readonly lastUpdated: string;
  readonly lastUpdatedBy: string;
}

/** A note or wishlist item as the cashier writes it. `noteId` is the till's, made once. */
export interface NoteDraft {
  readonly noteId: string;
  readonly customerNumber: string;
  readonly type: NoteType;
  readonly text: string;
  readonly isPrivate: boolean;
  readonly isAlert: boolean;
  readonly wishlistItem: WishlistItem | null;
}

/** A save of a note: new or edited (`lastUpdated` = the version the edit began from), or removed. */
export type NoteChange =
  | { readonly kind: 'save'; readonly draft: NoteDraft; readonly lastUpdated: string | null }
  | { readonly kind: 'remove'; readonly noteId: string; readonly customerNumber: string };

export type NoteField =
  | 'operator'
  | 'noteId'
  | 'text'
  | 'type'
  | 'isPrivate'
  | 'isAlert'
  | 'status'
  | 'wishlistItem'
  | 'productId'
  | 'description'
  | 'size'
  | 'colour';

/** The notes an operator may see: the server filters private notes; the till checks again. */
export function visibleNotes(notes: readonly Note[], operatorId: string | null): Note[] {
  return notes.filter((n) => !n.isPrivate || (operatorId !== null && n.author === operatorId));
}

/** ONE_PER_TYPE: one choice per type at a time (a dress size); MANY: any number (brands). */
export type Selection = 'ONE_PER_TYPE' | 'MANY';

export interface OptionChoice {
  /** `TYPE:OPTION`, e.g. `DRESS:UK12`: names the choice within its set. */
  readonly optionPathId: string;
  readonly optionId: string;
  readonly description: string;
}

export interface OptionType {
  readonly typeId: string;
  readonly description: string;
  readonly options: readonly OptionChoice[];
}

export interface CaptureMethod {
  readonly id: string;
  readonly description: string;
}

/** What the server lets a till record (sizes, brands, consent), and the choices of each. */
export interface OptionSet {
  readonly optionSetId: string;
  /** The group the server files the set under; sent back with every save. */
  readonly group: CustomerGroup | null;
  readonly description: string;
  readonly selection: Selection;
  /** Every change is kept and shown (marketing consent). */
  readonly keepsHistory: boolean;
  /** Non-empty: every save must say how it was captured, one of these. */
  readonly captureMethods: readonly CaptureMethod[];
  readonly types: readonly OptionType[];
}

/** One record: a choice made at a time by an operator. A change of mind is a new record. */
export interface Preference {
  readonly preferenceId: string;
  readonly customerNumber: string;
  readonly optionSetId: string;
  readonly optionPathId: string;
  /** true: chosen, consent given; false: unchosen, consent refused or withdrawn. */
  readonly value: boolean;
  /** ISO instant it was captured. */
  readonly created: string;
  readonly operatorId: string;
  /** How consent was captured (a CaptureMethod id); null for sets that record none. */
  readonly captureMethod: string | null;
}

/** A consent record: who, when, how, and given or not. */
export type ConsentRecord = Preference;

export interface CustomerPreferences {
  readonly optionSets: readonly OptionSet[];
  /** The current value per option; for consent, every channel ever answered (true or false). */
  readonly current: readonly Preference[];
  /** Every consent record, newest first. */
  readonly history: readonly ConsentRecord[];
}

/** One new record to save. `preferenceId` and `created` are made once, and kept for a retry. */
export interface PreferenceChange {
  readonly preferenceId: string;
  readonly customerNumber: string;
  readonly optionSetId: string;
  readonly group: CustomerGroup | null;
  readonly optionPathId: string;
  readonly value: boolean;
  /** ISO instant, whole seconds. */
  readonly created: string;
  readonly captureMethod: string | null;
}

export type PreferenceField =
  | 'operator'
  | 'customerNumber'
  | 'preferenceId'
  | 'optionSetId'
  | 'optionPathId'
  | 'value'
  | 'created'
  | 'captureMethod';

export type ConsentState = 'Given' | 'Withdrawn' | 'Refused' | 'Not asked';

/**
 * A consent channel's state from its records: none = never asked (never shown as given);
 * `false` after a `true` = withdrawn; `false` never preceded by `true` = refused.
 */
export function consentState(
  optionPathId: string,
  current: readonly Preference[],
  history: readonly ConsentRecord[],
): ConsentState {
  const latest = current.find((p) => p.optionPathId === optionPathId);
  if (!latest) return 'Not asked';
  if (latest.value) return 'Given';
  return history.some((h) => h.optionPathId === optionPathId && h.value) ? 'Withdrawn' : 'Refused';
}

/** How each consent record reads in its history: given, withdrawn (after a give) or refused. */
export function consentRecordLabel(
  record: ConsentRecord,
  history: readonly ConsentRecord[],
): 'Given' | 'Withdrawn' | 'Refused' {
  if (record.value) return 'Given';
  const at = history.indexOf(record);
  // History is newest first: an earlier give is further down the list.
  const earlier = at === -1 ? history : history.slice(at + 1);
  return earlier.some((h) => h.optionPathId === record.optionPathId && h.value)
    ? 'Withdrawn'
    : 'Refused';
}

export interface KeyDateType {
  readonly id: string;
  readonly description: string;
}

/** A yearly occasion: month and day always; the year only when known. */
export interface KeyDate {
  readonly keyDateId: string;
  readonly customerNumber: string;
  readonly author: string;
  readonly typeId: string;
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  readonly description: string;
  /** Days ahead the till starts showing it; null = the till's default. */
  readonly reminderDays: number | null;
  readonly status: RecordStatus;
  readonly created: string;
  readonly lastUpdated: string;
  readonly lastUpdatedBy: string;
  /** `YYYY-MM-DD`, today or later, by the server's clock. */
  readonly nextOccurrence: string;
  /** 0 = today. */
  readonly daysUntil: number;
}

export interface CustomerKeyDates {
  /** The server's date (`YYYY-MM-DD`) the counts are from. */
  readonly today: string;
  readonly types: readonly KeyDateType[];
  /** Soonest first. */
  readonly dates: readonly KeyDate[];
}

export interface KeyDateDraft {
  readonly keyDateId: string;
  readonly customerNumber: string;
  readonly typeId: string;
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  readonly description: string;
  readonly reminderDays: number | null;
}

export type KeyDateChange =
  | { readonly kind: 'save'; readonly draft: KeyDateDraft; readonly lastUpdated: string | null }
  | { readonly kind: 'remove'; readonly keyDateId: string; readonly customerNumber: string };

export type KeyDateField =
  | 'operator'
  | 'keyDateId'
  | 'type'
  | 'month'
  | 'day'
  | 'year'
  | 'description'
  | 'reminderDays'
  | 'status';

/** How many days ahead a key date is shown when it names no reminder of its own. */
export const DEFAULT_REMINDER_DAYS = 14;

/** Key dates close enough to show now, soonest first (each by its own reminder, or 14 days). */
export function upcomingKeyDates(dates: readonly KeyDate[]): KeyDate[] {
  return dates
    .filter((d) => d.daysUntil >= 0 && d.daysUntil <= (d.reminderDays ?? DEFAULT_REMINDER_DAYS))
    .sort((a, b) => a.daysUntil - b.daysUntil);
}

/** Days in a month; February has 29 unless the year is known and not a leap year. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The answer to a save: the record as the server stored it, or why not. */
export type ClientelingSaveResult<Record, Field extends string> =
  | { readonly outcome: 'Success'; readonly record: Record }
  | {
      readonly outcome: 'Invalid';
      readonly message: string;
      /** The server's words per field; fields the till does not know are in `message`. */
      readonly fieldErrors: ReadonlyMap<Field, string>;
      /** For a preference save: the server's words per option (`optionPathId`). */
      readonly itemErrors: ReadonlyMap<string, string>;
    }
  | {
      readonly outcome: 'Conflict';
      readonly message: string;
      /** The record as it now stands on the server. */
      readonly current: Record | null;
    }
  | { readonly outcome: 'NoCustomer'; readonly message: string };

export type NoteSaveResult = ClientelingSaveResult<Note, NoteField>;
export type PreferenceSaveResult = ClientelingSaveResult<readonly Preference[], PreferenceField>;
export type KeyDateSaveResult = ClientelingSaveResult<KeyDate, KeyDateField>;

/**
 * A record id made by the till (notes, preferences, key dates): 12 random digits, as the
 * public code's note ids. Made once per intended record and kept for every retry of its save,
 * so the server can tell a retry from a new record.
 */
export function newRecordId(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  let id = '';
  while (id.length < 12) {
    for (const byte of random(new Uint8Array(16))) {
      // 250 = 25 x 10: anything above would make low digits likelier.
      if (byte < 250 && id.length < 12) id += String(byte % 10);
    }
  }
  return id;
}
