import type { PointerEvent } from 'react';
import { useT } from '../i18n/messages';
import { Button } from './button';
import type { KeyboardAction } from './on-screen-keyboard';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const keepFocus = (event: PointerEvent) => event.preventDefault();

/**
 * Digits for card numbers and amounts, in the layout of a card terminal. `compact` drops the
 * Enter row (the screen's own button is the action) and keeps keys at 56 px, for panels.
 */
export function NumericKeypad({
  onAction,
  compact = false,
}: {
  onAction: (action: KeyboardAction) => void;
  compact?: boolean;
}) {
  const t = useT();
  const key = (
    label: string,
    action: KeyboardAction,
    face = label,
    variant: 'key' | 'primary' = 'key',
  ) => (
    <Button
      key={label}
      variant={variant}
      aria-label={label}
      className={`${compact ? 'h-14' : 'h-16'} w-full text-2xl`}
      onPointerDown={keepFocus}
      onClick={() => onAction(action)}
    >
      {face}
    </Button>
  );
  return (
    <div
      role="group"
      aria-label={t('ui.keypad.label')}
      className="grid w-full max-w-md grid-cols-3 gap-2 rounded-xl bg-slate-200 p-2"
    >
      {KEYS.map((k) => key(k, { type: 'insert', text: k }))}
      {key(t('ui.key.clear'), { type: 'clear' })}
      {key('0', { type: 'insert', text: '0' })}
      {key(t('ui.key.backspace'), { type: 'backspace' }, '⌫')}
      {!compact && (
        <div className="col-span-3">
          {key(t('ui.key.enter'), { type: 'enter' }, t('ui.key.enterFace'), 'primary')}
        </div>
      )}
    </div>
  );
}
