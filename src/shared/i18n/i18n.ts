import { setupI18n, type Messages } from '@lingui/core';
import type enGB from './locales/en-GB.json';

/**
 * Shared's own messages: the keys of its en-GB catalogue (the reference). A feature's words
 * are in its own `locales/` folder, typed by its own `messages.ts` (see `useT`).
 */
export type MessageId = keyof typeof enGB;
export type MessageValues = Readonly<Record<string, unknown>>;

/** The languages the terminal is translated into, each one catalogue. */
export const LANGUAGES = ['en-GB', 'fr-FR', 'de-DE'] as const;
export type Language = (typeof LANGUAGES)[number];

// One chunk per language, every folder's catalogue of it merged and compiled at build time
// (scripts/catalogue-plugin.ts): only the active language's messages are ever fetched.
const CATALOGUES: Record<Language, () => Promise<{ default: Messages }>> = {
  'en-GB': () => import('virtual:catalogue/en-GB'),
  'fr-FR': () => import('virtual:catalogue/fr-FR'),
  'de-DE': () => import('virtual:catalogue/de-DE'),
};

/**
 * The catalogue a locale is shown in: the same tag, else one of the same language
 * (`fr-BE` -> `fr-FR`), else British English.
 */
export function languageFor(locale: string): Language {
  const exact = LANGUAGES.find((l) => l.toLowerCase() === locale.toLowerCase());
  if (exact) return exact;
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  return LANGUAGES.find((l) => l.startsWith(`${language}-`)) ?? 'en-GB';
}

/** The terminal's one Lingui instance; a screen reads it through `useT`. */
export const i18n = setupI18n();

/**
 * Loads and activates the catalogue for `locale`; returns the language now shown (for
 * `<html lang>`). Numbers and plural rules inside messages follow `locale` itself.
 */
export async function activateLanguage(locale: string): Promise<Language> {
  const language = languageFor(locale);
  if (i18n.locale !== language) {
    const { default: messages } = await CATALOGUES[language]();
    i18n.loadAndActivate({ locale: language, locales: [locale, language], messages });
  } else {
    // Same catalogue, another locale of its language (en-US after en-GB): formats change.
    i18n.activate(language, [locale, language]);
  }
  return language;
}

/** A message in the active language, for code outside React (error texts, labels tables). */
export const translate = <Id extends string = MessageId>(id: Id, values?: MessageValues): string =>
  i18n._(id, values as Record<string, unknown> | undefined);
