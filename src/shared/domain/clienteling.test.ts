import { describe, expect, it } from 'vitest';
import {
  consentRecordLabel,
  consentState,
  daysInMonth,
  newRecordId,
  upcomingKeyDates,
  visibleNotes,
  type ConsentRecord,
  type KeyDate,
  type Note,
} from './clienteling';

const record = (optionPathId: string, value: boolean, preferenceId: string): ConsentRecord => ({
  preferenceId,
  customerNumber: '100',
  optionSetId: 'GDPR_CONSENT',
  optionPathId,
  value,
  created: '2026-11-22T10:00:00Z',
  operatorId: '1042',
  captureMethod: 'IN_STORE',
});

describe('consent', () => {
  const gave = record('SMS:SMS_OPTIN', true, 'a');
  const withdrew = record('SMS:SMS_OPTIN', false, 'b');
  const refused = record('PHONE:PHONE_OPTIN', false, 'c');
  const history = [refused, withdrew, gave]; // newest first

  it('no record is "Not asked", never given', () => {
    expect(consentState('POST:POST_OPTIN', [], [])).toBe('Not asked');
  });

  it('false after a give is withdrawn; false with no give before is refused', () => {
    expect(consentState('SMS:SMS_OPTIN', [withdrew, refused], history)).toBe('Withdrawn');
    expect(consentState('PHONE:PHONE_OPTIN', [withdrew, refused], history)).toBe('Refused');
    expect(consentState('SMS:SMS_OPTIN', [gave], [gave])).toBe('Given');
    expect(history.map((h) => consentRecordLabel(h, history))).toEqual([
      'Refused',
      'Withdrawn',
      'Given',
    ]);
  });
});

describe('notes', () => {
  const n = (noteId: string, author: string, isPrivate: boolean) =>
    ({ noteId, author, isPrivate }) as Note;

  it("another operator's private note is never shown, even if it arrived", () => {
    const notes = [n('1', 'MGR01', true), n('2', 'MGR01', false), n('3', '1042', true)];
    expect(visibleNotes(notes, '1042').map((x) => x.noteId)).toEqual(['2', '3']);
    expect(visibleNotes(notes, null).map((x) => x.noteId)).toEqual(['2']);
  });
});

describe('key dates', () => {
  const date = (keyDateId: string, daysUntil: number, reminderDays: number | null) =>
    ({ keyDateId, daysUntil, reminderDays }) as KeyDate;

  it('upcoming: within its own reminder, or 14 days when it names none, soonest first', () => {
    expect(
      upcomingKeyDates([
        date('a', 10, 14),
        date('b', 5, null),
        date('c', 15, null),
        date('d', 8, 7),
        date('e', 30, 60),
        date('f', 0, 0),
      ]).map((d) => d.keyDateId),
    ).toEqual(['f', 'b', 'a', 'e']);
  });

  it('days in a month: 29 February only when the year is unknown or a leap year', () => {
    expect(daysInMonth(2, null)).toBe(29);
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(2, 2023)).toBe(28);
    expect(daysInMonth(2, 1900)).toBe(28);
    expect(daysInMonth(2, 2000)).toBe(29);
    expect(daysInMonth(4, null)).toBe(30);
    expect(daysInMonth(12, 2026)).toBe(31);
  });
});

describe('record ids', () => {
  it('are 12 digits from the random source, skipping bytes that would bias the digits', () => {
    let calls = 0;
    const id = newRecordId((bytes) => {
      calls++;
      // First: all unusable but one 13 (a 3); then zeros.
      bytes.fill(calls === 1 ? 251 : 0);
      if (calls === 1) bytes[5] = 13;
      return bytes;
    });
    expect(id).toBe('300000000000');
    expect(calls).toBe(2);
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId()));
    expect(ids.size).toBe(1000);
    for (const x of ids) expect(x).toMatch(/^\d{12}$/);
  });
});
