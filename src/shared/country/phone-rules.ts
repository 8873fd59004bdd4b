import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/core';
import metadata from 'virtual:phone-metadata';
import type { PhoneRules } from './phone';

const known = (country: string): CountryCode | undefined =>
  isSupportedCountry(country as CountryCode, metadata) ? (country as CountryCode) : undefined;
const digitsOf = (text: string) => text.replace(/\(0\)/g, '').replace(/\D/g, '');
const international = (text: string) => /^\s*(\+|00)/.test(text);
/** "+44…" or "0044…" read as the store country's calling code, if it is that. */
const callingCodeOf = (digits: string) =>
  Object.keys(metadata.country_calling_codes).find((code) => digits.startsWith(code));

function parse(text: string, country: string) {
  const home = known(country);
  // "00" is the international prefix of every country here: read it as "+".
  const written = text.trim().replace(/^00/, '+').replace(/\(0\)/g, '');
  return home
    ? parsePhoneNumberFromString(written, home, metadata)
    : parsePhoneNumberFromString(written, metadata);
}

export const phoneRules: PhoneRules = {
  isValid(text, country) {
    if (!/^[\d\s+()./-]+$/.test(text)) return false;
    const number = parse(text, country);
    // Valid by the country's plan: a mobile, landline or service range of the right length
    // (so not Ofcom's drama range 07700 900xxx, which no customer can have).
    if (number) return number.isValid();
    // Another country's number than those the till carries plans for: E.164 allows 8-15 digits.
    const digits = digitsOf(text).replace(/^00/, '');
    return (
      international(text) && !callingCodeOf(digits) && digits.length >= 8 && digits.length <= 15
    );
  },

  searchDigits(text, country) {
    const number = parse(text, country);
    const home = known(country);
    if (number?.isPossible()) {
      return number.country === home ||
        (home && number.countryCallingCode === getCountryCallingCode(home, metadata))
        ? number.formatNational().replace(/\D/g, '')
        : number.number.slice(1);
    }
    // Part of a number: its digits, the store country's own prefix read as the trunk 0.
    let digits = digitsOf(text);
    if (home && international(text)) {
      digits = digits.replace(/^00/, '');
      const code = getCountryCallingCode(home, metadata);
      if (digits.startsWith(code)) digits = `0${digits.slice(code.length)}`;
    }
    return digits;
  },
};
