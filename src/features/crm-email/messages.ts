import type en from './locales/en-GB.json';

/** The Email Client's words: the keys of its own en-GB catalogue (`useT<CrmEmailMessageId>()`). */
export type CrmEmailMessageId = keyof typeof en;
