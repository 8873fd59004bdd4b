import type { Locator, Page } from '@playwright/test';

/** Pending updates (`/outbox`): what the till still has to send, and what it delivered. */
export class PendingPage {
  readonly heading: Locator;
  readonly waiting: Locator;
  readonly delivered: Locator;
  readonly retryNow: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Pending updates' });
    this.waiting = page.getByRole('list', { name: 'Waiting' });
    this.delivered = page.getByRole('list', { name: 'Delivered' });
    this.retryNow = page.getByRole('button', { name: 'Retry now' });
  }

  async goto() {
    await this.page.goto('/outbox');
  }
}
