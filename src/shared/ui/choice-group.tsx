import type { ReactNode } from 'react';

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly label: ReactNode;
  /** When the visible label is not the whole name (e.g. a sort direction arrow). */
  readonly ariaLabel?: string;
}

const LOOKS = {
  // One bar of buttons: a period, a sort column.
  segmented: {
    group: 'flex gap-1 rounded-lg bg-slate-200 p-1',
    option: 'rounded-md',
    on: 'bg-blue-700 text-white',
    off: 'text-slate-900 hover:bg-white',
  },
  // Separate chips: a title, a reason, a contact method.
  chips: {
    group: 'flex flex-wrap gap-1',
    option: 'rounded-lg border-2',
    on: 'border-blue-800 bg-blue-700 text-white',
    off: 'border-slate-300 bg-white text-slate-900',
  },
} as const;

/** A touch radio group: one choice of a few, every option a 48-px target. */
export function ChoiceGroup<V extends string>({
  label,
  value,
  options,
  onChange,
  look = 'chips',
  disabled = false,
  className = '',
  optionClassName = 'text-base',
}: {
  label: string;
  value: V | null;
  options: readonly ChoiceOption<V>[];
  onChange: (value: V) => void;
  look?: keyof typeof LOOKS;
  disabled?: boolean;
  className?: string;
  /** Sizes the options where the group is a screen's main choice. */
  optionClassName?: string;
}) {
  const style = LOOKS[look];
  return (
    <div role="radiogroup" aria-label={label} className={`${style.group} ${className}`}>
      {options.map((o) => (
        <button
          key={o.value || 'none'}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          aria-label={o.ariaLabel}
          disabled={disabled}
          onClick={() => onChange(o.value)}
          className={`min-h-12 min-w-12 px-3 font-semibold ${optionClassName} ${style.option} ${value === o.value ? style.on : style.off}`}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
