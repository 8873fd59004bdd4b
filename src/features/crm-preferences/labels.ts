import type { KeyDate, KeyDateType } from '../../shared/domain/clienteling';

/** Words the clienteling screens share, in the till's locale (`useTillLocale`). */

const monthFormat = (locale: string, month: 'long' | 'short') =>
  new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });

/** "June", "juin", "Juni". */
export const monthName = (month: number, locale: string, form: 'long' | 'short' = 'long') =>
  month >= 1 && month <= 12
    ? monthFormat(locale, form).format(Date.UTC(2000, month - 1, 1))
    : String(month);

/** "14 June", "3 February 1987"; "14 juin"; "3. Februar 1987". */
export const dayOfYear = (month: number, day: number, year: number | null, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(year === null ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(Date.UTC(year ?? 2000, month - 1, day));

/** `IN_STORE` -> `In store`: for a code the server gave no words for. */
export function labelOf(code: string): string {
  const text = code.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Sister's wedding" for an occasion, "Birthday" or "Anniversary" (the server's words) otherwise. */
export const keyDateName = (types: readonly KeyDateType[], date: KeyDate) =>
  date.typeId === 'OTHER' && date.description
    ? date.description
    : (types.find((t) => t.id === date.typeId)?.description ?? labelOf(date.typeId));
