import { useCallback, useState } from 'react';
import { applyKeyboardAction, type KeyboardAction } from './on-screen-keyboard';

const normalise = (text: string, maxLength: number) =>
  text
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, maxLength);

/** Whole-number entry from a keypad or a keyboard: digits only, no leading zeros. */
export function useDigitEntry(maxLength = 7) {
  const [digits, setDigitsRaw] = useState('');
  const setDigits = useCallback(
    (text: string) => setDigitsRaw(normalise(text, maxLength)),
    [maxLength],
  );
  /** A keypad key; Enter is the caller's to handle. */
  const press = useCallback(
    (action: Exclude<KeyboardAction, { type: 'enter' }>) =>
      setDigitsRaw((d) =>
        normalise(
          applyKeyboardAction(d, { start: d.length, end: d.length }, action).value,
          maxLength,
        ),
      ),
    [maxLength],
  );
  return { digits, value: digits === '' ? 0 : Number(digits), setDigits, press };
}

/** A labelled amount filled from the on-screen keypad (no system keyboard pops up). */
export function DigitField({
  label,
  digits,
  onChange,
  readOnly = false,
  invalid = false,
}: {
  label: string;
  digits: string;
  onChange: (text: string) => void;
  readOnly?: boolean;
  invalid?: boolean;
}) {
  return (
    <label className="flex min-w-0 flex-1 flex-col gap-1">
      <span className="text-base font-semibold text-slate-800">{label}</span>
      <input
        value={digits}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        inputMode="none"
        autoComplete="off"
        aria-invalid={invalid}
        className="h-14 w-full rounded-lg border-2 border-slate-400 bg-white px-4 font-mono text-2xl focus:border-blue-700 focus:outline-none"
      />
    </label>
  );
}
