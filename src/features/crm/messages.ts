import type en from './locales/en-GB.json';

/** This feature's words: the keys of its own en-GB catalogue (`useT<CrmMessageId>()`). */
export type CrmMessageId = keyof typeof en;
