import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { afterAll, describe, expect, it } from 'vitest';
import { activateLanguage, LANGUAGES, languageFor, translate } from './i18n';

const catalogues = import.meta.glob<Record<string, string>>('./locales/*.json', {
  eager: true,
  import: 'default',
});
const catalogue = (language: string) => catalogues[`./locales/${language}.json`] ?? {};
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
  it.each(LANGUAGES)('%s has exactly the keys of en-GB', (language) => {
    const have = Object.keys(catalogue(language)).sort();
    expect({
      missing: keys.filter((k) => !have.includes(k)),
      extra: have.filter((k) => !keys.includes(k)),
    }).toEqual({
      missing: [],
      extra: [],
    });
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
