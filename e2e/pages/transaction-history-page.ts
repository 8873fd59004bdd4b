import { expect, type Locator, type Page } from '@playwright/test';

/** Transaction History (`/crm/customers/{n}/transactions`): spend summary, Search, the list. */
export class TransactionHistoryPage {
  readonly heading: Locator;
  readonly searchToggle: Locator;
  readonly searchForm: Locator;
  readonly clearSearch: Locator;
  readonly summary: Locator;
  readonly chart: Locator;
  readonly table: Locator;
  /** The transactions' rows (the header row left out). */
  readonly rows: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Transaction history/ });
    this.searchToggle = page.getByRole('button', { name: 'Search', exact: true }).first();
    this.searchForm = page.getByRole('search', { name: 'Search transactions' });
    this.clearSearch = page.getByRole('button', { name: 'Clear search' });
    this.summary = page.getByRole('region', { name: 'Spend summary' });
    this.chart = page.getByRole('img', { name: /^Spend per month/ });
    this.table = page.getByRole('table');
    this.rows = this.table.locator('tbody').getByRole('row');
    this.nextPage = page.getByRole('button', { name: /Next page/ });
    this.previousPage = page.getByRole('button', { name: /Previous page/ });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/transactions`);
    await expect(this.heading).toBeVisible();
  }

  /** "21–40 of 50", the range the list shows. */
  range(first: number, last: number, total: number): Locator {
    return this.page.getByText(`${first}–${last} of ${total}`, { exact: true });
  }

  /** A figure of the spend summary (Visits, Total spend, Average basket, Last visit). */
  figure(label: string): Locator {
    return this.summary
      .locator('dl > div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
      .getByRole('definition');
  }

  /** Opens Search, fills the dates given and searches. */
  async searchDates(from: string, to: string) {
    if (!(await this.searchForm.isVisible())) await this.searchToggle.click();
    await this.searchForm.getByLabel('From', { exact: true }).fill(from);
    await this.searchForm.getByLabel('To', { exact: true }).fill(to);
    await this.searchForm.getByRole('button', { name: 'Search', exact: true }).click();
  }

  /** Opens the transaction of a row. */
  async view(row: Locator) {
    await row.getByRole('button', { name: /^View transaction / }).click();
  }
}
