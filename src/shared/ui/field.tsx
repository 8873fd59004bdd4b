import type { ReactNode } from 'react';
import { useT } from '../i18n/messages';

/**
 * One labelled value in a details card (a <dt>/<dd> pair in its own <div>, the one wrapper a
 * <dl> may hold); `wide` spans both columns.
 */
export function Field({
  label,
  wide = false,
  children,
}: {
  label: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className={`flex flex-col gap-0.5 ${wide ? 'col-span-2' : ''}`}>
      <dt className="text-sm font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-xl text-slate-900">
        {children || <span className="text-slate-500">{t('ui.field.notOnFile')}</span>}
      </dd>
    </div>
  );
}

/** A card of labelled values, two to a row. */
export function DetailsCard({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl
      aria-label={label}
      className="grid grid-cols-2 gap-4 rounded-xl border-2 border-slate-300 bg-white p-5"
    >
      {children}
    </dl>
  );
}
