/**
 * Postcode rules and phone examples of the countries the terminal knows by name; a store
 * elsewhere gets a lenient postcode check and phones checked by length only.
 */
interface CountryRules {
  /** The whole postcode, spaces as printed (checked with spaces taken out and in capitals). */
  readonly postcode: RegExp;
  readonly postcodeExample: string;
  /**
   * The start of a postcode a cashier may search by (a UK outward code, "SG14" or "SG14 3"),
   * checked like `postcode`; absent where a part would look like any other number.
   */
  readonly postcodeStart?: RegExp;
  /** Where the space goes once tidied: characters before it, from the end (UK: 3). */
  readonly postcodeSpaceFromEnd?: number;
  readonly phoneExample: string;
  /** The prefix a number of this country is dialled with from abroad. */
  readonly callingCode: string;
}

export const COUNTRIES: Readonly<Record<string, CountryRules>> = {
  // Royal Mail's pattern; GIR 0AA included.
  GB: {
    postcode: /^(GIR0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2})$/,
    postcodeStart: /^[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?(?:\d[ABD-HJLNP-UW-Z]?)?$/,
    postcodeExample: 'SG14 3AG',
    postcodeSpaceFromEnd: 3,
    phoneExample: '07911 123456',
    callingCode: '44',
  },
  // Codes postaux: five digits, the first two the département (01-95, 97-98 overseas).
  FR: {
    postcode: /^(?:0[1-9]|[1-8]\d|9[0-5]|97|98)\d{3}$/,
    postcodeExample: '75001',
    phoneExample: '06 12 34 56 78',
    callingCode: '33',
  },
  // Postleitzahlen: five digits from 01001.
  DE: {
    postcode: /^(?!00)\d{5}$/,
    postcodeExample: '10115',
    phoneExample: '0151 23456789',
    callingCode: '49',
  },
  // Eircode: a routing key (a letter and two digits, or D6W) and a four-character identifier.
  IE: {
    postcode: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$/,
    postcodeStart: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)$/,
    postcodeExample: 'A65 F4E2',
    postcodeSpaceFromEnd: 4,
    phoneExample: '085 123 4567',
    callingCode: '353',
  },
  // Postcodes: four digits (not from 0) and two letters, never SA, SD or SS.
  NL: {
    postcode: /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/,
    postcodeStart: /^[1-9]\d{3}[A-Z]?$/,
    postcodeExample: '1012 AB',
    postcodeSpaceFromEnd: 2,
    phoneExample: '06 12345678',
    callingCode: '31',
  },
};

/** Whose phone numbering plans the till carries: these, and the islands sharing +44 with GB. */
export const PHONE_PLAN_COUNTRIES = [...Object.keys(COUNTRIES), 'GG', 'IM', 'JE'];

const compact = (text: string) => text.replace(/\s+/g, '').toUpperCase();
// Anywhere else: letters, digits, one space or hyphen between them, 2 to 10 long.
const ANY_POSTCODE = /^[A-Z\d](?:[A-Z\d]|[ -](?=[A-Z\d])){1,9}$/i;

export function isPostcode(text: string, country: string): boolean {
  const rules = COUNTRIES[country];
  return rules ? rules.postcode.test(compact(text)) : ANY_POSTCODE.test(text.trim());
}

/** The whole postcode or, where the country has one, the start a search may use. */
export function isPostcodeOrStart(text: string, country: string): boolean {
  const start = COUNTRIES[country]?.postcodeStart;
  return isPostcode(text, country) || (start !== undefined && start.test(compact(text)));
}

/** `sg143ag` -> `SG14 3AG`, `1012ab` -> `1012 AB`: what the country's post prints. */
export function formatPostcode(text: string, country: string): string {
  const rules = COUNTRIES[country];
  if (!rules) return text.trim().toUpperCase();
  const tidy = compact(text);
  const split = rules.postcodeSpaceFromEnd;
  return split && tidy.length > split ? `${tidy.slice(0, -split)} ${tidy.slice(-split)}` : tidy;
}

export const postcodeExample = (country: string): string | null =>
  COUNTRIES[country]?.postcodeExample ?? null;

export const phoneExample = (country: string): string | null =>
  COUNTRIES[country]?.phoneExample ?? null;
