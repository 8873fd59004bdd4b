import { describe, expect, it } from 'vitest';
import { formatPostcode, isPostcode } from './countries';
import { loadPhoneRules } from './phone';

describe('postcodes by country', () => {
  it.each([
    ['GB', ['SG14 3AG', 'sg143ag', 'M1 1AE', 'EC1A 1BB', 'GIR 0AA'], ['SG14', '75001', 'Q1 1AA']],
    ['FR', ['75001', '13008', '97400', '20000'], ['7500', '750011', '00100', '96000', 'SG14 3AG']],
    ['DE', ['10115', '01067', '80331'], ['00999', '1011', '101155', 'D-10115']],
    [
      'IE',
      ['A65 F4E2', 'a65f4e2', 'D6W 1234', 'T12 XY34'],
      ['A65', 'B65 F4E2', 'A65 F4E23', 'T12 AB34', '75001'],
    ],
    ['NL', ['1012 AB', '1012ab', '9999 ZZ'], ['0123 AB', '1012 SA', '1012', '10115']],
  ] as const)('%s: accepts its own and refuses others', (country, good, bad) => {
    expect(good.filter((p) => !isPostcode(p, country))).toEqual([]);
    expect(bad.filter((p) => isPostcode(p, country))).toEqual([]);
  });

  it('is lenient where it knows no rule, but not with anything', () => {
    expect(isPostcode('54621', 'GR')).toBe(true);
    expect(isPostcode('1000-001', 'PT')).toBe(true);
    expect(isPostcode('no!', 'GR')).toBe(false);
  });

  it("tidies as each country's post prints it", () => {
    expect(formatPostcode('sg143ag', 'GB')).toBe('SG14 3AG');
    expect(formatPostcode(' 75 001 ', 'FR')).toBe('75001');
    expect(formatPostcode('a65f4e2', 'IE')).toBe('A65 F4E2');
    expect(formatPostcode('1012ab', 'NL')).toBe('1012 AB');
    expect(formatPostcode('10115', 'DE')).toBe('10115');
  });
});

describe('phones by country', async () => {
  const phone = await loadPhoneRules();

  it.each([
    [
      'GB',
      [
        '078 1839 3795',
        '+44 7818 393795',
        '(078) 1839-3795',
        '+44 (0)78 1839-3795',
        '0044 7818 393795',
        '020 7946 0018',
      ],
      ['12345', '0781 839', '+44 1234', '07818 393795 1', '07700 900123'],
    ],
    [
      'FR',
      ['06 12 34 56 78', '+33 6 12 34 56 78', '01 42 68 53 00', '0033 1 42 68 53 00'],
      ['06 12 34 56', '6 12 34 56 78 9', '+33 6 12'],
    ],
    [
      'DE',
      ['030 1234567', '+49 30 1234567', '0151 23456789'],
      ['030', '+49 1', '0151 2345678901234'],
    ],
    ['IE', ['085 123 4567', '+353 85 123 4567', '01 234 5678'], ['085 123', '+353 1']],
    ['NL', ['06 12345678', '+31 6 12345678', '020 123 4567'], ['06 1234567', '+31 6']],
  ] as const)('%s: checks numbers by its own numbering plan', (country, good, bad) => {
    expect(good.filter((p) => !phone.isValid(p, country))).toEqual([]);
    expect(bad.filter((p) => phone.isValid(p, country))).toEqual([]);
  });

  it("accepts another country's number given with its prefix, and refuses letters", () => {
    expect(phone.isValid('+33 6 12 34 56 78', 'GB')).toBe(true);
    expect(phone.isValid('+34 612 345 678', 'GB')).toBe(true);
    expect(phone.isValid('+34 6', 'GB')).toBe(false);
    expect(phone.isValid('07818 abc', 'GB')).toBe(false);
  });

  it('searches with the digits as dialled at home, whatever was typed', () => {
    const gb = [
      '078 1839 3795',
      '+44 7818 393795',
      '(078) 1839-3795',
      '+44 (0)78 1839-3795',
      '0044 7818 393795',
    ];
    expect(gb.map((p) => phone.searchDigits(p, 'GB'))).toEqual(gb.map(() => '07818393795'));
    expect(phone.searchDigits('+33 6 12 34 56 78', 'FR')).toBe('0612345678');
    expect(phone.searchDigits('06.12.34.56.78', 'FR')).toBe('0612345678');
    expect(phone.searchDigits('+49 30 1234567', 'DE')).toBe('0301234567');
    expect(phone.searchDigits('+353 85 123 4567', 'IE')).toBe('0851234567');
    expect(phone.searchDigits('+31 6 12345678', 'NL')).toBe('0612345678');
  });

  it("sends another country's number as its international digits, and part of one as digits", () => {
    expect(phone.searchDigits('+33 6 12 34 56 78', 'GB')).toBe('33612345678');
    expect(phone.searchDigits('0781', 'GB')).toBe('0781');
    expect(phone.searchDigits('+44 78', 'GB')).toBe('078');
    expect(phone.searchDigits('+33 6 12', 'FR')).toBe('0612');
  });
});
