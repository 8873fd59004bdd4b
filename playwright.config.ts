import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.mjs';

/**
 * Against the simulator (default): starts the simulator as its own HTTP server and the built
 * terminal on `vite preview`, configured to call the simulator across origins (real CORS).
 *
 * Against a real Enactor test server: E2E_TERMINAL_CONFIG=path/to/terminal-config.json
 * (mode "live", the server's URLs). Journeys tagged @simulator need the simulator's switches
 * (faults, ledger, test data) and are left out of such a run, not skipped inside it.
 */
const liveConfig = process.env.E2E_TERMINAL_CONFIG;
const simulatorPort = Number(process.env.SIMULATOR_PORT ?? 4010);
const appPort = Number(process.env.APP_PORT ?? 4173);
export const SIMULATOR_URL = `http://127.0.0.1:${simulatorPort}`;

/**
 * The terminal's configuration for a run against the simulator: e2e/terminal-config.e2e.json
 * with its services on this run's SIMULATOR_PORT (the file names the default, 4010), so two
 * work trees on one machine each talk to their own simulator.
 */
function simulatorTerminalConfig(): string {
  const template = readFileSync('e2e/terminal-config.e2e.json', 'utf8');
  const text = template.replaceAll('http://127.0.0.1:4010', SIMULATOR_URL);
  const file = 'e2e/.artifacts/terminal-config.json';
  // Playwright loads this file again in every worker while the preview server may be reading
  // the config: write only when it changes, and by rename, so no reader sees half a file.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync('e2e/.artifacts', { recursive: true });
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  }
  return file;
}

export default defineConfig({
  testDir: './e2e',
  // One simulator is shared, and fault journeys flip its switch: run one test at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI only: a journey that fails twice fails; one that passes on retry is
  // counted and named as flaky in npm test's output, to be fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  // A real server has no fault switch, ledger or test-data door.
  grepInvert: liveConfig ? /@simulator/ : undefined,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Kept after every run for the help desk and CI: the HTML report (never opened by itself;
  // `npx playwright show-report`), JUnit XML, and the JSON that npm test reads its totals from.
  reporter: [
    ['list'],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
    ['junit', { outputFile: 'test-results/e2e-junit.xml' }],
    ['json', { outputFile: 'test-results/e2e.json' }],
  ],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
    // The built till registers a service worker on 127.0.0.1 (a secure context). Journeys
    // that stub terminal-config.json with page.route would not see the worker's own fetches:
    // only e2e/offline.spec.ts, which is about the worker, lets it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'till-1024x768',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1024, height: 768 }, hasTouch: true },
    },
    {
      name: 'terminal-1920x1080',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1920, height: 1080 },
        hasTouch: true,
      },
    },
  ],
  webServer: [
    ...(liveConfig
      ? []
      : [
          {
            command: `npx tsx simulator/cli.ts --port ${simulatorPort} --customers 3000`,
            url: `${SIMULATOR_URL}/__simulator/status`,
            reuseExistingServer: !process.env.CI,
            stdout: 'pipe' as const,
          },
        ]),
    {
      command: `npx vite preview --host 127.0.0.1 --port ${appPort} --strictPort`,
      url: `http://127.0.0.1:${appPort}/terminal-config.json`,
      reuseExistingServer: !process.env.CI,
      env: {
        TERMINAL_CONFIG_FILE: liveConfig ?? simulatorTerminalConfig(),
        // The second simulator large-answer.spec.ts starts (one that ignores paging), on the
        // port after the shared one's next: the page's policy lets the till call it.
        PREVIEW_ALSO_CONNECT: `http://127.0.0.1:${simulatorPort + 2}`,
      },
    },
  ],
});
