import type { Locator, Page } from '@playwright/test';
import { LoyaltyAccounts } from './loyalty-accounts';

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Client Details (`/crm/customers/{number}`). */
export class ClientDetailsPage {
  readonly heading: Locator;
  readonly edit: Locator;
  readonly sections: Locator;
  readonly loyalty: LoyaltyAccounts;
  readonly transactionHistory: Locator;
  readonly contactHistory: Locator;
  readonly callClient: Locator;
  readonly emailClient: Locator;
  /** Under the personal details: the customer's relationships. */
  readonly relationships: Locator;
  /** The affiliated customers panel's list (household and company). */
  readonly affiliated: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.edit = page.getByRole('button', { name: 'Edit' });
    this.sections = page.getByRole('navigation', { name: 'Client details sections' });
    this.loyalty = new LoyaltyAccounts(page);
    this.transactionHistory = page.getByRole('button', { name: 'Transaction history' });
    this.contactHistory = page.getByRole('button', { name: 'Contact history' });
    this.callClient = page.getByRole('button', { name: 'Call client' });
    this.emailClient = page.getByRole('button', { name: 'Email client' });
    this.relationships = page.getByRole('button', { name: 'Relationships', exact: true });
    this.affiliated = page.getByRole('list', { name: 'Affiliated customers' });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}`);
  }

  /** The page's heading, by (part of) its name. */
  titled(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name });
  }

  /** Scrolls to a section with its button (Loyalty, Appointments …). */
  async showSection(name: string) {
    await this.sections.getByRole('button', { name }).click();
  }

  /**
   * The value shown under a label in one of the details cards ("Personal details", "Contact
   * details"): the definition beside the term with exactly that text.
   */
  value(card: string, label: string): Locator {
    return this.page
      .getByLabel(card, { exact: true })
      .locator('div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: exactly(label) }) })
      .getByRole('definition');
  }
}
