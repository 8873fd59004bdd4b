import type { Locator, Page } from '@playwright/test';
import { minorUnitsOf } from './money';

/** The transaction enquiry (`/crm/customers/{n}/transactions/{id}`): its figures and lines. */
export class TransactionPage {
  readonly heading: Locator;
  readonly total: Locator;
  /** The lines' rows (the header row left out). */
  readonly lines: Locator;
  readonly backToHistory: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Transaction \d/ });
    this.total = page.getByTestId('transaction-total');
    this.lines = page.getByRole('table').locator('tbody').getByRole('row');
    this.backToHistory = page.getByRole('button', { name: 'Transaction history' });
  }

  /** A labelled figure of the transaction (Store, Till, Date and time, Type, Total …). */
  field(label: string): Locator {
    return this.page
      .getByLabel('Transaction', { exact: true })
      .locator(':scope > div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      .getByRole('definition');
  }

  /** Every line's net value, in minor units, as the screen shows them. */
  async lineValues(): Promise<number[]> {
    return (await this.page.getByTestId('line-value').allTextContents()).map(minorUnitsOf);
  }

  async totalValue(): Promise<number> {
    return minorUnitsOf((await this.total.textContent()) ?? '');
  }
}
