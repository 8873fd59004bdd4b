import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isoDate, todayIn } from './calendar';

describe("the till's calendar", () => {
  it('says it is tomorrow at 00:30 on a summer night in London, where UTC still says today', () => {
    const halfPastMidnightBst = new Date('2026-07-01T23:30:00Z');
    expect(halfPastMidnightBst.toISOString().slice(0, 10)).toBe('2026-07-01');
    expect(todayIn('Europe/London', halfPastMidnightBst)).toBe('2026-07-02');
    expect(todayIn('Europe/Paris', new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(todayIn('UTC', halfPastMidnightBst)).toBe('2026-07-01');
    // In winter London is on UTC: 00:30 there is 00:30 UTC.
    expect(todayIn('Europe/London', new Date('2026-01-15T00:30:00Z'))).toBe('2026-01-15');
    expect(todayIn('America/New_York', new Date('2026-01-15T03:00:00Z'))).toBe('2026-01-14');
  });

  it('counts whole days across month ends, leap days and the clocks changing', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', -365)).toBe('2025-12-31');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('builds only dates that exist', () => {
    expect(isoDate(1987, 2, 3)).toBe('1987-02-03');
    expect(isoDate(2026, 2, 29)).toBeNull();
    expect(isoDate(2026, 13, 1)).toBeNull();
  });
});
