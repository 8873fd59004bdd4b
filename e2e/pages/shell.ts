import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What every screen has: the header (store, menu, Pending), with the training strip in any
 * non-live mode and the offline notice while the till cannot reach the network.
 */
export class Shell {
  readonly customersLink: Locator;
  readonly clientsLink: Locator;
  readonly checkCardLink: Locator;
  /** "Pending updates: N" in the header, whatever N is. */
  readonly pendingLink: Locator;
  readonly trainingBanner: Locator;
  /** "Offline: the till cannot reach the network …" under the header bar. */
  readonly offlineNotice: Locator;

  constructor(readonly page: Page) {
    this.customersLink = page.getByRole('link', { name: 'Customers' });
    this.clientsLink = page.getByRole('link', { name: 'Clients' });
    this.checkCardLink = page.getByRole('link', { name: 'Check a card' });
    this.pendingLink = page.getByRole('link', { name: /^Pending updates: / });
    this.trainingBanner = page.getByRole('banner').getByRole('region', { name: 'Training mode' });
    this.offlineNotice = page
      .getByRole('banner')
      .getByRole('status')
      .filter({ hasText: /^Offline/ });
  }

  /**
   * Waits until the till can start with the network down: its service worker controls the
   * page and holds the configuration (the app's own files are cached before it activates).
   */
  async untilReadyOffline() {
    await expect
      .poll(() =>
        this.page.evaluate(
          async () =>
            navigator.serviceWorker?.controller != null &&
            (await caches.match('/terminal-config.json')) !== undefined,
        ),
      )
      .toBe(true);
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
