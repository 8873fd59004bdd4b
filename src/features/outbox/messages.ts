import type en from './locales/en-GB.json';

/** This feature's words: the keys of its own en-GB catalogue (`useT<OutboxMessageId>()`). */
export type OutboxMessageId = keyof typeof en;
