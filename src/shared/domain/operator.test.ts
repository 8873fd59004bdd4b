import { describe, expect, it } from 'vitest';
import { isOperatorId, returnPath } from './operator';

describe('operator ids', () => {
  it('are 1 to 12 digits', () => {
    expect(isOperatorId('1042')).toBe(true);
    expect(isOperatorId('0')).toBe(true);
    expect(isOperatorId('123456789012')).toBe(true);
    expect(isOperatorId('')).toBe(false);
    expect(isOperatorId('1234567890123')).toBe(false);
    expect(isOperatorId('10 42')).toBe(false);
    expect(isOperatorId('ab12')).toBe(false);
  });

  it('go back only to a screen of this till after signing on', () => {
    expect(returnPath('/crm/customers/100')).toBe('/crm/customers/100');
    expect(returnPath(null)).toBeNull();
    expect(returnPath('https://evil.example/')).toBeNull();
    expect(returnPath('//evil.example/')).toBeNull();
    expect(returnPath('/\\evil.example')).toBeNull();
    expect(returnPath('/sign-on?then=/x')).toBeNull();
  });
});
