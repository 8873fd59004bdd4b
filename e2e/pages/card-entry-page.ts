import { expect, type Locator, type Page } from '@playwright/test';
import { NumericKeypad } from './keypads';

/** Check a card (`/card`): a card number typed on the keypad, or scanned. */
export class CardEntryPage {
  readonly heading: Locator;
  readonly cardNumber: Locator;
  readonly keypad: NumericKeypad;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Check a loyalty card' });
    this.cardNumber = page.getByRole('textbox', { name: 'Card number' });
    this.keypad = new NumericKeypad(page);
  }

  /**
   * Opens the screen and waits for its keypad. The screen is loaded on first use, so its
   * keypad shows only after the till has started and is listening for scans: `page.goto`
   * alone returns at the page's load event, before the till has read its configuration.
   */
  async goto() {
    await this.page.goto('/card');
    await expect(this.keypad.group).toBeVisible();
  }

  /** Types the card number on the keypad and taps Enter. */
  async typeOnKeypad(cardNumber: string) {
    await this.keypad.tap(cardNumber);
    await this.keypad.enter();
  }
}
