import type { ReactNode } from 'react';
import type { KeyboardRegistration } from '../../shared/ui/keyboard-target';

const FIELD =
  'rounded-lg border-2 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none';

/** A labelled one-line text field the on-screen keyboard can type into. */
export function TextField({
  id,
  label,
  value,
  onChange,
  register,
  error,
  keyboardOpen,
  maxLength,
  inputMode = 'text',
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  register: KeyboardRegistration;
  error?: string | undefined;
  keyboardOpen: boolean;
  maxLength?: number;
  inputMode?: 'text' | 'numeric';
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-base font-semibold text-slate-800">
        {label}
      </label>
      <input
        {...register}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        inputMode={keyboardOpen ? 'none' : inputMode}
        autoComplete="off"
        className={`h-12 ${FIELD} ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <span id={`${id}-error`} className="text-base font-semibold text-red-800">
      {error}
    </span>
  ) : null;
}

/** A 48-px checkbox with its words beside it. */
export function Check({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="flex min-h-12 items-center gap-3 text-lg font-semibold text-slate-800">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-12 shrink-0 accent-blue-700"
      />
      <span>{children}</span>
    </label>
  );
}

export const fieldClass = FIELD;
