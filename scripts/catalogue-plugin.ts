import { readFileSync } from 'node:fs';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const QUERY = '?lingui';

/**
 * `import('./locales/fr-FR.json?lingui')` -> that catalogue's ICU messages compiled by Lingui's
 * own compiler at build time, so the page ships no message parser (Lingui's runtime reads the
 * compiled form). Runs in dev, build and Vitest alike: a fresh clone needs no extra step.
 */
export function linguiCatalogues(): Plugin {
  return {
    name: 'lingui-catalogues',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.json${QUERY}`)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (error) {
          this.error(`${file}: message "${key}" is not valid ICU: ${String(error)}`);
        }
      }
      return { code: `export default ${JSON.stringify(compiled)};`, map: null };
    },
  };
}
