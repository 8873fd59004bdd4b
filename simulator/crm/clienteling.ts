/**
 * What the notes, preferences and key-dates stores share: the clock, stable hashing for
 * derived data, the id rule for client-generated ids, and save outcomes.
 */

/** The simulator's clock (injected in tests: "today" is whatever it says). */
export type Clock = () => Date;

/**
 * Whether a customer has derived clienteling data: those the simulator started with do; one
 * created at a till since starts with none.
 */
export type Derives = (customerNumber: string) => boolean;

export const DAY_MS = 86_400_000;

/**
 * FNV-1a, then murmur3's finaliser so that every bit depends on every character (FNV alone
 * leaves the low bits of "80000001:notes" and "80000002:notes" alike): a customer's derived
 * clienteling data is the same on every run, and spread evenly.
 */
export function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Midnight UTC of the clock's day. */
export function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** An instant as xsd:dateTime in UTC: whole seconds unless it has milliseconds. */
export const isoInstant = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');

/**
 * Client-generated ids (noteId, preferenceId, keyDateId): the terminal sends 12 random digits,
 * the public code's note ids; the server accepts any id of this shape (the public code's
 * preference ids look like `12345678GDPREMAIL:EMAIL_OPTIN`).
 */
export const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export const USER_ID = /^\S{1,40}$/;

export interface FieldProblem {
  /** The wire name, as `retail:fieldError@field` carries it. */
  readonly field: string;
  readonly message: string;
  /** For a preference map: the `item@key` the problem belongs to. */
  readonly key?: string;
}

export type SaveResult<T> =
  | {
      readonly outcome: 'Success';
      readonly record: T;
      /** False when the save repeated what is stored: nothing was written. */
      readonly applied: boolean;
    }
  | { readonly outcome: 'ValidationFailed'; readonly problems: readonly FieldProblem[] }
  | { readonly outcome: 'NoCustomer' }
  | { readonly outcome: 'Conflict'; readonly current: T };

export type RecordStatus = 'ACTIVE' | 'DELETED';

/** Time stamps that always move on, even for two saves within one millisecond. */
export class Stamper {
  private last = 0;
  constructor(private readonly now: Clock) {}

  next(): number {
    const ms = Math.max(this.now().getTime(), this.last + 1);
    this.last = ms;
    return ms;
  }
}

/**
 * The till's saves for one kind of record, by customer and client id, over data derived on
 * read: a customer nobody saved anything for costs nothing.
 */
export class Overlay<T> {
  private readonly saved = new Map<string, Map<string, T>>();
  private readonly writesBy = new Map<string, number>();
  /** Every stored change, all customers: a doubled write shows here. */
  writes = 0;

  get(customerId: string, id: string): T | undefined {
    return this.saved.get(customerId)?.get(id);
  }

  all(customerId: string): readonly T[] {
    return [...(this.saved.get(customerId)?.values() ?? [])];
  }

  put(customerId: string, id: string, record: T): void {
    let records = this.saved.get(customerId);
    if (!records) {
      records = new Map();
      this.saved.set(customerId, records);
    }
    records.set(id, record);
    this.writes++;
    this.writesBy.set(customerId, (this.writesBy.get(customerId) ?? 0) + 1);
  }

  /** Records the till saved for a customer (each id once) and the writes that made them. */
  counts(customerId: string): { saved: number; writes: number } {
    return {
      saved: this.saved.get(customerId)?.size ?? 0,
      writes: this.writesBy.get(customerId) ?? 0,
    };
  }

  clear(): void {
    this.saved.clear();
    this.writesBy.clear();
    this.writes = 0;
  }
}

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
