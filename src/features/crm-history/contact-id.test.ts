import { describe, expect, it } from 'vitest';
import { newContactHistoryId, randomDigits } from './contact-id';

describe('contact ids', () => {
  it("are the till's device id and 12 random digits, in the characters the service accepts", () => {
    expect(newContactHistoryId('POS01')).toMatch(/^POS01-\d{12}$/);
    expect(newContactHistoryId('till #3 / Hertford')).toMatch(/^till3Hertford-\d{12}$/);
    expect(newContactHistoryId('--')).toMatch(/^\d{12}$/);
    expect(newContactHistoryId('A'.repeat(80)).length).toBeLessThanOrEqual(64);
  });

  it('differ every time, and every digit comes up', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newContactHistoryId('T')));
    expect(ids.size).toBe(1000);
    const digits = randomDigits(5000);
    for (const d of '0123456789') expect(digits.split(d).length - 1).toBeGreaterThan(350);
  });
});
