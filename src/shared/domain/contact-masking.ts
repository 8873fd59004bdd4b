/**
 * Contact details partly hidden, for lists a customer behind the cashier can read: enough to
 * tell two customers apart (the first letter and the domain of an e-mail, the last four digits
 * of a phone), not enough to contact them. Details screens show them whole.
 */
const DOT = '•';

/** `amelia@example.co.uk` -> `a•••@example.co.uk`; anything not an address -> `•••`. */
export function maskEmail(email: string): string {
  const value = email.trim();
  const at = value.lastIndexOf('@');
  if (value === '') return '';
  if (at < 1 || at === value.length - 1) return DOT.repeat(3);
  // The first character as the reader sees it (an emoji or an accent is one).
  const [first = ''] = [...value.slice(0, at)];
  return `${first}${DOT.repeat(3)}${value.slice(at)}`;
}

/**
 * `078 1839 3795` -> `•••• ••3795`, whatever spaces or `+44` it was typed with: a fixed shape
 * that gives away neither the length nor the area code. Fewer than 6 digits -> `•••• ••`.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return phone.trim() === '' ? '' : `${DOT.repeat(4)} ${DOT.repeat(2)}`;
  const shown = digits.length >= 6 ? digits.slice(-4) : '';
  return `${DOT.repeat(4)} ${DOT.repeat(2)}${shown}`;
}
