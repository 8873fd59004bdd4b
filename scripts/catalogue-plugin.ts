import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const LOADERS = 'virtual:catalogue-loaders';
const PREFIX = 'virtual:catalogue/';
export const LANGUAGE_FILES = ['en-GB', 'fr-FR', 'de-DE'] as const;

/** Every `locales/` folder under `src`, by the group its messages load with. */
export function catalogueFolders(
  root: string,
  atStartUp: readonly string[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name !== 'locales') {
        walk(path);
        continue;
      }
      // src/features/<feature>/...: that feature's group, unless it shows at start-up.
      const parts = relative(join(root, 'src'), path).split(sep);
      const feature = parts[0] === 'features' ? parts[1] : undefined;
      const group = feature && !atStartUp.includes(feature) ? feature : 'start';
      groups.set(group, [...(groups.get(group) ?? []), path]);
    }
  };
  walk(join(root, 'src'));
  return groups;
}

/**
 * The terminal's messages, compiled by Lingui's own compiler at build time so the page ships
 * no message parser, in one chunk per language and group:
 * - `start`: shared's, the app's and those of the features shown at start-up (`atStartUp`),
 *   loaded before the first paint;
 * - one group per other feature, loaded with that feature's screens (see lazy-screens.tsx).
 * `virtual:catalogue-loaders` maps group -> language -> the chunk's import. A key two folders
 * both define is an error, as is a message that is not valid ICU. Runs in dev, build and
 * Vitest alike: a fresh clone needs no extra step.
 */
export function linguiCatalogues({ atStartUp }: { atStartUp: readonly string[] }): Plugin {
  let root = process.cwd();
  return {
    name: 'lingui-catalogues',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === LOADERS || id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${LOADERS}`) {
        const groups = [...catalogueFolders(root, atStartUp).keys()].sort();
        const entries = groups.map(
          (group) =>
            `${JSON.stringify(group)}: {${LANGUAGE_FILES.map(
              (language) =>
                `${JSON.stringify(language)}: () => import(${JSON.stringify(`${PREFIX}${group}--${language}`)})`,
            ).join(', ')}}`,
        );
        return { code: `export default {${entries.join(',\n')}};`, map: null };
      }
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      // `<group>--<language>`: the chunk is named after it (start--fr-FR-….js).
      const [group, language] = id.slice(PREFIX.length + 1).split('--') as [string, string];
      const folders = catalogueFolders(root, atStartUp).get(group) ?? [];
      // Every group's keys are checked against every other's: one key, one owner.
      const owner: Record<string, string> = {};
      for (const [, all] of catalogueFolders(root, atStartUp))
        for (const folder of all) {
          const name = relative(root, folder);
          const file = join(folder, `${language}.json`);
          let source: Record<string, string> = {};
          try {
            source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
          } catch (error) {
            this.error(`${relative(root, file)}: ${String(error)}`);
          }
          for (const key of Object.keys(source)) {
            if (key in owner) this.error(`message "${key}" is in both ${owner[key]} and ${name}`);
            owner[key] = name;
          }
        }
      const compiled: Record<string, unknown> = {};
      for (const folder of folders) {
        const file = join(folder, `${language}.json`);
        this.addWatchFile(file);
        const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        for (const [key, message] of Object.entries(source)) {
          try {
            compiled[key] = compileMessageOrThrow(message);
          } catch (error) {
            this.error(
              `${relative(root, file)}: message "${key}" is not valid ICU: ${String(error)}`,
            );
          }
        }
      }
      if (folders.length === 0) this.error(`no catalogue group "${group}"`);
      return { code: `export default ${JSON.stringify(compiled)};`, map: null };
    },
  };
}
