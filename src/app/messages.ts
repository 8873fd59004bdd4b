import type en from './locales/en-GB.json';

/** The shell's words (header, idle warning, error screens): the keys of its en-GB catalogue. */
export type AppMessageId = keyof typeof en;
