import { CONFIG_FILE, ConfigError } from './config-error';
import type { TerminalConfig } from './terminal-config';

/**
 * Reads `terminal-config.json` from beside index.html and checks every field; a file that is
 * missing, not JSON or wrong ends in a ConfigError naming each problem.
 */
export async function loadTerminalConfig(fetchFn: typeof fetch = fetch): Promise<TerminalConfig> {
  // The validator (zod) is fetched while the file is: start-up waits for neither in turn,
  // and the first paint does not carry it.
  const validator = import('./terminal-config');
  let text: string;
  try {
    // From the app's base, not the current path: a deep link such as /customers/100 must work.
    const response = await fetchFn(`${import.meta.env.BASE_URL}${CONFIG_FILE}`, {
      cache: 'no-store',
    });
    if (!response.ok) {
      throw new ConfigError('config.title.unloaded', [
        {
          field: CONFIG_FILE,
          problem: 'config.problem.http',
          values: { status: response.status, file: CONFIG_FILE },
        },
      ]);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError('config.title.unloaded', [
      { field: CONFIG_FILE, problem: 'config.problem.unreachable' },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError('config.title.json', [
      {
        field: CONFIG_FILE,
        problem: 'config.problem.json',
        values: { detail: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
  return (await validator).parseTerminalConfig(raw);
}
