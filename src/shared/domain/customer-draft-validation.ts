import * as z from 'zod/mini';
import { isPostcode, phoneExample, postcodeExample } from '../country/countries';
import type { PhoneRules } from '../country/phone';
import type { CustomerDraft, DraftField } from './crm';

/** What a draft is checked against: the till's date and the store's country. */
export interface DraftRules {
  /** `YYYY-MM-DD` at the till, in its time zone (todayIn). */
  readonly today: string;
  /** ISO 3166 alpha-2 of the store (the config's `country`). */
  readonly country: string;
  readonly phone: PhoneRules;
}

const required = (what: string) =>
  z.string().check(z.refine((v) => v.trim() !== '', `Enter the ${what}.`));
const optional = (check: (v: string) => boolean, message: string) =>
  z.string().check(z.refine((v) => v.trim() === '' || check(v.trim()), message));

function schema({ today, country, phone }: DraftRules) {
  const phoneLike = phoneExample(country);
  const postcodeLike = postcodeExample(country);
  return z.object({
    forename: required('first name'),
    surname: required('surname'),
    email: optional(
      (v) => z.email().safeParse(v).success,
      'Enter an e-mail address like name@example.co.uk.',
    ),
    phone: optional(
      (v) => phone.isValid(v, country),
      phoneLike
        ? `Enter a phone number like ${phoneLike} (another country's with its + prefix).`
        : "Enter a phone number (another country's with its + prefix).",
    ),
    postcode: optional(
      (v) => isPostcode(v, country),
      postcodeLike ? `Enter a postcode like ${postcodeLike}.` : 'Enter a postcode.',
    ),
    dateOfBirth: optional(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < today && v > '1900-01-01',
      'Enter a date of birth in the past.',
    ),
  });
}

/** Field -> what is wrong with it, in words for the cashier; empty when the draft is fine. */
export function validateDraft(
  draft: CustomerDraft,
  rules: DraftRules,
): Partial<Record<DraftField, string>> {
  const result = schema(rules).safeParse(draft);
  if (result.success) return {};
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as DraftField;
    errors[field] ??= issue.message;
  }
  return errors;
}
