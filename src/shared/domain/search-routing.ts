import { COUNTRIES, isPostcodeOrStart } from '../country/countries';

/** What the one search box can do with what was typed or scanned. */
export type SearchRoute =
  | { readonly kind: 'card'; readonly cardNumber: string }
  | { readonly kind: 'postcode'; readonly postcode: string }
  | { readonly kind: 'email'; readonly email: string }
  | { readonly kind: 'phone'; readonly phone: string }
  | { readonly kind: 'customer'; readonly customerNumber: string }
  | { readonly kind: 'name'; readonly name: string };

export type SearchRouteKind = SearchRoute['kind'];

export interface RoutedInput {
  /** Every reading of the input, the likeliest first: the first is taken, the others offered. */
  readonly routes: readonly SearchRoute[];
  /**
   * Two readings as likely as each other (a string of digits that is a phone or a card): none
   * is taken until the cashier chooses.
   */
  readonly ambiguous: boolean;
}

// What people type between digits: spaces, dashes, dots, brackets, and a phone's (0).
const SEPARATORS = /[\s\-.()/]+/g;
const ONLY_DIGITS = /^\+?[\d\s\-.()/]+$/;
const EMAIL = /@/;
// Enactor customer numbers may carry letters: CPOL-123185.
const LETTERED_NUMBER = /^[A-Z]{2,6}-?\d{3,}$/i;

/** Digits as a till's scanner or the store country writes a phone at home (0 then 9-10). */
function isHomePhone(digits: string, country: string): boolean {
  const calling = COUNTRIES[country]?.callingCode;
  return (
    /^0\d{8,10}$/.test(digits) ||
    (calling !== undefined && digits.startsWith(calling) && digits.length >= 10)
  );
}

const name = (text: string): SearchRoute => ({ kind: 'name', name: text });

/**
 * Reads what was typed or scanned into the one search box by its shape, for the store's
 * country: an e-mail address, a postcode (or its start), a phone number, a loyalty card, a
 * customer number, else a name. The screen takes the first reading and offers the others
 * ("search the other way"); an ambiguous reading is offered, not taken.
 */
export function routeSearch(input: string, country: string): RoutedInput {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { routes: [], ambiguous: false };

  if (EMAIL.test(text)) {
    return { routes: [{ kind: 'email', email: text.toLowerCase() }, name(text)], ambiguous: false };
  }

  const digits = text.replace(/\(0\)/g, '').replace(SEPARATORS, '').replace(/^\+/, '');
  const onlyDigits = ONLY_DIGITS.test(text) && /^\d+$/.test(digits);
  const postcode: SearchRoute = { kind: 'postcode', postcode: text.toUpperCase() };
  const customer: SearchRoute = { kind: 'customer', customerNumber: text.replace(/\s+/g, '') };

  if (isPostcodeOrStart(text, country)) {
    // A French or German postcode is five digits, as a short customer number may be.
    return {
      routes: onlyDigits ? [postcode, customer] : [postcode, name(text)],
      ambiguous: false,
    };
  }

  if (onlyDigits) {
    const phone: SearchRoute = { kind: 'phone', phone: text };
    const card: SearchRoute = { kind: 'card', cardNumber: digits };
    // A number dialled from abroad is a phone, never a card.
    if (/^(\+|00)/.test(text) && digits.length >= 8) return { routes: [phone], ambiguous: false };
    const cardLike = digits.length >= 6 && digits.length <= 19;
    if (isHomePhone(digits, country))
      return cardLike
        ? { routes: [phone, card], ambiguous: true }
        : { routes: [phone], ambiguous: false };
    return { routes: cardLike ? [card, customer] : [customer], ambiguous: false };
  }

  if (LETTERED_NUMBER.test(text)) return { routes: [customer, name(text)], ambiguous: false };
  return { routes: [name(text), postcode], ambiguous: false };
}
