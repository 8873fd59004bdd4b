import { expect, type Locator, type Page } from '@playwright/test';
import { NumericKeypad } from './keypads';

/** A programme member's points (`/points/{customerNumber}`): figures, history, award, redeem. */
export class PointsPage {
  readonly heading: Locator;
  // The figures have no accessible names of their own on the screen.
  readonly balance: Locator;
  readonly openAuthorisations: Locator;
  readonly available: Locator;
  /** The history table's rows, its header row first. */
  readonly history: Locator;
  readonly redeemTab: Locator;
  /** The keypad of the open tab (award or redeem). */
  readonly keypad: NumericKeypad;
  readonly reference: Locator;
  readonly award: Locator;
  readonly redeem: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.balance = page.getByTestId('point-balance');
    this.openAuthorisations = page.getByTestId('open-authorisations');
    this.available = page.getByTestId('available-points');
    this.history = page.getByRole('table').getByRole('row');
    this.redeemTab = page.getByRole('tab', { name: 'Redeem points' });
    this.keypad = new NumericKeypad(page.getByRole('tabpanel'));
    this.reference = page.getByRole('textbox', { name: 'Reference' });
    this.award = page.getByRole('button', { name: 'Award points' });
    this.redeem = page.getByRole('button', { name: 'Redeem', exact: true });
  }

  /** Opens a member's screen once its figures are in. */
  async goto(customerNumber: string) {
    await this.page.goto(`/points/${encodeURIComponent(customerNumber)}`);
    await expect(this.balance).toBeVisible();
  }

  /** The balance chart, by the summary it gives as its name ("Balance over time: from …"). */
  chart(name: RegExp): Locator {
    return this.page.getByRole('img', { name });
  }

  /** Period filter (All, 30 days, 90 days, 12 months) and award reasons are radios. */
  async choose(option: string) {
    await this.page.getByRole('radio', { name: option }).click();
  }

  /** The reference the till fills in (its own unused id), once it has. */
  async tillReference(): Promise<string> {
    await expect(this.reference).toHaveValue(/^E2E-01-\d{13,}$/);
    return this.reference.inputValue();
  }
}
