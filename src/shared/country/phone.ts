import { use } from 'react';

/** Phone numbers by country (libphonenumber-js), loaded only with the screens that need it. */
export interface PhoneRules {
  /**
   * A number its country's plan allocates: one of the store country's as written there, or
   * another country's with its `+` (or `00`) prefix (checked by length alone where the till
   * carries no plan for it).
   */
  isValid(text: string, country: string): boolean;
  /**
   * The digits a search sends: the store country's numbers as dialled at home ("07818393795",
   * "0612345678") whatever spaces, brackets or `+44`/`0044` were typed; other countries'
   * numbers as their international digits ("33612345678"); a part of a number, its digits.
   */
  searchDigits(text: string, country: string): string;
}

let loading: Promise<PhoneRules> | null = null;

/** The phone rules chunk (library and metadata), fetched once on first use. */
export function loadPhoneRules(): Promise<PhoneRules> {
  if (!loading) {
    loading = import('./phone-rules').then((m) => m.phoneRules);
    // A failed fetch is not kept: the next caller tries again.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** For a screen under <Suspense>: the phone rules, suspending on first use. */
export const usePhoneRules = (): PhoneRules => use(loadPhoneRules());
