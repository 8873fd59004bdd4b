import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, formatMinorUnits, minorUnits } from './format';

describe('formatting', () => {
  it('shows a date of birth as written, whatever the zone', () => {
    expect(formatCalendarDate('1998-05-22', 'en-GB')).toBe('22 May 1998');
    expect(formatCalendarDate('1987-02-03', 'en-US')).toBe('Feb 3, 1987');
    expect(formatCalendarDate(null, 'en-GB')).toBe('');
  });
  it('keeps text it cannot read', () => {
    expect(formatDateTime('not a date', 'en-GB')).toBe('not a date');
  });

  it('shows a date-time in the till zone', () => {
    expect(formatDateTime('2026-07-01T23:30:00Z', 'en-GB', 'Europe/London')).toBe(
      '2 Jul 2026, 00:30',
    );
    expect(formatDateTime('2026-07-01T23:30:00Z', 'en-GB', 'UTC')).toBe('1 Jul 2026, 23:30');
  });
});

describe('money in minor units', () => {
  it('takes each currency its own minor units from Intl', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('GBP')).toBe(2);
    expect(minorUnits('BHD')).toBe(3);
    expect(minorUnits('KWD')).toBe(3);
  });

  it('formats minor units as money of that currency in the till locale', () => {
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(formatMinorUnits(1234, 'JPY', 'ja-JP')).toBe('￥1,234');
    expect(formatMinorUnits(1234, 'JPY', 'en-GB')).toBe('JP¥1,234');
    expect(formatMinorUnits(1234, 'GBP', 'en-GB')).toBe('£12.34');
    expect(plain(formatMinorUnits(1234, 'EUR', 'fr-FR'))).toBe('12,34 €');
    expect(plain(formatMinorUnits(1234, 'EUR', 'de-DE'))).toBe('12,34 €');
    expect(plain(formatMinorUnits(12345, 'BHD', 'en-GB'))).toBe('BHD 12.345');
    expect(plain(formatMinorUnits(-5, 'BHD', 'fr-FR'))).toBe('-0,005 BHD');
  });
});
