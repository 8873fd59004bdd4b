import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'ghost' | 'key';

const VARIANTS: Record<Variant, string> = {
  primary:
    'bg-blue-700 text-white hover:bg-blue-800 active:bg-blue-900 disabled:bg-slate-400 disabled:text-slate-100',
  secondary:
    'bg-white text-slate-900 border-2 border-slate-300 hover:bg-slate-50 active:bg-slate-200 disabled:text-slate-400 disabled:border-slate-200',
  ghost: 'bg-transparent text-blue-800 hover:bg-blue-50 active:bg-blue-100 disabled:text-slate-400',
  key: 'bg-white text-slate-900 border border-slate-300 shadow-sm active:bg-slate-200 active:shadow-none',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

/** Every button is at least 48x48 CSS px: thumbs on a till all day. */
export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-12 min-w-12 select-none items-center justify-center gap-2 rounded-lg px-4 text-lg font-semibold transition-colors focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-blue-500 disabled:cursor-not-allowed ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
