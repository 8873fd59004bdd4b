import { describe, expect, it } from 'vitest';
import { applyKeyboardAction } from './on-screen-keyboard';

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
