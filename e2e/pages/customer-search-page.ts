import { expect, type Locator, type Page } from '@playwright/test';
import { OnScreenKeyboard } from './keypads';

/** The screen's words the page object finds it by (its catalogue's, in the till's language). */
export interface CustomerSearchWords {
  readonly search: string;
  readonly results: string;
  readonly modes: Readonly<Record<'Any' | 'Name' | 'Postcode', string>>;
}

export const CUSTOMER_SEARCH_EN_GB: CustomerSearchWords = {
  search: 'Search',
  results: 'Customers found',
  modes: { Any: 'Any', Name: 'Name', Postcode: 'Postcode' },
};

/** src/features/customer-search/locales/fr-FR.json */
export const CUSTOMER_SEARCH_FR_FR: CustomerSearchWords = {
  search: 'Rechercher',
  results: 'Clients trouvés',
  modes: { Any: 'Tout', Name: 'Nom', Postcode: 'Code postal' },
};

/** Customer Search (`/`), driven the way a cashier does (in British English unless told). */
export class CustomerSearchPage {
  readonly input: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  /** "1–50 of 312" above the results. */
  readonly range: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly keyboard: OnScreenKeyboard;
  /** What the one box did: "Searched postcodes for SG14 3AG". */
  readonly routed: Locator;
  /** The one tap to search the other way ("Search names instead"). */
  readonly instead: Locator;
  /** An input that reads two ways: its choices, nothing sent until one is tapped. */
  readonly ambiguity: Locator;

  constructor(
    readonly page: Page,
    readonly words: CustomerSearchWords = CUSTOMER_SEARCH_EN_GB,
  ) {
    this.input = page.getByRole('searchbox');
    this.searchButton = page.getByRole('button', { name: words.search, exact: true });
    this.results = page.getByRole('list', { name: words.results });
    this.range = page.getByText(/^(Showing )?[\d,]+–[\d,]+ of [\d,]+/);
    this.nextPage = page.getByRole('button', { name: /Next page/ });
    this.previousPage = page.getByRole('button', { name: /Previous page/ });
    this.keyboard = new OnScreenKeyboard(page);
    this.routed = page.getByText(/^Searched /);
    this.instead = page.getByRole('button', { name: / instead$/ });
    this.ambiguity = page.getByRole('region', { name: /Nothing has been searched yet/ });
  }

  /**
   * Opens the screen once it is up. At the start of a shift (a new browser session) the till
   * first asks for the operator: looking customers up needs none, so this skips it.
   */
  async goto(path = '/') {
    await this.page.goto(path);
    // The sign-on's Skip in the till's language (a French or German till asks in its own).
    const skip = this.page.getByRole('button', {
      name: /^(Skip, look up customers only|Passer, rechercher des clients uniquement|Überspringen, nur Kunden suchen)$/,
    });
    await expect(this.searchButton.or(skip)).toBeVisible();
    if (await skip.isVisible()) await skip.click();
    await expect(this.searchButton).toBeVisible();
  }

  /** Any (the one box, the default), or the explicit Name and Postcode. */
  async by(mode: 'Any' | 'Name' | 'Postcode') {
    await this.page.getByRole('radio', { name: this.words.modes[mode], exact: true }).click();
  }

  /** Types on the on-screen keyboard, key by key, as on a till with no physical keyboard. */
  async tapKeys(text: string) {
    await this.keyboard.open();
    await this.keyboard.tap(text);
  }

  /** Types with a physical keyboard and presses Enter. */
  async typeAndEnter(text: string) {
    await this.input.fill(text);
    await this.input.press('Enter');
  }

  /** A customer in the results, by the text of their row. */
  row(name: string | RegExp): Locator {
    return this.results.getByRole('button', { name });
  }

  /** One of an ambiguous input's choices, by (part of) its name ("Search phone numbers"). */
  choice(name: string | RegExp): Locator {
    return this.ambiguity.getByRole('button', { name });
  }

  noMatch(term: string): Locator {
    return this.page.getByText(`No customers found for “${term}”`);
  }
}
