import { describe, expect, it } from 'vitest';
import { maskEmail, maskPhone } from './contact-masking';

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('amelia@example.co.uk')).toBe('a•••@example.co.uk');
    expect(maskEmail('rasangi.desilva@enactor.co.uk')).toBe('r•••@enactor.co.uk');
    expect(maskEmail('  zoë.o’brien@example.com ')).toBe('z•••@example.com');
  });

  it('shows one character as one, however it is encoded', () => {
    expect(maskEmail('😀x@example.com')).toBe('😀•••@example.com');
    expect(maskEmail('éa@example.com')).toBe('é•••@example.com');
  });

  it('hides whatever is not an address entirely, and leaves empty as empty', () => {
    expect(maskEmail('not an address')).toBe('•••');
    expect(maskEmail('@example.com')).toBe('•••');
    expect(maskEmail('amelia@')).toBe('•••');
    expect(maskEmail('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('shows the last four digits in one shape, however the number was typed', () => {
    expect(maskPhone('078 1839 3795')).toBe('•••• ••3795');
    expect(maskPhone('+44 7818 393795')).toBe('•••• ••3795');
    expect(maskPhone('(01992) 500-123')).toBe('•••• ••0123');
  });

  it('shows no digits of a number too short to hide', () => {
    expect(maskPhone('12345')).toBe('•••• ••');
    expect(maskPhone('ext')).toBe('•••• ••');
    expect(maskPhone('  ')).toBe('');
  });
});
