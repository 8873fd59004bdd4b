import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalogue/';
const RESOLVED = `\0${PREFIX}`;

/** Every `locales/<language>.json` under `src`: shared's own, then each feature's. */
export function catalogueFiles(root: string, language: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === `${language}.json` && basename(dir) === 'locales') found.push(path);
    }
  };
  walk(join(root, 'src'));
  return found.sort();
}

/**
 * `import('virtual:catalogue/fr-FR')` -> one language's messages: every `locales/fr-FR.json`
 * in the source (shared's and each feature's, a feature owning its words), merged, and
 * compiled by Lingui's own compiler at build time, so the page ships no message parser.
 * A key two folders both define is an error, as is a message that is not valid ICU. Runs in
 * dev, build and Vitest alike: a fresh clone needs no extra step.
 */
export function linguiCatalogues(): Plugin {
  let root = process.cwd();
  return {
    name: 'lingui-catalogues',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const language = id.slice(RESOLVED.length);
      const compiled: Record<string, unknown> = {};
      const owner: Record<string, string> = {};
      for (const file of catalogueFiles(root, language)) {
        this.addWatchFile(file);
        const name = relative(root, file);
        const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        for (const [key, message] of Object.entries(source)) {
          if (key in owner) this.error(`message "${key}" is in both ${owner[key]} and ${name}`);
          owner[key] = name;
          try {
            compiled[key] = compileMessageOrThrow(message);
          } catch (error) {
            this.error(`${name}: message "${key}" is not valid ICU: ${String(error)}`);
          }
        }
      }
      if (Object.keys(owner).length === 0) this.error(`no catalogue for ${language}`);
      return { code: `export default ${JSON.stringify(compiled)};`, map: null };
    },
  };
}
