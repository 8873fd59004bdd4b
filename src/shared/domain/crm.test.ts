import { describe, expect, it } from 'vitest';
import { loadPhoneRules } from '../country/phone';
import { normaliseCardNumber, type CustomerDraft } from './crm';
import { validateDraft, type DraftRules } from './customer-draft-validation';

const draft: CustomerDraft = {
  title: 'Ms',
  forename: 'Zoë',
  surname: "O'Brien-Smith",
  sex: 'FEMALE',
  dateOfBirth: '1990-04-01',
  organisation: '',
  email: 'zoe@example.co.uk',
  phone: '07911 123456',
  street1: '1 High Street',
  street2: '',
  town: 'Hertford',
  county: '',
  postcode: 'sg14 1aa',
  contactMethod: 'METHOD_EMAIL',
  contactable: true,
};

describe('customer draft validation', async () => {
  const phone = await loadPhoneRules();
  const uk: DraftRules = { today: '2026-11-22', country: 'GB', phone };
  it('accepts a good draft, accents and apostrophes included', () => {
    expect(validateDraft(draft, uk)).toEqual({});
  });

  it('names each bad field and what is wrong with it, with an example of the country', () => {
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
        uk,
      ),
    ).toEqual({
      forename: { problem: 'required' },
      surname: { problem: 'required' },
      email: { problem: 'email' },
      phone: { problem: 'phone', example: '07911 123456' },
      postcode: { problem: 'postcode', example: 'SG14 3AG' },
      dateOfBirth: { problem: 'dateOfBirth' },
    });
  });

  it('leaves optional fields optional', () => {
    expect(
      validateDraft({ ...draft, email: '', phone: '', postcode: '', dateOfBirth: '' }, uk),
    ).toEqual({});
  });

  it("checks postcodes and phones by the store's country", () => {
    const paris = { ...draft, postcode: '75001', phone: '06 12 34 56 78' };
    expect(validateDraft(paris, { ...uk, country: 'FR' })).toEqual({});
    expect(validateDraft(paris, uk)).toEqual({
      phone: { problem: 'phone', example: '07911 123456' },
      postcode: { problem: 'postcode', example: 'SG14 3AG' },
    });
    expect(
      validateDraft({ ...paris, postcode: '10115', phone: '030 12' }, { ...uk, country: 'DE' }),
    ).toEqual({
      phone: { problem: 'phone', example: '0151 23456789' },
    });
    expect(
      validateDraft(
        { ...draft, postcode: 'A65 F4E2', phone: '+44 7911 123456' },
        { ...uk, country: 'IE' },
      ),
    ).toEqual({});
    expect(
      validateDraft(
        { ...draft, postcode: '1012 AB', phone: '06 12345678' },
        { ...uk, country: 'NL' },
      ),
    ).toEqual({});
  });

  it("judges a date of birth by the till's date", () => {
    const born = { ...draft, dateOfBirth: '2026-07-02' };
    expect(validateDraft(born, { ...uk, today: '2026-07-02' })).toEqual({
      dateOfBirth: { problem: 'dateOfBirth' },
    });
    expect(validateDraft(born, { ...uk, today: '2026-07-03' })).toEqual({});
  });

  it('reads card numbers as digits', () => {
    expect(normaliseCardNumber('6337 8500-0001 2345')).toBe('6337850000012345');
  });
});
