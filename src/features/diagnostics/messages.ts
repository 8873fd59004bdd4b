import type en from './locales/en-GB.json';

/** This feature's words: the keys of its own en-GB catalogue (`useT<DiagnosticsMessageId>()`). */
export type DiagnosticsMessageId = keyof typeof en;
