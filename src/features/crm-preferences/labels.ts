import type { KeyDate, KeyDateType } from '../../shared/domain/clienteling';

/** Words the clienteling screens share. */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const monthName = (month: number) => MONTH_NAMES[month - 1] ?? String(month);

/** "14 June", "3 February 1987". */
export const dayOfYear = (month: number, day: number, year: number | null) =>
  `${day} ${monthName(month)}${year === null ? '' : ` ${year}`}`;

/** "today", "tomorrow", "in 5 days". */
export const inDays = (days: number) =>
  days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;

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
