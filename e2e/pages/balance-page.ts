import { expect, type Locator, type Page } from '@playwright/test';
import { NumericKeypad } from './keypads';

/** The sale panel of a balance screen: points on its keypad, then Complete sale. */
export class SalePanel {
  readonly region: Locator;
  readonly keypad: NumericKeypad;
  readonly complete: Locator;
  readonly nextSale: Locator;
  /** The transaction id the till has taken for this sale (its idempotency key). */
  readonly transactionId: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Complete a sale' });
    this.keypad = new NumericKeypad(this.region);
    this.complete = page.getByRole('button', { name: 'Complete sale' });
    this.nextSale = page.getByRole('button', { name: 'Next sale' });
    // The screen gives the id no accessible name of its own.
    this.transactionId = page.getByTestId('transaction-id');
  }
}

/** The balance of an account (`/accounts/{id}`) or of a scanned card (`/balance`). */
export class BalancePage {
  /** "6,028 points" (the screen gives the figure no accessible name of its own). */
  readonly amount: Locator;
  readonly heading: Locator;
  /** The values of the Account and Customer cards (tier, scheme, masked card, e-mail …). */
  readonly details: Locator;
  /** "1 update for this account not yet applied". */
  readonly pendingNote: Locator;
  readonly sale: SalePanel;

  constructor(readonly page: Page) {
    this.amount = page.getByTestId('balance');
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.getByRole('definition');
    this.pendingNote = page.getByRole('note');
    this.sale = new SalePanel(page);
  }

  /**
   * Opens an account's balance screen once its balance and the sale's transaction id are in;
   * returns the balance shown.
   */
  async gotoAccount(accountId: string): Promise<number> {
    await this.page.goto(`/accounts/${encodeURIComponent(accountId)}`);
    await expect(this.amount).toHaveText(/ points$/);
    await expect(this.sale.transactionId).toHaveText(/^\d{13,}$/);
    return Number((await this.amount.textContent())!.replace(/\D/g, ''));
  }

  /** The page's heading with this exact name. */
  titled(name: string): Locator {
    return this.page.getByRole('heading', { name });
  }
}
