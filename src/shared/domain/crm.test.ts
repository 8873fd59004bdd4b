import { describe, expect, it } from 'vitest';
import { normaliseCardNumber, normalisePhone, type CustomerDraft } from './crm';
import { formatPostcode, validateDraft } from './customer-draft-validation';

const draft: CustomerDraft = {
  title: 'Ms',
  forename: 'Zoë',
  surname: "O'Brien-Smith",
  sex: 'FEMALE',
  dateOfBirth: '1990-04-01',
  organisation: '',
  email: 'zoe@example.co.uk',
  phone: '07700 900123',
  street1: '1 High Street',
  street2: '',
  town: 'Hertford',
  county: '',
  postcode: 'sg14 1aa',
  contactMethod: 'METHOD_EMAIL',
  contactable: true,
};

describe('customer draft validation', () => {
  it('accepts a good draft, accents and apostrophes included', () => {
    expect(validateDraft(draft, '2026-11-22')).toEqual({});
  });

  it('names each bad field in words the cashier can act on', () => {
    expect(
      validateDraft(
        {
          ...draft,
          forename: ' ',
          surname: '',
          email: 'zoe@',
          phone: '12345',
          postcode: 'SG14',
          dateOfBirth: '2027-01-01',
        },
        '2026-11-22',
      ),
    ).toEqual({
      forename: 'Enter the first name.',
      surname: 'Enter the surname.',
      email: 'Enter an e-mail address like name@example.co.uk.',
      phone: 'Enter a phone number of 10 or 11 digits (spaces and +44 are fine).',
      postcode: 'Enter a UK postcode like SG14 3AG.',
      dateOfBirth: 'Enter a date of birth in the past.',
    });
  });

  it('leaves optional fields optional', () => {
    expect(
      validateDraft(
        { ...draft, email: '', phone: '', postcode: '', dateOfBirth: '' },
        '2026-11-22',
      ),
    ).toEqual({});
  });

  it('tidies postcodes and reads phone and card numbers as digits', () => {
    expect(formatPostcode('sg143ag')).toBe('SG14 3AG');
    expect(normalisePhone('+44 (0)78 1839-3795')).toBe('07818393795');
    expect(normalisePhone('0044 7818 393795')).toBe('07818393795');
    expect(normalisePhone('078 1839 3795')).toBe('07818393795');
    expect(normaliseCardNumber('6337 8500-0001 2345')).toBe('6337850000012345');
  });
});
