import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import {
  CLIENT_ID,
  DAY_MS,
  daysInMonth,
  isLeap,
  isoDay,
  isoInstant,
  MONTHS,
  Overlay,
  Stamper,
  stableHash,
  USER_ID,
  utcDay,
  type Clock,
  type Derives,
  type FieldProblem,
  type RecordStatus,
  type SaveResult,
} from './clienteling.ts';

export type KeyDateType = 'BIRTHDAY' | 'ANNIVERSARY' | 'OTHER';

export const KEY_DATE_TYPES: readonly { id: KeyDateType; description: string }[] = [
  { id: 'BIRTHDAY', description: 'Birthday' },
  { id: 'ANNIVERSARY', description: 'Anniversary' },
  { id: 'OTHER', description: 'Other occasion' },
];

export const KEY_DATE_LIMITS = {
  description: 100,
  reminderDays: 60,
  firstYear: 1900,
  lastYear: 2100,
};

/**
 * A yearly occasion: month and day always, the year only when known (a customer may give a
 * birthday without the year; one open-source POS stores month and day only, for privacy).
 */
export interface KeyDateRecord {
  readonly keyDateId: string;
  readonly customerId: string;
  readonly keyDateTypeId: KeyDateType;
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  readonly description: string;
  /** Days before the date the till should start showing it; null = the till's default. */
  readonly reminderDays: number | null;
  readonly status: RecordStatus;
  readonly userId: string;
  readonly created: string;
  readonly lastUpdated: string;
  readonly lastUpdatedBy: string;
}

export interface KeyDateInput {
  readonly keyDateId: string;
  readonly customerId: string;
  readonly userId: string;
  readonly keyDateTypeId: string;
  readonly month: string;
  readonly day: string;
  readonly year: string;
  readonly description: string;
  readonly reminderDays: string;
  readonly status: string;
  readonly lastUpdated: string;
}

/** A key date with its next occurrence counted from the server's today (UTC). */
export interface UpcomingKeyDate {
  readonly record: KeyDateRecord;
  /** YYYY-MM-DD, today or later; 29 February falls on 28 February in other years. */
  readonly nextOccurrence: string;
  readonly daysUntil: number;
}

export function nextOccurrence(
  month: number,
  day: number,
  today: Date,
): { date: Date; days: number } {
  const on = (year: number) =>
    new Date(Date.UTC(year, month - 1, month === 2 && day === 29 && !isLeap(year) ? 28 : day));
  const start = utcDay(today);
  let date = on(start.getUTCFullYear());
  if (date < start) date = on(start.getUTCFullYear() + 1);
  return { date, days: Math.round((date.getTime() - start.getTime()) / DAY_MS) };
}

const whole = (raw: string): number | null => (/^\d{1,4}$/.test(raw) ? Number(raw) : null);

const USERS = ['ASSOC07', 'ASSOC12', 'ASSOC15', 'MGR01'];
const OCCASIONS = [
  'Daughter’s graduation',
  'Retirement party',
  'Moving house',
  'Charity gala',
  'Son’s christening',
];

interface Seed {
  readonly keyDateTypeId: KeyDateType;
  /** A fixed date, or `inDays` after the simulator's start day (so a demo shows a reminder). */
  readonly month?: number;
  readonly day?: number;
  readonly inDays?: number;
  readonly year: number | null;
  readonly description: string;
  readonly reminderDays: number | null;
  readonly userId: string;
}

/** Month and day of an xsd:dateTime as written (its own calendar date, whatever the zone). */
function dateOfBirth(c: CustomerRecord): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(c.dateOfBirth ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function birthday(c: CustomerRecord, withYear: boolean, userId: string): Seed[] {
  const dob = dateOfBirth(c);
  return dob
    ? [
        {
          keyDateTypeId: 'BIRTHDAY',
          month: dob.month,
          day: dob.day,
          year: withYear ? dob.year : null,
          description: '',
          reminderDays: 14,
          userId,
        },
      ]
    : [];
}

function derivedSeeds(c: CustomerRecord, startYear: number): Seed[] {
  const n = c.customerNumber;
  // The named demo customers (docs/API.md names them).
  if (n === '100')
    return [
      ...birthday(c, true, 'ASSOC07'),
      {
        keyDateTypeId: 'OTHER',
        inDays: 10,
        year: null,
        description: 'Sister’s wedding',
        reminderDays: 14,
        userId: 'ASSOC07',
      },
    ];
  if (n === '7004')
    return [
      ...birthday(c, true, 'ASSOC12'),
      {
        keyDateTypeId: 'ANNIVERSARY',
        inDays: 5,
        year: startYear - 3,
        description: 'Wedding anniversary',
        reminderDays: 7,
        userId: 'ASSOC12',
      },
    ];
  if (n === '00100') return [];
  const h = stableHash(`${n}:key-dates`);
  const user = USERS[(h >>> 2) % USERS.length] as string;
  const seeds: Seed[] = h % 3 === 2 ? [] : birthday(c, h % 2 === 0, user);
  if (h % 5 === 0) {
    const month = 1 + ((h >>> 4) % 12);
    seeds.push({
      keyDateTypeId: 'ANNIVERSARY',
      month,
      day: 1 + ((h >>> 8) % daysInMonth(month, 2001)),
      year: startYear - 1 - ((h >>> 12) % 30),
      description: 'Wedding anniversary',
      reminderDays: 14,
      userId: user,
    });
  }
  if (h % 8 === 0)
    seeds.push({
      keyDateTypeId: 'OTHER',
      inDays: (h >>> 16) % 14,
      year: null,
      description: OCCASIONS[(h >>> 20) % OCCASIONS.length] as string,
      reminderDays: 7,
      userId: user,
    });
  return seeds;
}

function sameContent(
  a: KeyDateRecord,
  b: Omit<KeyDateRecord, 'userId' | 'created' | 'lastUpdated' | 'lastUpdatedBy'>,
) {
  return (
    a.keyDateTypeId === b.keyDateTypeId &&
    a.month === b.month &&
    a.day === b.day &&
    a.year === b.year &&
    a.description === b.description &&
    a.reminderDays === b.reminderDays &&
    a.status === b.status
  );
}

const TYPE_ORDER = KEY_DATE_TYPES.map((t) => t.id);

/**
 * Customer key dates (the Social Calendar) over the one customer store: derived on read for
 * generated customers (a birthday from the date of birth, anniversaries, and occasions a few
 * days after the simulator's start day), with the till's saves stored by (customer, keyDateId).
 */
export class KeyDatesStore {
  private readonly overlay = new Overlay<KeyDateRecord>();
  private readonly stamps: Stamper;
  private readonly startDay: Date;

  constructor(
    private readonly customers: CustomerStore,
    private readonly now: Clock,
    private readonly derives: Derives = () => true,
  ) {
    this.stamps = new Stamper(now);
    this.startDay = utcDay(now());
  }

  get writes(): number {
    return this.overlay.writes;
  }

  counts(customerId: string) {
    return this.overlay.counts(customerId);
  }

  reset(): void {
    this.overlay.clear();
  }

  /** The server's today, which next occurrences are counted from. */
  today(): Date {
    return utcDay(this.now());
  }

  private everything(customer: CustomerRecord): KeyDateRecord[] {
    const n = customer.customerNumber;
    const stamp = isoInstant(this.startDay.getTime() - 30 * DAY_MS + 9 * 3_600_000);
    const byId = new Map<string, KeyDateRecord>();
    const seeds = this.derives(n) ? derivedSeeds(customer, this.startDay.getUTCFullYear()) : [];
    seeds.forEach((s, i) => {
      const on =
        s.inDays === undefined ? null : new Date(this.startDay.getTime() + s.inDays * DAY_MS);
      const keyDateId = `SIM-${n}-K${i + 1}`;
      byId.set(keyDateId, {
        keyDateId,
        customerId: n,
        keyDateTypeId: s.keyDateTypeId,
        month: on ? on.getUTCMonth() + 1 : (s.month as number),
        day: on ? on.getUTCDate() : (s.day as number),
        year: s.year,
        description: s.description,
        reminderDays: s.reminderDays,
        status: 'ACTIVE',
        userId: s.userId,
        created: stamp,
        lastUpdated: stamp,
        lastUpdatedBy: s.userId,
      });
    });
    for (const r of this.overlay.all(n)) byId.set(r.keyDateId, r);
    return [...byId.values()];
  }

  /** Active key dates, soonest first. Undefined when there is no such customer. */
  list(customerId: string): UpcomingKeyDate[] | undefined {
    const customer = this.customers.get(customerId);
    if (!customer) return undefined;
    return this.everything(customer)
      .filter((r) => r.status === 'ACTIVE')
      .map((r) => this.upcoming(r))
      .sort(
        (a, b) =>
          a.daysUntil - b.daysUntil ||
          TYPE_ORDER.indexOf(a.record.keyDateTypeId) - TYPE_ORDER.indexOf(b.record.keyDateTypeId) ||
          (a.record.keyDateId < b.record.keyDateId ? -1 : 1),
      );
  }

  upcoming(record: KeyDateRecord): UpcomingKeyDate {
    const { date, days } = nextOccurrence(record.month, record.day, this.now());
    return { record, nextOccurrence: isoDay(date), daysUntil: days };
  }

  save(input: KeyDateInput): SaveResult<KeyDateRecord> {
    const customer = this.customers.get(input.customerId);
    if (!customer) return { outcome: 'NoCustomer' };
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    const userId = input.userId;
    if (userId === '') problem('userId', 'The operator (userId) is mandatory.');
    else if (!USER_ID.test(userId)) problem('userId', `${userId} is not a user id.`);
    if (!CLIENT_ID.test(input.keyDateId))
      problem(
        'keyDateId',
        input.keyDateId === ''
          ? 'The key date id is mandatory.'
          : `${input.keyDateId} is not a key date id.`,
      );
    const status = input.status === '' ? 'ACTIVE' : input.status;
    if (status !== 'ACTIVE' && status !== 'DELETED')
      problem('status', `${input.status} is not a key date status (ACTIVE or DELETED).`);
    const type = KEY_DATE_TYPES.find((t) => t.id === input.keyDateTypeId)?.id;
    const month = whole(input.month);
    const day = whole(input.day);
    const year = input.year === '' ? null : whole(input.year);
    const reminderDays = input.reminderDays === '' ? null : whole(input.reminderDays);
    const today = this.today();
    if (status === 'ACTIVE') {
      if (!type)
        problem(
          'keyDateTypeId',
          input.keyDateTypeId === ''
            ? 'The kind of date is mandatory (BIRTHDAY, ANNIVERSARY or OTHER).'
            : `${input.keyDateTypeId} is not a kind of date (BIRTHDAY, ANNIVERSARY or OTHER).`,
        );
      const yearOk =
        year !== null && year >= KEY_DATE_LIMITS.firstYear && year <= KEY_DATE_LIMITS.lastYear;
      if (input.year !== '' && !yearOk)
        problem(
          'year',
          `${input.year} is not a year (${KEY_DATE_LIMITS.firstYear}–${KEY_DATE_LIMITS.lastYear}), or leave it out.`,
        );
      if (month === null || month < 1 || month > 12)
        problem(
          'month',
          input.month === '' ? 'The month is mandatory.' : `${input.month} is not a month (1–12).`,
        );
      else if (day === null || day < 1 || day > 31)
        problem(
          'day',
          input.day === '' ? 'The day is mandatory.' : `${input.day} is not a day of the month.`,
        );
      else if (day > daysInMonth(month, yearOk ? year : null))
        problem(
          'day',
          `${day} ${MONTHS[month - 1]}${yearOk && day <= daysInMonth(month, null) ? ` ${year}` : ''} does not exist.`,
        );
      else if (
        type === 'BIRTHDAY' &&
        yearOk &&
        Date.UTC(year as number, month - 1, day) > today.getTime()
      )
        problem('year', 'A birthday cannot be in the future.');
      if (reminderDays === null && input.reminderDays !== '')
        problem('reminderDays', `${input.reminderDays} is not a number of days.`);
      else if (reminderDays !== null && reminderDays > KEY_DATE_LIMITS.reminderDays)
        problem(
          'reminderDays',
          `A reminder is at most ${KEY_DATE_LIMITS.reminderDays} days ahead.`,
        );
      if (input.description.length > KEY_DATE_LIMITS.description)
        problem(
          'description',
          `The description is longer than ${KEY_DATE_LIMITS.description} characters.`,
        );
      if (type === 'OTHER' && input.description.trim() === '')
        problem('description', 'Say what the occasion is.');
    }
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };

    const all = this.everything(customer);
    const existing = all.find((r) => r.keyDateId === input.keyDateId);
    if (existing && status === 'ACTIVE' && existing.status === 'DELETED')
      problem('keyDateId', `Key date ${input.keyDateId} was removed; save it as a new one.`);
    if (!existing && status === 'DELETED')
      problem('keyDateId', `There is no key date ${input.keyDateId} for this customer.`);
    const otherBirthday = all.find(
      (r) =>
        r.keyDateTypeId === 'BIRTHDAY' && r.status === 'ACTIVE' && r.keyDateId !== input.keyDateId,
    );
    if (status === 'ACTIVE' && type === 'BIRTHDAY' && otherBirthday)
      problem(
        'keyDateTypeId',
        `The customer already has a birthday (${otherBirthday.keyDateId}): change that one.`,
      );
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };

    const content =
      status === 'DELETED' && existing
        ? { ...existing, status: 'DELETED' as const }
        : {
            keyDateId: input.keyDateId,
            customerId: customer.customerNumber,
            keyDateTypeId: type as KeyDateType,
            month: month as number,
            day: day as number,
            year,
            description: input.description,
            reminderDays,
            status: 'ACTIVE' as const,
          };
    if (existing && sameContent(existing, content))
      return { outcome: 'Success', record: existing, applied: false };
    if (existing && input.lastUpdated !== '' && input.lastUpdated !== existing.lastUpdated)
      return { outcome: 'Conflict', current: existing };
    const at = isoInstant(this.stamps.next());
    const record: KeyDateRecord = {
      ...content,
      userId: existing?.userId ?? userId,
      created: existing?.created ?? at,
      lastUpdated: at,
      lastUpdatedBy: userId,
    };
    this.overlay.put(customer.customerNumber, record.keyDateId, record);
    return { outcome: 'Success', record, applied: true };
  }
}
