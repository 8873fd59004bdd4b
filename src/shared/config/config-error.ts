import type { MessageId, MessageValues } from '../i18n/i18n';

/** The file beside index.html that configures the till. */
export const CONFIG_FILE = 'terminal-config.json';

/** One bad field: its path and what is wrong, as a message for the screen to show. */
export interface ConfigProblem {
  readonly field: string;
  readonly problem: MessageId;
  readonly values?: MessageValues;
}

/** Why the terminal cannot start, in words a store's IT person can act on (translated). */
export class ConfigError extends Error {
  constructor(
    readonly title: MessageId,
    readonly problems: readonly ConfigProblem[],
    /** The file's own locale when it names a good one: the error screen's language. */
    readonly locale: string | null = null,
  ) {
    super(
      `${CONFIG_FILE}: ${title} (${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')})`,
    );
    this.name = 'ConfigError';
  }
}
