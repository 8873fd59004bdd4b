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

/**
 * What is wrong with a field, for the screen to say in the till's language: the kind of
 * problem and, where the country has one, an example of a good value.
 */
export type DraftProblem =
  | { readonly problem: 'required' | 'email' | 'dateOfBirth' }
  | { readonly problem: 'phone' | 'postcode'; readonly example: string | null };

// zod carries each problem as its message: the problem's JSON, read back below.
const say = (problem: DraftProblem) => JSON.stringify(problem);
const required = () =>
  z.string().check(z.refine((v) => v.trim() !== '', say({ problem: 'required' })));
const optional = (check: (v: string) => boolean, problem: DraftProblem) =>
  z.string().check(z.refine((v) => v.trim() === '' || check(v.trim()), say(problem)));

function schema({ today, country, phone }: DraftRules) {
  return z.object({
    forename: required(),
    surname: required(),
    email: optional((v) => z.email().safeParse(v).success, { problem: 'email' }),
    phone: optional((v) => phone.isValid(v, country), {
      problem: 'phone',
      example: phoneExample(country) ?? null,
    }),
    postcode: optional((v) => isPostcode(v, country), {
      problem: 'postcode',
      example: postcodeExample(country) ?? null,
    }),
    dateOfBirth: optional((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < today && v > '1900-01-01', {
      problem: 'dateOfBirth',
    }),
  });
}

/** Field -> what is wrong with it; empty when the draft is fine. */
export function validateDraft(
  draft: CustomerDraft,
  rules: DraftRules,
): Partial<Record<DraftField, DraftProblem>> {
  const result = schema(rules).safeParse(draft);
  if (result.success) return {};
  const errors: Partial<Record<DraftField, DraftProblem>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as DraftField;
    errors[field] ??= JSON.parse(issue.message) as DraftProblem;
  }
  return errors;
}
