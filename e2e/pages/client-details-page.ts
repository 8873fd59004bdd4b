import type { Locator, Page } from '@playwright/test';
import { LoyaltyAccounts } from './loyalty-accounts';
import { WORDS, type Language } from './words';

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
  /** Back to Client Search, within the app (a training till forgets what it learnt on a reload). */
  readonly clientSearch: Locator;

  constructor(
    readonly page: Page,
    language: Language = 'en-GB',
  ) {
    const words = WORDS[language].clientDetails;
    this.heading = page.getByRole('heading', { level: 1 });
    this.edit = page.getByRole('button', { name: words.edit, exact: true });
    this.sections = page.getByRole('navigation', { name: words.sections });
    this.loyalty = new LoyaltyAccounts(page);
    this.transactionHistory = page.getByRole('button', { name: words.transactionHistory });
    this.contactHistory = page.getByRole('button', { name: words.contactHistory });
    this.callClient = page.getByRole('button', { name: words.callClient });
    this.clientSearch = page.getByRole('button', { name: words.clientSearch, exact: true });
    this.emailClient = page.getByRole('button', { name: words.emailClient });
    this.relationships = page.getByRole('button', { name: words.relationships, exact: true });
    this.affiliated = page.getByRole('list', { name: words.affiliated });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}`);
  }

  /** The page's heading, by (part of) its name. */
  titled(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { name });
  }

  /** A section of the record (Personal details, Contact details …), by its heading. */
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
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
