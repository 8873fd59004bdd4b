import { setupI18n } from '@lingui/core';
import loaders from 'virtual:catalogue-loaders';
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

// Messages come in groups, one chunk per group and language (scripts/catalogue-plugin.ts):
// `start` (shared's, the app's and the start-up features') before the first paint, each other
// feature's with its screens. Only the active language's chunks are ever fetched.
const loaded = new Set<string>();
let current: Language | undefined;

async function loadGroup(group: string, language: Language): Promise<void> {
  const load = loaders[group]?.[language];
  if (!load || loaded.has(`${group}/${language}`)) return;
  const { default: messages } = await load();
  i18n.load(language, messages);
  loaded.add(`${group}/${language}`);
}

/**
 * The messages of a feature (its folder name) in the active language, before its screen
 * shows; again in another language if the till's language changes. Nothing if it has none.
 */
export async function loadMessages(...groups: string[]): Promise<void> {
  await Promise.all([...new Set(groups)].map((group) => loadGroup(group, current ?? 'en-GB')));
}

/** Every group, for tests that render any screen without its loader. */
export const ALL_MESSAGE_GROUPS: readonly string[] = Object.keys(loaders);

/**
 * Loads and activates the catalogue for `locale` (start-up messages, and every feature's
 * already shown in another language); returns the language now shown (for `<html lang>`).
 * Numbers and plural rules inside messages follow `locale` itself.
 */
export async function activateLanguage(locale: string): Promise<Language> {
  const language = languageFor(locale);
  const shown = new Set(['start', ...[...loaded].map((key) => key.split('/')[0] ?? 'start')]);
  await Promise.all([...shown].map((group) => loadGroup(group, language)));
  current = language;
  // Same catalogue, another locale of its language (en-US after en-GB): formats change.
  i18n.activate(language, [locale, language]);
  return language;
}

/** A message in the active language, for code outside React (error texts, labels tables). */
export const translate = <Id extends string = MessageId>(id: Id, values?: MessageValues): string =>
  i18n._(id, values as Record<string, unknown> | undefined);
