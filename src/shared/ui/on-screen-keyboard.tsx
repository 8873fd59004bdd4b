import { memo, type PointerEvent } from 'react';
import { Button } from './button';

export type KeyboardAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' }
  | { readonly type: 'enter' };

const ROWS = ['1234567890', 'QWERTYUIOP', "ASDFGHJKL'", 'ZXCVBNM-.'];

const BOTTOM_ROW: readonly {
  label: string;
  face: string;
  width: string;
  action: KeyboardAction;
}[] = [
  { label: 'Clear', face: 'Clear', width: 'flex-[1.5]', action: { type: 'clear' } },
  { label: 'Space', face: 'Space', width: 'flex-[5]', action: { type: 'insert', text: ' ' } },
  { label: 'Backspace', face: '⌫', width: 'flex-[1.5]', action: { type: 'backspace' } },
  { label: 'Enter', face: 'Enter ⏎', width: 'flex-[2]', action: { type: 'enter' } },
];

// Keep focus (and the caret) in the field being typed into.
const keepFocus = (event: PointerEvent) => event.preventDefault();

/**
 * The touchscreen's keyboard: tills often have no physical one. Keys are buttons named by
 * what they type, so a screen reader and Playwright find them the same way.
 */
// Memoised: the field it types into re-renders on every key, the keyboard need not.
export const OnScreenKeyboard = memo(function OnScreenKeyboard({
  onAction,
  extraKeys = '',
  compact = false,
}: {
  onAction: (action: KeyboardAction) => void;
  /** Keys added to the last letter row, e.g. "@_" where e-mail addresses are typed. */
  extraKeys?: string;
  /** 48-px keys below the xl width (a 768-px-high till), where the form above needs room. */
  compact?: boolean;
}) {
  const height = compact ? 'h-12 xl:h-16' : 'h-14 xl:h-16';
  const rows = extraKeys ? [...ROWS.slice(0, -1), `${ROWS[ROWS.length - 1]}${extraKeys}`] : ROWS;
  return (
    <div
      role="group"
      aria-label="On-screen keyboard"
      className="flex flex-col gap-1.5 rounded-xl bg-slate-200 p-2"
    >
      {rows.map((row) => (
        <div key={row} className="flex justify-center gap-1.5">
          {[...row].map((key) => (
            <Button
              key={key}
              variant="key"
              aria-label={key}
              className={`${height} flex-1 px-0 text-xl`}
              onPointerDown={keepFocus}
              onClick={() => onAction({ type: 'insert', text: key })}
            >
              {key}
            </Button>
          ))}
        </div>
      ))}
      <div className="flex justify-center gap-1.5">
        {BOTTOM_ROW.map((key) => (
          <Button
            key={key.label}
            variant={key.action.type === 'enter' ? 'primary' : 'key'}
            aria-label={key.label}
            className={`${height} ${key.width}`}
            onPointerDown={keepFocus}
            onClick={() => onAction(key.action)}
          >
            {key.face}
          </Button>
        ))}
      </div>
    </div>
  );
});

/** Applies a keyboard action to a text field's value at its selection; returns the new caret. */
export function applyKeyboardAction(
  value: string,
  selection: { start: number; end: number },
  action: Exclude<KeyboardAction, { type: 'enter' }>,
): { value: string; caret: number } {
  const { start, end } = selection;
  switch (action.type) {
    case 'insert':
      return {
        value: value.slice(0, start) + action.text + value.slice(end),
        caret: start + action.text.length,
      };
    case 'backspace': {
      if (start !== end) return { value: value.slice(0, start) + value.slice(end), caret: start };
      if (start === 0) return { value, caret: 0 };
      // Remove a whole emoji or accented letter, not half of a surrogate pair.
      const before = [...value.slice(0, start)];
      before.pop();
      const head = before.join('');
      return { value: head + value.slice(end), caret: head.length };
    }
    case 'clear':
      return { value: '', caret: 0 };
  }
}
