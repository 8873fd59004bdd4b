import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Against the simulator (default): starts the simulator as its own HTTP server and the built
 * terminal on `vite preview`, configured to call the simulator across origins (real CORS).
 *
 * Against a real Enactor test server: E2E_TERMINAL_CONFIG=path/to/terminal-config.json
 * (mode "live", the server's URLs). Journeys that need the simulator's fault switch skip.
 */
const liveConfig = process.env.E2E_TERMINAL_CONFIG;
const simulatorPort = Number(process.env.SIMULATOR_PORT ?? 4010);
const appPort = Number(process.env.APP_PORT ?? 4173);
export const SIMULATOR_URL = `http://127.0.0.1:${simulatorPort}`;

/** The journeys' terminal config names the simulator on 4010: moved with SIMULATOR_PORT. */
function terminalConfigFile(): string {
  const file = 'e2e/terminal-config.e2e.json';
  if (simulatorPort === 4010) return file;
  const moved = `test-results/terminal-config.e2e.${simulatorPort}.json`;
  mkdirSync('test-results', { recursive: true });
  const text = readFileSync(file, 'utf8').replaceAll(
    '127.0.0.1:4010',
    `127.0.0.1:${simulatorPort}`,
  );
  writeFileSync(moved, text);
  return moved;
}

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = {
  // Debian's Chromium where there is one: Playwright cannot download its own browser here.
  ...(existsSync(chromiumPath) ? { executablePath: chromiumPath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './e2e',
  // One simulator is shared, and fault journeys flip its switch: run one test at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry on CI only: a journey that fails twice fails; one that passes on retry is
  // counted and named as flaky in npm test's output, to be fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: 'list',
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    // As a UK till's browser is set: date pickers then read day/month/year.
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions,
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
      env: { TERMINAL_CONFIG_FILE: liveConfig ?? terminalConfigFile() },
    },
  ],
});
