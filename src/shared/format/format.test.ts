import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './format';

describe('formatting', () => {
  it('shows a date of birth as written, whatever the zone', () => {
    expect(formatCalendarDate('1998-05-22', 'en-GB')).toBe('22 May 1998');
    expect(formatCalendarDate('1987-02-03', 'en-US')).toBe('Feb 3, 1987');
    expect(formatCalendarDate(null, 'en-GB')).toBe('');
  });
  it('keeps text it cannot read', () => {
    expect(formatDateTime('not a date', 'en-GB')).toBe('not a date');
  });
});
