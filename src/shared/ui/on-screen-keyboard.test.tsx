// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activateLanguage, i18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/messages';
import { casedKey } from './keyboard-target';
import {
  applyKeyboardAction,
  HOLD_MS,
  layoutFor,
  OnScreenKeyboard,
  type KeyboardAction,
  type KeyboardLayout,
} from './on-screen-keyboard';

describe('applyKeyboardAction', () => {
  it('inserts at the caret and replaces a selection', () => {
    expect(applyKeyboardAction('ac', { start: 1, end: 1 }, { type: 'insert', text: 'b' })).toEqual({
      value: 'abc',
      caret: 2,
    });
    expect(
      applyKeyboardAction('axxd', { start: 1, end: 3 }, { type: 'insert', text: 'bc' }),
    ).toEqual({ value: 'abcd', caret: 3 });
  });

  it('backspaces whole characters, including emoji', () => {
    expect(applyKeyboardAction('Zoë😀', { start: 5, end: 5 }, { type: 'backspace' })).toEqual({
      value: 'Zoë',
      caret: 3,
    });
    expect(applyKeyboardAction('abc', { start: 0, end: 0 }, { type: 'backspace' })).toEqual({
      value: 'abc',
      caret: 0,
    });
    expect(applyKeyboardAction('abc', { start: 0, end: 2 }, { type: 'backspace' })).toEqual({
      value: 'c',
      caret: 0,
    });
  });

  it('clears', () => {
    expect(applyKeyboardAction('abc', { start: 1, end: 1 }, { type: 'clear' })).toEqual({
      value: '',
      caret: 0,
    });
  });
});

describe('OnScreenKeyboard', () => {
  beforeAll(() => activateLanguage('en-GB'));
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function keyboard(layout?: KeyboardLayout) {
    const typed: KeyboardAction[] = [];
    render(
      <I18nProvider i18n={i18n}>
        <OnScreenKeyboard onAction={(a) => typed.push(a)} layout={layout} />
      </I18nProvider>,
    );
    const board = screen.getByRole('group', { name: i18n._('ui.keyboard.label') });
    const key = (name: string) => within(board).getByRole('button', { name });
    return { typed, board, key };
  }

  it('types capitals the field then cases; Shift gives one capital, Caps lock every one', () => {
    const { typed, key } = keyboard();
    fireEvent.click(key('A'));
    fireEvent.click(key('Shift'));
    expect(key('Shift').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(key('B'));
    fireEvent.click(key('C'));
    expect(key('Shift').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(key('Caps lock'));
    fireEvent.click(key('D'));
    fireEvent.click(key('E'));
    fireEvent.click(key('Caps lock'));
    fireEvent.click(key('F'));
    expect(typed).toEqual([
      { type: 'insert', text: 'A' },
      { type: 'insert', text: 'B', shift: true },
      { type: 'insert', text: 'C' },
      { type: 'insert', text: 'D', shift: true },
      { type: 'insert', text: 'E', shift: true },
      { type: 'insert', text: 'F' },
    ]);
  });

  it('keeps word capitals and shifted capitals in a name field', () => {
    const name = (keys: { text: string; shift?: boolean }[]) =>
      keys.reduce((v, k) => v + casedKey(k.text, v, 'words', k.shift), '');
    expect(name([..."O'BRIEN-SMITH"].map((text) => ({ text })))).toBe("O'Brien-Smith");
    expect(name([...'MCDONALD'].map((text, i) => ({ text, shift: i === 2 })))).toBe('McDonald');
    expect(casedKey('É', 'Zo', 'words')).toBe('é');
    expect(casedKey('ß', 'SG1', 'upper')).toBe('ß');
    expect(casedKey('E', 'zoe@', 'lower', true)).toBe('e');
  });

  it('opens accents on a held press and types the one picked, not the plain letter', () => {
    vi.useFakeTimers();
    const { typed, key } = keyboard();
    fireEvent.pointerDown(key('E'));
    act(() => vi.advanceTimersByTime(HOLD_MS));
    fireEvent.pointerUp(key('E'));
    fireEvent.click(key('E'));
    const menu = screen.getByRole('menu', { name: 'Accents for E' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((b) => b.textContent),
    ).toEqual([...'ÉÈÊËĘĖ']);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Ë' }));
    expect(typed).toEqual([{ type: 'insert', text: 'Ë' }]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('a short press types the letter and opens nothing', () => {
    vi.useFakeTimers();
    const { typed, key } = keyboard();
    fireEvent.pointerDown(key('E'));
    act(() => vi.advanceTimersByTime(HOLD_MS - 100));
    fireEvent.pointerUp(key('E'));
    fireEvent.click(key('E'));
    act(() => vi.advanceTimersByTime(HOLD_MS));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(typed).toEqual([{ type: 'insert', text: 'E' }]);
  });

  it('opens accents from the keyboard: ArrowUp, arrows to move, Enter to pick, Escape to close', () => {
    const { typed, key } = keyboard();
    fireEvent.keyDown(key('O'), { key: 'ArrowUp' });
    const menu = screen.getByRole('menu', { name: 'Accents for O' });
    expect(document.activeElement?.textContent).toBe('Ô');
    fireEvent.keyDown(menu, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Ö');
    fireEvent.keyDown(menu, { key: 'ArrowLeft' });
    fireEvent.keyDown(menu, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Œ');
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(key('O'));
    fireEvent.keyDown(key('O'), { key: 'ArrowUp' });
    fireEvent.click(document.activeElement as HTMLElement);
    expect(typed).toEqual([{ type: 'insert', text: 'Ô' }]);
  });

  it('lays keys out by locale: QWERTY, AZERTY, QWERTZ with umlauts and ß', () => {
    expect([
      layoutFor('en-GB'),
      layoutFor('fr-FR'),
      layoutFor('fr-BE'),
      layoutFor('de-DE'),
    ]).toEqual(['qwerty', 'azerty', 'azerty', 'qwertz']);
    const rows = (layout: KeyboardLayout) => {
      const { board } = keyboard(layout);
      const text = [...board.children]
        .slice(1, 3)
        .map((row) =>
          [...row.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')).join(''),
        );
      cleanup();
      return text;
    };
    expect(rows('qwerty')).toEqual(['QWERTYUIOP', "Caps lockASDFGHJKL'"]);
    expect(rows('azerty')).toEqual(['AZERTYUIOP', 'Caps lockQSDFGHJKLM']);
    expect(rows('qwertz')).toEqual(['QWERTZUIOPÜ', 'Caps lockASDFGHJKLÖÄ']);
    const { key } = keyboard('qwertz');
    expect(key('ß')).toBeTruthy();
  });

  it('follows the active language when no layout is given', async () => {
    await activateLanguage('de-DE');
    const { key } = keyboard();
    expect(
      key('Z').compareDocumentPosition(key('U')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(key('Umschalt')).toBeTruthy();
    await activateLanguage('en-GB');
  });
});
