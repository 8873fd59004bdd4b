import { memo, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT, useTillLocale } from '../i18n/messages';
import { Button } from './button';

export type KeyboardAction =
  /** `shift`: the cashier asked for a capital (Shift or Caps lock), so no field lowers it. */
  | { readonly type: 'insert'; readonly text: string; readonly shift?: boolean }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' }
  | { readonly type: 'enter' };

export type KeyboardLayout = 'qwerty' | 'azerty' | 'qwertz';

/** Keycaps in capitals, as on a physical keyboard: each field gives letters its own case. */
export const LAYOUTS: Record<KeyboardLayout, readonly string[]> = {
  qwerty: ['1234567890', 'QWERTYUIOP', "ASDFGHJKL'", 'ZXCVBNM-.'],
  azerty: ['1234567890', 'AZERTYUIOP', 'QSDFGHJKLM', "WXCVBN'-."],
  qwertz: ['1234567890ß', 'QWERTZUIOPÜ', 'ASDFGHJKLÖÄ', "YXCVBNM'-."],
};

/** The layout a till's locale types on: French AZERTY, German QWERTZ, else UK QWERTY. */
export function layoutFor(locale: string): KeyboardLayout {
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  return language === 'fr' ? 'azerty' : language === 'de' ? 'qwertz' : 'qwerty';
}

/** Press and hold a key for these (the letters of Europe's names and streets). */
export const ACCENTS: Readonly<Record<string, string>> = {
  A: 'ÀÂÄÁÅÆÃ',
  C: 'ÇĆČ',
  E: 'ÉÈÊËĘĖ',
  I: 'ÎÏÍÌ',
  N: 'ÑŃ',
  O: 'ÔÖÓÒØÕŒ',
  U: 'ÙÛÜÚ',
  Y: 'ŸÝ',
  S: 'ẞŚŠ',
  Z: 'ŽŹŻ',
  L: 'Ł',
};

/** How long a press must last to open a key's accents. */
export const HOLD_MS = 450;

type Shift = 'off' | 'once' | 'lock';

// Keep focus (and the caret) in the field being typed into.
const keepFocus = (event: PointerEvent) => event.preventDefault();

/**
 * The touchscreen's keyboard: tills often have no physical one. Keys are buttons named by
 * what they type, so a screen reader and Playwright find them the same way. Shift gives one
 * capital, Caps lock capitals until it is tapped again; holding a letter (or ArrowUp on a
 * focused key) opens its accented letters.
 */
// Memoised: the field it types into re-renders on every key, the keyboard need not.
export const OnScreenKeyboard = memo(function OnScreenKeyboard({
  onAction,
  extraKeys = '',
  layout,
  compact = false,
}: {
  onAction: (action: KeyboardAction) => void;
  /** Keys added to the last letter row, e.g. "@_" where e-mail addresses are typed. */
  extraKeys?: string;
  /** Default: the till's locale (layoutFor). */
  layout?: KeyboardLayout;
  /** 48-px keys below the xl width (a 768-px-high till), where the form above needs room. */
  compact?: boolean;
}) {
  const height = compact ? 'h-12 xl:h-16' : 'h-14 xl:h-16';
  const KEY = `${height} flex-1 px-0 text-xl touch-manipulation`;
  const t = useT();
  const tillLocale = useTillLocale();
  const rows = LAYOUTS[layout ?? layoutFor(tillLocale)];
  const [shift, setShift] = useState<Shift>('off');
  const [open, setOpen] = useState<{
    key: string;
    element: HTMLElement;
    left: number;
    top: number;
    byKeyboard: boolean;
  } | null>(null);
  const board = useRef<HTMLDivElement>(null);
  const hold = useRef<{ timer: ReturnType<typeof setTimeout> | null; fired: boolean }>({
    timer: null,
    fired: false,
  });
  useEffect(() => () => clearTimeout(hold.current.timer ?? undefined), []);

  const type = (text: string) => {
    onAction({ type: 'insert', text, ...(shift === 'off' ? {} : { shift: true }) });
    if (shift === 'once') setShift('off');
    setOpen(null);
  };
  const openAccents = (key: string, element: HTMLElement, byKeyboard: boolean) => {
    const box = board.current?.getBoundingClientRect();
    const at = element.getBoundingClientRect();
    const left = at.left - (box?.left ?? 0);
    setOpen({ key, element, left, top: at.top - (box?.top ?? 0), byKeyboard });
  };
  const stopHold = () => {
    if (hold.current.timer !== null) clearTimeout(hold.current.timer);
    hold.current.timer = null;
  };

  const letter = (key: string) => {
    const accents = ACCENTS[key];
    return (
      <Button
        key={key}
        variant="key"
        aria-label={key}
        aria-haspopup={accents ? 'menu' : undefined}
        aria-expanded={accents ? open?.key === key : undefined}
        className={KEY}
        onPointerDown={(event) => {
          keepFocus(event);
          setOpen(null);
          hold.current.fired = false;
          if (!accents) return;
          const element = event.currentTarget;
          stopHold();
          hold.current.timer = setTimeout(() => {
            hold.current.fired = true;
            openAccents(key, element, false);
          }, HOLD_MS);
        }}
        onPointerUp={stopHold}
        onPointerLeave={stopHold}
        onPointerCancel={stopHold}
        onContextMenu={(event) => event.preventDefault()}
        onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
          if (accents && event.key === 'ArrowUp') {
            event.preventDefault();
            openAccents(key, event.currentTarget, true);
          }
        }}
        onClick={() => {
          // The press that opened the accents does not also type the plain letter.
          if (hold.current.fired) hold.current.fired = false;
          else type(key);
        }}
      >
        {key}
      </Button>
    );
  };

  const toggle = (to: Exclude<Shift, 'off'>) => setShift((s) => (s === to ? 'off' : to));
  const modifier = (which: Exclude<Shift, 'off'>) => (
    <Button
      key={which}
      variant="key"
      aria-label={which === 'once' ? t('ui.key.shift') : t('ui.key.capsLock')}
      aria-pressed={shift === which}
      className={`${KEY} flex-[1.5] ${shift === which ? 'bg-blue-100 ring-2 ring-blue-700' : ''}`}
      onPointerDown={keepFocus}
      onClick={() => toggle(which)}
    >
      {which === 'once' ? '⇧' : '⇪'}
    </Button>
  );

  const bottom = [
    {
      label: t('ui.key.clear'),
      face: t('ui.key.clear'),
      width: 'flex-[1.5]',
      action: { type: 'clear' },
    },
    {
      label: t('ui.key.space'),
      face: t('ui.key.space'),
      width: 'flex-[5]',
      action: { type: 'insert', text: ' ' },
    },
    { label: t('ui.key.backspace'), face: '⌫', width: 'flex-[1.5]', action: { type: 'backspace' } },
    {
      label: t('ui.key.enter'),
      face: t('ui.key.enterFace'),
      width: 'flex-[2]',
      action: { type: 'enter' },
    },
  ] as const;

  const last = rows.length - 1;
  return (
    <div
      ref={board}
      role="group"
      aria-label={t('ui.keyboard.label')}
      className="relative flex select-none flex-col gap-1.5 rounded-xl bg-slate-200 p-2 [-webkit-touch-callout:none]"
    >
      {rows.map((row, i) => (
        <div key={row} className="flex justify-center gap-1.5">
          {i === last - 1 && modifier('lock')}
          {i === last && modifier('once')}
          {[...(i === last ? `${row}${extraKeys}` : row)].map(letter)}
        </div>
      ))}
      <div className="flex justify-center gap-1.5">
        {bottom.map((key) => (
          <Button
            key={key.label}
            variant={key.action.type === 'enter' ? 'primary' : 'key'}
            aria-label={key.label}
            className={`${height} ${key.width}`}
            onPointerDown={keepFocus}
            onClick={() => {
              if (key.action.type === 'insert') type(key.action.text);
              else onAction(key.action);
            }}
          >
            {key.face}
          </Button>
        ))}
      </div>
      {open && (
        <AccentMenu
          label={t('ui.keyboard.accents', { letter: open.key })}
          letters={ACCENTS[open.key] ?? ''}
          left={open.left}
          top={open.top}
          focusFirst={open.byKeyboard}
          onPick={type}
          onClose={() => {
            if (open.byKeyboard) open.element.focus();
            setOpen(null);
          }}
        />
      )}
    </div>
  );
});

/** The accented letters of one key, over the keyboard; arrows move, Escape closes. */
function AccentMenu({
  label,
  letters,
  left,
  top,
  focusFirst,
  onPick,
  onClose,
}: {
  label: string;
  letters: string;
  left: number;
  top: number;
  /** Opened from the keyboard: focus goes into the menu (a touch leaves it in the field). */
  focusFirst: boolean;
  onPick: (letter: string) => void;
  onClose: () => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    if (focusFirst)
      menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus({
        preventScroll: true,
      });
    // A tap anywhere else closes it.
    const outside = (event: globalThis.PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [focusFirst]);
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      onKeyDown={move}
      style={{ left: Math.max(0, left - 8), top: Math.max(0, top - 72) }}
      className="absolute z-10 flex gap-1.5 rounded-xl bg-slate-800 p-2 shadow-xl"
    >
      {[...letters].map((letter) => (
        <button
          key={letter}
          type="button"
          role="menuitem"
          aria-label={letter}
          onPointerDown={keepFocus}
          onClick={() => onPick(letter)}
          className="min-h-14 min-w-14 rounded-lg bg-white text-2xl font-semibold text-slate-900 focus-visible:outline-4 focus-visible:outline-blue-400 active:bg-slate-200"
        >
          {letter}
        </button>
      ))}
    </div>
  );
}

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
