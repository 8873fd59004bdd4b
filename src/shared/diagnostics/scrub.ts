/**
 * What may go into the help desk's log: never a name, e-mail, phone, card number, postcode
 * or search term. Calls are logged by their structure only (service, operation, status,
 * duration); free text (an error's message, a fault's reason) passes through `scrub`, which
 * removes what can be recognised and then anything quoted (where code interpolates input).
 */
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+/g;
// Runs of 4+ digits, with the spaces, dashes, dots or brackets people type between them.
const NUMBER = /\+?\(?\d[\d\s().-]{2,}\d/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
// Greedy for single quotes: a quoted O'Brien must go whole (over-scrubbing is safe).
const QUOTED = /"[^"]*"|“[^”]*”|'[^'\s][^\n]*'|«[^»]*»/g;
const MAX = 300;

export function scrub(text: string): string {
  const cleaned = text
    .replace(QUOTED, '"…"')
    .replace(EMAIL, '[e-mail]')
    .replace(UK_POSTCODE, '[postcode]')
    .replace(NUMBER, (run) => (run.replace(/\D/g, '').length >= 4 ? '[number]' : run));
  return cleaned.length > MAX ? `${cleaned.slice(0, MAX)}…` : cleaned;
}
