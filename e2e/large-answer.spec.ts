import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../simulator/node-server';
import { createSimulator } from '../simulator/simulator';
import { expect, test } from './fixtures';
import { SECOND_SIMULATOR_PORT } from './simulator-control';

/**
 * A server that ignores paging and answers a one-letter search with 10,000 customers
 * (13 MB): the answer is decoded in the decode worker, and the till stays usable meanwhile.
 * Its own simulator (started here, on SECOND_SIMULATOR_PORT) so the shared one of the other
 * journeys keeps paging.
 */
let server: Server;
let baseUrl: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const simulator = createSimulator({
    customers: 60_000,
    ignorePaging: true,
    maxUnpagedRows: 10_000,
  });
  server = await startServer(simulator, SECOND_SIMULATOR_PORT, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

// Needs a simulator that ignores paging (started by this file).
test.describe(
  'A 10,000-row answer from a server that ignores paging',
  { tag: '@simulator' },
  () => {
    test.beforeEach(async ({ page }) => {
      const res = await page.request.get('/terminal-config.json');
      const config = (await res.json()) as Record<string, unknown>;
      const services = {
        customerService: `${baseUrl}/axis2/services/CustomerService`,
        accountBalanceService: `${baseUrl}/axis2/services/AccountBalanceService`,
        crmCustomerDataService: `${baseUrl}/axis2/services/CRMCustomerDataService`,
      };
      await page.route('**/terminal-config.json', (route) =>
        route.fulfill({
          json: { ...config, services, loyaltyProgramme: { baseUrl, token: 'demo-loyalty-token' } },
        }),
      );
    });

    test('is decoded in the decode worker and paged on the till', async ({
      page,
      customerSearch,
    }) => {
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await customerSearch.goto();
      await customerSearch.typeAndEnter('a');
      await expect(customerSearch.range).toHaveText(/1–\d+ of 10,000/, { timeout: 20_000 });
      await expect(customerSearch.results.getByRole('listitem').first()).toBeVisible();
      expect(workers.some((url) => /decode-worker/.test(url))).toBe(true);
      // Later pages come from the answer already decoded: no second download.
      let downloads = 0;
      page.on('request', (r) => {
        if (r.url().includes('/axis2/')) downloads++;
      });
      await customerSearch.nextPage.click();
      await expect(customerSearch.range).not.toHaveText(/^(Showing )?1–/);
      expect(downloads).toBe(0);
    });

    test('a card scanned while it downloads and decodes opens its balance at once', async ({
      page,
      customerSearch,
      scanner,
    }) => {
      await customerSearch.goto();
      const answered = page.waitForResponse((r) => r.url().includes('CustomerService'));
      await customerSearch.typeAndEnter('a');
      await answered;
      await scanner.scan('14420000');
      await expect(page).toHaveURL(/\/balance$/);
      await expect(page.getByTestId('balance')).toHaveText('6,028 points');
    });

    test('a new search replaces it, and only the new results are shown', async ({
      page,
      customerSearch,
    }) => {
      await customerSearch.goto();
      const answered = page.waitForResponse((r) => r.url().includes('CustomerService'));
      await customerSearch.typeAndEnter('a');
      await answered;
      await customerSearch.typeAndEnter('amelia baldwin');
      await expect(customerSearch.row(/Amelia Baldwin/)).toBeVisible();
      await expect(customerSearch.range).toHaveText(/of 1$/);
      // The term is kept in memory, not in the URL.
      await expect(page).toHaveURL(/\/$/);
    });
  },
);
