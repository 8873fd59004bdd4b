import type { Locator } from '@playwright/test';

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

  constructor(within: Pick<Locator, 'getByRole'>) {
    this.group = within.getByRole('group', { name: 'On-screen keyboard' });
    this.toggle = within.getByRole('button', { name: 'Keyboard' });
  }

  async open() {
    if (!(await this.group.isVisible())) await this.toggle.click();
  }

  /** Taps the keys for `text` (the keyboard's keys are capitals; a space is Space). */
  async tap(text: string) {
    for (const ch of text.toUpperCase())
      await this.group
        .getByRole('button', { name: ch === ' ' ? 'Space' : ch, exact: true })
        .click();
  }
}
