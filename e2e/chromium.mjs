// The one place that says which Chromium the journeys and scripts launch, and how.
// Imported by playwright.config.ts and scripts/screenshots.mjs (plain Node, hence .mjs).
import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  // Playwright cannot download its own browser on every machine: use that Chromium where it
  // is installed, and Playwright's own browser otherwise.
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: [
    // Running as root in a container, where Chromium's sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    // Nothing in the background competing with the page on a shared machine.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
