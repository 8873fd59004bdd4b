import type { ReactNode } from 'react';

const TONES = {
  error: 'border-red-700 bg-red-50 text-red-950',
  warning: 'border-amber-600 bg-amber-50 text-amber-950',
} as const;

/** Something the cashier must read, what to do about it, and the buttons to do it. */
export function AlertPanel({
  tone,
  title,
  message,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  message: string;
  children: ReactNode;
}) {
  return (
    <div
      role="alert"
      className={`flex flex-col items-start gap-3 rounded-xl border-2 p-5 ${TONES[tone]}`}
    >
      <h2 className="text-xl font-bold">{title}</h2>
      <p className="text-lg">{message}</p>
      <div className="flex flex-wrap gap-3">{children}</div>
    </div>
  );
}
