import type { Locator, Page } from '@playwright/test';
import { LoyaltyAccounts } from './loyalty-accounts';

/** A customer found by Customer Search (`/customers/{number}`). */
export class CustomerPage {
  readonly heading: Locator;
  /** The values of the customer's details (name, address, date of birth …). */
  readonly details: Locator;
  readonly backToResults: Locator;
  readonly loyalty: LoyaltyAccounts;
  readonly noLoyaltyAccount: Locator;
  readonly pointsCard: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.getByRole('definition');
    this.backToResults = page.getByRole('button', { name: /Back to results/ });
    this.loyalty = new LoyaltyAccounts(page);
    this.noLoyaltyAccount = page.getByText('This customer has no loyalty account.');
    this.pointsCard = page.getByRole('region', { name: 'Points programme' });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/customers/${encodeURIComponent(customerNumber)}`);
  }

  /** The page's heading with this exact name. */
  titled(name: string): Locator {
    return this.page.getByRole('heading', { name });
  }

  async openPoints() {
    await this.pointsCard.getByRole('button', { name: 'Points, award and redeem' }).click();
  }
}
