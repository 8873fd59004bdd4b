import { expect, type Locator } from '@playwright/test';
import { WORDS, type Language } from './words';

/**
 * The numeric keypad (card numbers, points, amounts), wherever a screen shows one: pass the
 * part of the screen it sits in when a screen could show more than one.
 */
export class NumericKeypad {
  readonly group: Locator;

  constructor(within: Pick<Locator, 'getByRole'>) {
    this.group = within.getByRole('group', { name: 'Numeric keypad' });
  }

  /** Taps each digit in turn, as a cashier's finger does. */
  async tap(digits: string) {
    for (const digit of digits)
      await this.group.getByRole('button', { name: digit, exact: true }).click();
  }

  async enter() {
    await this.group.getByRole('button', { name: 'Enter' }).click();
  }
}

/** The on-screen keyboard for names and addresses, opened with the screen's Keyboard button. */
export class OnScreenKeyboard {
  readonly group: Locator;
  readonly toggle: Locator;
  private readonly words;

  constructor(
    private readonly within: Pick<Locator, 'getByRole'>,
    language: Language = 'en-GB',
  ) {
    this.words = WORDS[language].keyboard;
    this.group = within.getByRole('group', { name: this.words.group });
    this.toggle = within.getByRole('button', { name: this.words.toggle });
  }

  key(name: string): Locator {
    return this.group.getByRole('button', { name, exact: true });
  }

  /** Holds a letter's key down for its accents and taps one: `accent('E', 'É')`. */
  async accent(letter: string, accented: string) {
    await this.key(letter).dispatchEvent('pointerdown');
    const menu = this.within.getByRole('menu', { name: this.words.accents(letter) });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: accented, exact: true }).click();
    await expect(menu).toBeHidden();
  }

  async open() {
    if (!(await this.group.isVisible())) await this.toggle.click();
  }

  /** Taps the keys for `text` (the keyboard's keys are capitals; a space is Space). */
  async tap(text: string) {
    for (const ch of text.toUpperCase()) await this.key(ch === ' ' ? this.words.space : ch).click();
  }
}
