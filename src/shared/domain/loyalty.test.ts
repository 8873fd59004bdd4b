import { describe, expect, it } from 'vitest';
import { maskCardNumber } from './loyalty';

describe('maskCardNumber', () => {
  it('shows at most the first six and last four digits', () => {
    expect(maskCardNumber('6337850012345678901')).toBe('633785•••••••••8901');
    expect(maskCardNumber('14420000')).toBe('••••0000');
    expect(maskCardNumber('1442 0000 1234')).toBe('144200••1234');
    expect(maskCardNumber('1234')).toBe('••••');
  });
});
