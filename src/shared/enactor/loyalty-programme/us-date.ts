/**
 * Seed 003 writes dates US-style in UTC (`MM/DD/YYYY`, a time may follow). Parsed strictly into
 * the calendar date `YYYY-MM-DD`: a date that does not exist is refused, not rolled over.
 */
export function parseUsDate(text: string): string | null {
  const match =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/.exec(
      text.trim(),
    );
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return date.toISOString().slice(0, 10);
}
