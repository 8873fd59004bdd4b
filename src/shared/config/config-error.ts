/** The file beside index.html that configures the till. */
export const CONFIG_FILE = 'terminal-config.json';

/** Why the terminal cannot start, in words a store's IT person can act on. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
