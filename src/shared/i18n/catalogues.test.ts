import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage, LANGUAGES, languageFor, translate } from './i18n';

// Every locales/ folder: shared's own and each feature's. A folder's en-GB is its reference.
const catalogues = import.meta.glob<Record<string, string>>('/src/**/locales/*.json', {
  eager: true,
  import: 'default',
});
const folders = [...new Set(Object.keys(catalogues).map((f) => f.slice(0, f.lastIndexOf('/'))))];
const catalogueOf = (folder: string, language: string) =>
  catalogues[`${folder}/${language}.json`] ?? {};
/** One language, every folder merged: what the page loads. */
const catalogue = (language: string) =>
  Object.assign({}, ...folders.map((f) => catalogueOf(f, language))) as Record<string, string>;
const reference = catalogue('en-GB');
const keys = Object.keys(reference).sort();

/** Every source file of the terminal but tests, comments taken out: where keys are used. */
const files = Object.entries(
  import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
).map(([file, text]) => ({
  file,
  text: text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));

const quoted = new Set(
  files.flatMap((f) => [...f.text.matchAll(/(['"])([\w.-]+)\1/g)].map((m) => m[2] ?? '')),
);
// A key is used where it is written out as a string: t('ui.tryAgain'), translate('...'), or a
// literal typed MessageId (as the config checks and label tables hold them).
const namespaces = new Set(keys.map((k) => k.split('.')[0]));
const looksLikeKey = (s: string) =>
  namespaces.has(s.split('.')[0] ?? '') && /^\w+\.[\w.]+$/.test(s);

/** Argument names a message uses, plural and select branches included. */
function argumentsOf(message: CompiledMessage, into = new Set<string>()): Set<string> {
  for (const token of message) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    into.add(name);
    if (format && typeof format === 'object')
      for (const [choice, branch] of Object.entries(format))
        if (choice !== 'offset' && Array.isArray(branch))
          argumentsOf(branch as CompiledMessage, into);
  }
  return into;
}

describe('message catalogues', () => {
  it.each(LANGUAGES)('%s has, in every folder, exactly the keys of its en-GB', (language) => {
    const wrong = folders.flatMap((folder) => {
      const want = Object.keys(catalogueOf(folder, 'en-GB'));
      const have = Object.keys(catalogueOf(folder, language));
      const missing = want.filter((k) => !have.includes(k));
      const extra = have.filter((k) => !want.includes(k));
      return missing.length + extra.length ? [{ folder, missing, extra }] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("no key is in two folders, and a feature's keys start with the feature's name", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    const outside: string[] = [];
    for (const folder of folders) {
      const feature = /\/features\/([^/]+)\//.exec(folder)?.[1];
      for (const key of Object.keys(catalogueOf(folder, 'en-GB'))) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${folder}`);
        seen.set(key, folder);
        if (feature && !key.startsWith(`${feature}.`)) outside.push(`${folder}: ${key}`);
      }
    }
    expect({ twice, outside }).toEqual({ twice: [], outside: [] });
  });

  it('every key in the catalogue is used in the source', () => {
    expect(keys.filter((k) => !quoted.has(k))).toEqual([]);
  });

  it('every key the source uses is in the catalogue, and none is built at run time', () => {
    const unknown = [...quoted].filter((s) => looksLikeKey(s) && !(s in reference));
    expect(unknown).toEqual([]);
    const calls = files.flatMap((f) =>
      [...f.text.matchAll(/\b(?:t|translate)\(\s*([^'"\s)][^,)]*)/g)]
        .map((m) => `${f.file}: ${m[1]}`)
        // A variable holding a MessageId (typed) is fine; a template or concatenation is not.
        .filter((call) => /[`+]/.test(call)),
    );
    expect(calls).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s: every message is valid ICU with the same arguments as en-GB',
    (language) => {
      const messages = catalogue(language);
      const wrong = keys.filter((k) => {
        const want = [...argumentsOf(compileMessageOrThrow(reference[k] as string))].sort();
        const got = [...argumentsOf(compileMessageOrThrow(messages[k] as string))].sort();
        return want.join() !== got.join();
      });
      expect(wrong).toEqual([]);
    },
  );
});

describe('languages', () => {
  afterAll(() => activateLanguage('en-GB'));

  it('follows the locale: same tag, else same language, else British English', () => {
    expect(languageFor('fr-FR')).toBe('fr-FR');
    expect(languageFor('fr-BE')).toBe('fr-FR');
    expect(languageFor('de-AT')).toBe('de-DE');
    expect(languageFor('en-IE')).toBe('en-GB');
    expect(languageFor('nl-NL')).toBe('en-GB');
  });

  it('plural forms follow each language (French counts 0 as singular)', async () => {
    const bad = (count: number) => translate('config.title.bad', { file: 'f.json', count });
    const wait = (seconds: number) =>
      translate('ui.error.timeout.advice', { seconds }).split('.')[0];

    expect(await activateLanguage('en-GB')).toBe('en-GB');
    expect([bad(1), bad(2)]).toEqual(['f.json has a bad field', 'f.json has bad fields']);
    expect([wait(0), wait(1), wait(10)]).toEqual([
      'No answer within 0 seconds',
      'No answer within 1 second',
      'No answer within 10 seconds',
    ]);

    expect(await activateLanguage('fr-FR')).toBe('fr-FR');
    expect([bad(1), bad(3)]).toEqual([
      'f.json contient un champ incorrect',
      'f.json contient des champs incorrects',
    ]);
    expect([wait(0), wait(1), wait(10)]).toEqual([
      'Aucune réponse en 0 seconde',
      'Aucune réponse en 1 seconde',
      'Aucune réponse en 10 secondes',
    ]);

    expect(await activateLanguage('de-DE')).toBe('de-DE');
    expect([wait(1), wait(10)]).toEqual([
      'Keine Antwort innerhalb einer Sekunde',
      'Keine Antwort innerhalb von 10 Sekunden',
    ]);
  });

  it('names the service inside the sentence, in its grammatical case', async () => {
    await activateLanguage('de-DE');
    expect(translate('ui.error.network.title', { service: 'crm' })).toBe(
      'Keine Verbindung zu dem CRM-Service',
    );
    expect(translate('ui.error.timeout.title', { service: 'points' })).toBe(
      'Das Punkteprogramm braucht zu lange',
    );
    await activateLanguage('fr-FR');
    expect(translate('ui.error.refused.title', { service: 'customer', detail: 'X' })).toBe(
      'Refus du service clients : X',
    );
  });

  it('formats numbers in messages by the till locale', async () => {
    await activateLanguage('de-DE');
    expect(translate('config.problem.range', { min: 500, max: 120000 })).toBe(
      'muss eine ganze Zahl von 500 bis 120.000 sein',
    );
  });
});
