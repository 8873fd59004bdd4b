import type { Locator, Page } from '@playwright/test';

/** The Loyalty accounts panel, on the customer page and on Client Details. */
export class LoyaltyAccounts {
  readonly list: Locator;
  /** One button per account ("Account 200 … ACTIVE"). */
  readonly accounts: Locator;

  constructor(page: Page) {
    this.list = page.getByRole('list', { name: 'Loyalty accounts' });
    this.accounts = this.list.getByRole('button');
  }

  account(accountId: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`Account ${accountId}\\b`) });
  }
}
