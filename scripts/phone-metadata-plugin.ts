import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:phone-metadata';
const require = createRequire(import.meta.url);

/**
 * `virtual:phone-metadata`: libphonenumber-js's smallest ("min") metadata cut down to the given
 * countries at build time: 2.2 KB gzip for GB (and the islands sharing +44), FR, DE, IE and NL,
 * against 19 KB for all countries. Built from the installed library, so it never lags behind
 * the numbering plans the library ships.
 */
export function phoneMetadata(countries: readonly string[]): Plugin {
  return {
    name: 'phone-metadata',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const full = require('libphonenumber-js/metadata.min.json') as {
        version: number;
        country_calling_codes: Record<string, string[]>;
        countries: Record<string, unknown>;
      };
      const keep = new Set(countries);
      const callingCodes = Object.fromEntries(
        Object.entries(full.country_calling_codes)
          .map(([code, list]) => [code, list.filter((c) => keep.has(c))] as const)
          .filter(([, list]) => list.length > 0),
      );
      const kept = Object.fromEntries(countries.map((c) => [c, full.countries[c]]));
      const metadata = {
        version: full.version,
        country_calling_codes: callingCodes,
        countries: kept,
        nonGeographic: {},
      };
      return `export default ${JSON.stringify(metadata)};`;
    },
  };
}
