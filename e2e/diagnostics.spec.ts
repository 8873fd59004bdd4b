import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.describe('Diagnostics', () => {
  test('from the store name: the build, the till, and a live check of every service', async ({
    customerSearch,
    diagnostics,
  }) => {
    await customerSearch.goto();
    await diagnostics.openFromHeader();
    for (const service of ['customer service', 'loyalty service', 'CRM service']) {
      await expect(diagnostics.service(service)).toContainText('Reachable');
      await expect(diagnostics.service(service)).toContainText('SOAP 1.1');
    }
    // The points programme answers a member that cannot exist with 404: there, token taken.
    await expect(diagnostics.service('points programme')).toContainText('HTTP 404');
    await expect(diagnostics.page.getByLabel('This till')).toContainText('E2E-01');
    // The token is never shown.
    await expect(diagnostics.page.getByText('demo-loyalty-token')).toHaveCount(0);
  });

  test(
    'a failed search is listed by service, operation and status, never by what was typed',
    { tag: '@simulator' },
    async ({ customerSearch, diagnostics, simulator, shell }) => {
      await customerSearch.goto();
      await simulator.fault({
        kind: 'http-error',
        count: 1,
        operation: 'submitCustomerNameSearch',
      });
      await customerSearch.typeAndEnter('Baldwin');
      await expect(shell.alert).toBeVisible();
      await diagnostics.openFromHeader();
      const row = diagnostics.errors.getByRole('listitem').first();
      await expect(row).toContainText('CustomerService · submitCustomerNameSearch: http 503');
      await expect(diagnostics.errors).not.toContainText('Baldwin');
    },
  );

  test('an error in a screen ends in the friendly message, and is listed without personal data', async ({
    customerSearch,
    diagnostics,
    page,
  }) => {
    await customerSearch.goto();
    await diagnostics.openFromHeader();
    await diagnostics.testErrorScreen.click();
    const fatal = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await expect(fatal).toContainText('Your pending updates are safe.');
    await fatal.getByRole('button', { name: 'Reload' }).click();
    await expect(diagnostics.heading).toBeVisible();
    const listed = diagnostics.errors
      .getByRole('listitem')
      .filter({ hasText: 'Test of the error screen' });
    await expect(listed.first()).toBeVisible();
    // The test error names an e-mail and a quoted name: neither reaches the log.
    await expect(diagnostics.errors).not.toContainText('amelia');
    await expect(diagnostics.errors).not.toContainText('Amelia');
  });

  test('Export downloads a JSON report a help desk can read, without the token', async ({
    customerSearch,
    diagnostics,
  }) => {
    await customerSearch.goto();
    await diagnostics.openFromHeader();
    await expect(diagnostics.service('customer service')).toContainText('Reachable');
    const download = diagnostics.page.waitForEvent('download');
    await diagnostics.exportButton.click();
    const file = await (await download).path();
    const report = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({
      till: { deviceId: 'E2E-01', locationId: '0005' },
      config: { loyaltyProgramme: { token: '(set)' } },
    });
    expect(JSON.stringify(report)).not.toContain('demo-loyalty-token');
    expect((report.services as unknown[]).length).toBe(4);
  });
});
