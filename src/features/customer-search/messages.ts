import type en from './locales/en-GB.json';

/** This feature's words: the keys of its own en-GB catalogue (`useT<CustomerSearchMessageId>()`). */
export type CustomerSearchMessageId = keyof typeof en;
