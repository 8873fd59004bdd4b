import { expect, type Locator, type Page } from '@playwright/test';
import { OnScreenKeyboard } from './keypads';
import { WORDS, type Language } from './words';

/** Client Search (`/crm`): fill what is known, tap Search. */
export class CrmSearchPage {
  readonly heading: Locator;
  readonly searchButton: Locator;
  readonly newCustomer: Locator;
  readonly list: Locator;
  /** One button per client found. */
  readonly results: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly keyboard: OnScreenKeyboard;
  /** Said while another screen waits for a pick. */
  readonly pickBanner: Locator;
  private readonly words;

  constructor(
    readonly page: Page,
    language: Language = 'en-GB',
  ) {
    const words = WORDS[language].crmSearch;
    this.words = words;
    this.heading = page.getByRole('heading', { name: words.heading });
    this.searchButton = page.getByRole('button', { name: words.search, exact: true });
    this.newCustomer = page.getByRole('button', { name: words.newCustomer });
    this.list = page.getByRole('list', { name: words.results });
    // Each row's open button (a row also has one that shows its contact details).
    this.results = this.list.getByRole('button', { name: words.row });
    this.nextPage = page.getByRole('button', { name: words.nextPage });
    this.previousPage = page.getByRole('button', { name: words.previousPage });
    this.keyboard = new OnScreenKeyboard(page, language);
    this.pickBanner = page.getByRole('status').filter({ hasText: words.pickBanner });
  }

  async goto() {
    await this.page.goto('/crm');
    await expect(this.searchButton).toBeVisible();
  }

  /** A criterion's field, by its label (Surname, Postcode, Phone, Loyalty number …). */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Opens the screen afresh, fills the given criteria and taps Search. */
  async search(criteria: Record<string, string>) {
    await this.goto();
    await this.searchAgain(criteria);
  }

  /**
   * Fills the given criteria (the others emptied) and taps Search, on the screen as it is: a
   * training till keeps what it was told only until the page is loaded again.
   */
  async searchAgain(criteria: Record<string, string>) {
    for (const field of await this.page.getByRole('search').getByRole('textbox').all())
      await field.fill('');
    for (const [label, value] of Object.entries(criteria)) await this.field(label).fill(value);
    await this.searchButton.click();
  }

  /**
   * Fills the criteria and taps Search on the screen as it is, without opening it afresh (a
   * reload would forget a pick another screen asked for).
   */
  async searchHere(criteria: Record<string, string>) {
    await expect(this.searchButton).toBeVisible();
    for (const [label, value] of Object.entries(criteria)) await this.field(label).fill(value);
    await this.searchButton.click();
  }

  /**
   * The first client's row text, once the list shows the answer to the current criteria:
   * while a new sort or page is on its way the previous answer stays on screen, marked busy.
   */
  async firstResultText(): Promise<string | null> {
    await expect(this.list).not.toHaveAttribute('aria-busy', 'true');
    return this.results.first().textContent();
  }

  /** "1–50 of 312" for the page that starts at `first`. */
  range(first: number, last: number): Locator {
    return this.page.getByText(new RegExp(`^${first}–${last} of \\d+`));
  }

  /** A sort column's radio; its name says the direction ("Sort by Forename, ascending"). */
  sortBy(column: string | RegExp): Locator {
    return this.page.getByRole('radio', {
      name: typeof column === 'string' ? new RegExp(`^${this.words.sortBy} ${column}`) : column,
    });
  }
}
