import type { Locator, Page } from '@playwright/test';

/** What every screen has: the header (store, menu, Pending) and the training banner. */
export class Shell {
  readonly customersLink: Locator;
  readonly clientsLink: Locator;
  readonly checkCardLink: Locator;
  /** "Pending updates: N" in the header, whatever N is. */
  readonly pendingLink: Locator;
  readonly trainingBanner: Locator;

  constructor(readonly page: Page) {
    this.customersLink = page.getByRole('link', { name: 'Customers' });
    this.clientsLink = page.getByRole('link', { name: 'Clients' });
    this.checkCardLink = page.getByRole('link', { name: 'Check a card' });
    this.pendingLink = page.getByRole('link', { name: /^Pending updates: / });
    this.trainingBanner = page.getByRole('banner', { name: 'Training mode' });
  }

  /** The screen's alert (an error, a refusal, a bad configuration). */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** A status message (progress, an outcome), narrowed by its text when given. */
  status(text?: string | RegExp): Locator {
    const status = this.page.getByRole('status');
    return text === undefined ? status : status.filter({ hasText: text });
  }
}
