import { expect, type Locator, type Page } from '@playwright/test';

/** Diagnostics, for the help desk: opened from the store's name in the header. */
export class DiagnosticsPage {
  readonly heading: Locator;
  readonly services: Locator;
  readonly errors: Locator;
  readonly exportButton: Locator;
  readonly testErrorScreen: Locator;
  readonly checkAgain: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Diagnostics', level: 1 });
    this.services = page.getByRole('list', { name: 'Service checks' });
    this.errors = page.getByRole('list', { name: 'Recorded errors' });
    this.exportButton = page.getByRole('button', { name: 'Export' });
    this.testErrorScreen = page.getByRole('button', { name: 'Test the error screen' });
    this.checkAgain = page.getByRole('button', { name: 'Check again' });
  }

  /** From the header, as a cashier told by the help desk would. */
  async openFromHeader() {
    await this.page.getByRole('link', { name: /Diagnostics$/ }).click();
    await expect(this.heading).toBeVisible();
  }

  /** One service's check, by its name as the till shows it ("customer service"). */
  service(name: string): Locator {
    return this.services.getByRole('listitem').filter({ hasText: name });
  }
}
