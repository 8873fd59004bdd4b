import { useCallback, useEffect, useRef } from 'react';
import { applyKeyboardAction, type KeyboardAction } from './on-screen-keyboard';

/** How a field wants the on-screen keyboard's capitals: names and towns get word capitals. */
export type Casing = 'words' | 'lower' | 'upper' | 'as-typed';

/** The on-screen keyboard types capitals; this gives each field the case it wants. */
function casedKey(text: string, before: string, casing: Casing): string {
  switch (casing) {
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'as-typed':
      return text;
    case 'words':
      return before === '' || /[\s'-]$/.test(before) ? text : text.toLowerCase();
  }
}

/**
 * Routes the on-screen keyboard to whichever registered field last had focus, at its caret;
 * Enter moves on to the next field, as Tab would, and on the last field calls `onEnter`
 * (a search submits).
 */
export function useKeyboardTarget<F extends string>(options: {
  get: (field: F) => string;
  set: (field: F, value: string) => void;
  casing: (field: F) => Casing;
  onEnter?: () => void;
}) {
  // The latest options, so the keyboard's handler can stay the same function between renders
  // (the keyboard is memoised: it need not redraw at every key).
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const active = useRef<F | null>(null);
  const inputs = useRef(new Map<F, HTMLInputElement | HTMLTextAreaElement>());
  const order = useRef<F[]>([]);

  const register = (field: F) => ({
    ref: (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      if (element) {
        inputs.current.set(field, element);
        if (!order.current.includes(field)) order.current.push(field);
      } else inputs.current.delete(field);
    },
    onFocus: () => {
      active.current = field;
    },
  });

  const onAction = useCallback((action: KeyboardAction) => {
    const options = latest.current;
    const field = active.current ?? order.current[0];
    if (field === undefined) return;
    const input = inputs.current.get(field);
    if (action.type === 'enter') {
      const next = order.current[order.current.indexOf(field) + 1];
      if (next !== undefined) inputs.current.get(next)?.focus();
      else options.onEnter?.();
      return;
    }
    const value = options.get(field);
    const selection = {
      start: input?.selectionStart ?? value.length,
      end: input?.selectionEnd ?? value.length,
    };
    const applied = applyKeyboardAction(
      value,
      selection,
      action.type === 'insert'
        ? {
            ...action,
            text: casedKey(action.text, value.slice(0, selection.start), options.casing(field)),
          }
        : action,
    );
    options.set(field, applied.value);
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(applied.caret, applied.caret);
    });
  }, []);

  return { register, onAction };
}
