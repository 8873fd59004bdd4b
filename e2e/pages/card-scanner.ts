import type { Page } from '@playwright/test';

/**
 * A hardware card scanner: it types the card's digits as key events 40 ms apart, then Enter,
 * into whatever has focus. Scan once a screen is up: like a real scanner's, keys sent while the
 * till is still starting reach no listener and are lost.
 */
export class CardScanner {
  constructor(private readonly page: Page) {}

  /**
   * Playwright's keyboard stamps each key when it sends it, after the page has handled the one
   * before, so a busy page would see a slower "scanner" than any real one; CDP's timestamps
   * are the scanner's own clock, as the OS's are for a real device.
   */
  async scan(digits: string, gapMs = 40) {
    const cdp = await this.page.context().newCDPSession(this.page);
    let t = Date.now() / 1000;
    const press = async (key: string, code: string, keyCode: number, text?: string) => {
      t += gapMs / 1000;
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key,
        code,
        windowsVirtualKeyCode: keyCode,
        ...(text === undefined ? {} : { text }),
        timestamp: t,
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key,
        code,
        windowsVirtualKeyCode: keyCode,
        timestamp: t + 0.005,
      });
    };
    for (const ch of digits) await press(ch, `Digit${ch}`, ch.charCodeAt(0), ch);
    await press('Enter', 'Enter', 13, '\r');
    await cdp.detach();
  }

  /**
   * A magnetic-stripe reader's burst (any characters: track data such as `;6337…=2512…?`),
   * then Enter, on the same device clock as `scan`.
   */
  async swipe(text: string, gapMs = 30) {
    const cdp = await this.page.context().newCDPSession(this.page);
    let t = Date.now() / 1000;
    const press = async (key: string, extra: Record<string, unknown>) => {
      t += gapMs / 1000;
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, timestamp: t, ...extra });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp: t + 0.005 });
    };
    for (const ch of text) await press(ch, { text: ch });
    await press('Enter', { code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
    await cdp.detach();
  }
}
