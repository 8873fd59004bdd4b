import * as z from 'zod/mini';
import { normalisePhone, type CustomerDraft, type DraftField } from './crm';

// UK postcode (the Royal Mail pattern, spaces optional, any case); GIR 0AA included.
const UK_POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})$/i;

const required = (what: string) =>
  z.string().check(z.refine((v) => v.trim() !== '', `Enter the ${what}.`));
const optional = (check: (v: string) => boolean, message: string) =>
  z.string().check(z.refine((v) => v.trim() === '' || check(v.trim()), message));

function schema(today: string) {
  return z.object({
    forename: required('first name'),
    surname: required('surname'),
    email: optional(
      (v) => z.email().safeParse(v).success,
      'Enter an e-mail address like name@example.co.uk.',
    ),
    phone: optional((v) => {
      const digits = normalisePhone(v);
      return /^[\d\s+()-]+$/.test(v) && digits.length >= 10 && digits.length <= 11;
    }, 'Enter a phone number of 10 or 11 digits (spaces and +44 are fine).'),
    postcode: optional((v) => UK_POSTCODE.test(v), 'Enter a UK postcode like SG14 3AG.'),
    dateOfBirth: optional(
      (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < today && v > '1900-01-01',
      'Enter a date of birth in the past.',
    ),
  });
}

/** Field -> what is wrong with it, in words for the cashier; empty when the draft is fine. */
export function validateDraft(
  draft: CustomerDraft,
  today = new Date().toISOString().slice(0, 10),
): Partial<Record<DraftField, string>> {
  const result = schema(today).safeParse(draft);
  if (result.success) return {};
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as DraftField;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** `sg143ag` -> `SG14 3AG`: the form stores what the Post Office prints. */
export function formatPostcode(text: string): string {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
