import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../customers/customer-record.ts';
import { CustomerStore } from '../customers/customer-store.ts';
import { generateCustomers } from '../customers/generate-customers.ts';
import { KeyDatesStore, nextOccurrence, type KeyDateInput } from './key-dates-store.ts';

const DAY = 86_400_000;

function setup(today = '2026-11-22T10:15:00Z', count = 300, seed?: number) {
  const customers = new CustomerStore([...SEED_CUSTOMERS, ...generateCustomers(count, seed)]);
  let now = new Date(today);
  return {
    customers,
    keyDates: new KeyDatesStore(customers, () => now),
    setNow: (at: string) => {
      now = new Date(at);
    },
    tick: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

const input = (fields: Partial<KeyDateInput> = {}): KeyDateInput => ({
  keyDateId: '000000000007',
  customerId: '100',
  userId: 'ASSOC07',
  keyDateTypeId: 'ANNIVERSARY',
  month: '6',
  day: '14',
  year: '',
  description: 'Wedding anniversary',
  reminderDays: '7',
  status: '',
  lastUpdated: '',
  ...fields,
});

const summary = (k: KeyDatesStore, customer: string) =>
  k.list(customer)!.map((u) => `${u.record.keyDateTypeId} ${u.nextOccurrence} in ${u.daysUntil}`);

describe('nextOccurrence', () => {
  const on = (month: number, day: number, today: string) => {
    const { date, days } = nextOccurrence(month, day, new Date(today));
    return `${date.toISOString().slice(0, 10)} ${days}`;
  };

  it('is today, later this year, or next year once passed', () => {
    expect(on(11, 22, '2026-11-22T23:59:00Z')).toBe('2026-11-22 0');
    expect(on(11, 27, '2026-11-22T08:00:00Z')).toBe('2026-11-27 5');
    expect(on(11, 21, '2026-11-22T08:00:00Z')).toBe('2027-11-21 364');
    expect(on(1, 3, '2026-12-30T00:00:00Z')).toBe('2027-01-03 4');
  });

  it('puts 29 February on 28 February outside leap years', () => {
    expect(on(2, 29, '2026-11-22T00:00:00Z')).toBe('2027-02-28 98');
    expect(on(2, 29, '2027-11-22T00:00:00Z')).toBe('2028-02-29 99');
  });
});

describe('KeyDatesStore', () => {
  it("gives customer 100 her birthday of 3 February (seed 002's date of birth) and an occasion 10 days out", () => {
    const { keyDates } = setup();
    expect(summary(keyDates, '100')).toEqual([
      'OTHER 2026-12-02 in 10',
      'BIRTHDAY 2027-02-03 in 73',
    ]);
    const birthday = keyDates.list('100')![1]!.record;
    expect(birthday).toMatchObject({ month: 2, day: 3, year: 1987, reminderDays: 14 });
  });

  it('counts days to each date from the injected today, soonest first', () => {
    const { keyDates, setNow } = setup();
    expect(summary(keyDates, '7004')).toEqual([
      'ANNIVERSARY 2026-11-27 in 5',
      'BIRTHDAY 2027-05-22 in 181',
    ]);
    // Days later the derived dates stay where they were and come closer.
    setNow('2026-11-25T09:00:00Z');
    expect(summary(keyDates, '7004')[0]).toBe('ANNIVERSARY 2026-11-27 in 2');
    setNow('2027-01-29T12:00:00Z');
    expect(summary(keyDates, '100')[0]).toBe('BIRTHDAY 2027-02-03 in 5');
    expect(keyDates.today().toISOString()).toBe('2027-01-29T00:00:00.000Z');
  });

  it("reads the birthday's own calendar date whatever the zone (7004: 22 May, written +01:00)", () => {
    const { keyDates } = setup();
    const birthday = keyDates.list('7004')!.find((u) => u.record.keyDateTypeId === 'BIRTHDAY')!;
    expect(birthday.record).toMatchObject({ month: 5, day: 22, year: 1998 });
  });

  it('adds, edits and removes under one client id; a repeat writes nothing; a stale edit is a Conflict', () => {
    const { keyDates, tick } = setup();
    const added = keyDates.save(input());
    expect(added).toMatchObject({ outcome: 'Success', applied: true });
    expect(keyDates.save(input())).toMatchObject({ outcome: 'Success', applied: false });
    expect(keyDates.writes).toBe(1);
    if (added.outcome !== 'Success') throw new Error('not saved');
    tick(1000);
    const edited = keyDates.save(
      input({ day: '15', userId: 'ASSOC12', lastUpdated: added.record.lastUpdated }),
    );
    expect(edited).toMatchObject({
      outcome: 'Success',
      applied: true,
      record: { day: 15, userId: 'ASSOC07', lastUpdatedBy: 'ASSOC12' },
    });
    expect(
      keyDates.save(input({ day: '16', lastUpdated: added.record.lastUpdated })),
    ).toMatchObject({ outcome: 'Conflict', current: { day: 15 } });
    expect(keyDates.list('100')!.filter((u) => u.record.keyDateId === '000000000007')).toHaveLength(
      1,
    );
    const removal = input({ status: 'DELETED', month: '', day: '', keyDateTypeId: '' });
    expect(keyDates.save(removal)).toMatchObject({ outcome: 'Success', applied: true });
    expect(keyDates.save(removal)).toMatchObject({ outcome: 'Success', applied: false });
    expect(keyDates.list('100')!.map((u) => u.record.keyDateId)).not.toContain('000000000007');
    expect(keyDates.save(input())).toMatchObject({
      outcome: 'ValidationFailed',
      problems: [{ field: 'keyDateId' }],
    });
    expect(keyDates.writes).toBe(3);
    expect(keyDates.counts('100')).toEqual({ saved: 1, writes: 3 });
  });

  it('removes a derived date (the birthday) with the same flag, and then accepts a new birthday', () => {
    const { keyDates } = setup();
    const second = input({
      keyDateId: 'B2',
      keyDateTypeId: 'BIRTHDAY',
      month: '2',
      day: '4',
      year: '',
    });
    expect(keyDates.save(second)).toMatchObject({
      outcome: 'ValidationFailed',
      problems: [
        {
          field: 'keyDateTypeId',
          message: 'The customer already has a birthday (SIM-100-K1): change that one.',
        },
      ],
    });
    expect(keyDates.save(input({ keyDateId: 'SIM-100-K1', status: 'DELETED' }))).toMatchObject({
      outcome: 'Success',
    });
    expect(keyDates.save(second)).toMatchObject({ outcome: 'Success', applied: true });
    expect(summary(keyDates, '100')).toContain('BIRTHDAY 2027-02-04 in 74');
  });

  it('keeps 29 February without a year or in a leap year', () => {
    const { keyDates } = setup();
    for (const year of ['', '2024', '2000'])
      expect(
        keyDates.save(input({ keyDateId: `L${year}`, month: '2', day: '29', year })),
      ).toMatchObject({ outcome: 'Success' });
  });

  it.each([
    ['userId', { userId: '' }, 'The operator (userId) is mandatory.'],
    ['keyDateId', { keyDateId: '' }, 'The key date id is mandatory.'],
    ['keyDateId', { keyDateId: 'x y' }, 'x y is not a key date id.'],
    ['status', { status: 'OLD' }, 'OLD is not a key date status (ACTIVE or DELETED).'],
    [
      'keyDateTypeId',
      { keyDateTypeId: '' },
      'The kind of date is mandatory (BIRTHDAY, ANNIVERSARY or OTHER).',
    ],
    [
      'keyDateTypeId',
      { keyDateTypeId: 'NAMEDAY' },
      'NAMEDAY is not a kind of date (BIRTHDAY, ANNIVERSARY or OTHER).',
    ],
    ['month', { month: '' }, 'The month is mandatory.'],
    ['month', { month: '13' }, '13 is not a month (1–12).'],
    ['month', { month: '0' }, '0 is not a month (1–12).'],
    ['day', { day: '' }, 'The day is mandatory.'],
    ['day', { day: '32' }, '32 is not a day of the month.'],
    ['day', { month: '2', day: '31' }, '31 February does not exist.'],
    ['day', { month: '4', day: '31', year: '2020' }, '31 April does not exist.'],
    ['day', { month: '2', day: '29', year: '2023' }, '29 February 2023 does not exist.'],
    ['year', { year: '1850' }, '1850 is not a year (1900–2100), or leave it out.'],
    ['year', { year: 'MMXX' }, 'MMXX is not a year (1900–2100), or leave it out.'],
    [
      'year',
      { keyDateId: 'NEWB', keyDateTypeId: 'BIRTHDAY', year: '2027', customerId: '00100' },
      'A birthday cannot be in the future.',
    ],
    [
      'year',
      {
        keyDateId: 'NEWB',
        keyDateTypeId: 'BIRTHDAY',
        month: '12',
        day: '1',
        year: '2026',
        customerId: '00100',
      },
      'A birthday cannot be in the future.',
    ],
    ['reminderDays', { reminderDays: '61' }, 'A reminder is at most 60 days ahead.'],
    ['reminderDays', { reminderDays: '-1' }, '-1 is not a number of days.'],
    [
      'description',
      { description: 'd'.repeat(101) },
      'The description is longer than 100 characters.',
    ],
    ['description', { keyDateTypeId: 'OTHER', description: ' ' }, 'Say what the occasion is.'],
    [
      'keyDateId',
      { keyDateId: 'NOPE', status: 'DELETED' },
      'There is no key date NOPE for this customer.',
    ],
  ] as const)(
    'refuses a bad %s with its message and stores nothing (%j)',
    (field, fields, message) => {
      const { keyDates } = setup();
      const result = keyDates.save(input(fields as Partial<KeyDateInput>));
      expect(result.outcome).toBe('ValidationFailed');
      expect(result.outcome === 'ValidationFailed' && result.problems).toContainEqual({
        field,
        message,
      });
      expect(keyDates.writes).toBe(0);
    },
  );

  it('answers NoCustomer for a customer the store does not have', () => {
    const { keyDates } = setup();
    expect(keyDates.save(input({ customerId: '999' }))).toEqual({ outcome: 'NoCustomer' });
    expect(keyDates.list('999')).toBeUndefined();
  });

  it('derives the same dates for the same customers and start day, some within 14 days', () => {
    const a = setup('2026-11-22T10:15:00Z', 1000, 7).keyDates;
    const b = setup('2026-11-22T18:00:00Z', 1000, 7).keyDates;
    const numbers = Array.from({ length: 1000 }, (_, i) => String(80_000_000 + i));
    const got = numbers.map((n) => a.list(n)!);
    expect(numbers.map((n) => b.list(n))).toEqual(got);
    const all = got.flat();
    expect(all.filter((u) => u.daysUntil <= 14).length).toBeGreaterThan(50);
    expect(new Set(all.map((u) => u.record.keyDateTypeId))).toEqual(
      new Set(['BIRTHDAY', 'ANNIVERSARY', 'OTHER']),
    );
    expect(all.some((u) => u.record.keyDateTypeId === 'BIRTHDAY' && u.record.year === null)).toBe(
      true,
    );
    expect(got.some((l) => l.length === 0)).toBe(true);
    expect(a.writes).toBe(0);
    // A later start day moves the occasions derived "a few days ahead" with it.
    const later = setup(
      new Date(Date.parse('2026-11-22T10:15:00Z') + 30 * DAY).toISOString(),
      1000,
      7,
    );
    const upcoming = (k: KeyDatesStore) =>
      numbers.flatMap((n) => k.list(n)!.filter((u) => u.record.keyDateTypeId === 'OTHER'));
    expect(upcoming(later.keyDates).every((u) => u.daysUntil < 14)).toBe(true);
  });

  it("follows the customer's date of birth when CRM changes it", () => {
    const { customers, keyDates } = setup();
    customers.replace({ ...customers.get('100')!, dateOfBirth: '1987-03-09T00:00:00Z' });
    expect(
      keyDates.list('100')!.find((u) => u.record.keyDateTypeId === 'BIRTHDAY')!.record,
    ).toMatchObject({
      month: 3,
      day: 9,
    });
  });
});
