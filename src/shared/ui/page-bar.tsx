import type { ReactNode } from 'react';
import { useT } from '../i18n/messages';
import { Button } from './button';

/**
 * Where the cashier is in a list ("21–40 of 312", always in view) and the Previous/Next page
 * buttons, the same on every result list.
 */
export function PageBar({
  first,
  last,
  total,
  atStart,
  atEnd,
  onPrevious,
  onNext,
  busy,
  className = '',
}: {
  /** Zero-based, inclusive: the rows in view. */
  first: number;
  last: number;
  total: number;
  atStart: boolean;
  atEnd: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Said beside the figures while more rows load. */
  busy?: ReactNode;
  className?: string;
}) {
  const t = useT();
  return (
    <div className={`flex items-center gap-3 ${className}`}>
      <p aria-live="polite" className="flex-1 text-lg font-semibold text-slate-900">
        {total === 0
          ? t('ui.page.none')
          : t('ui.page.range', { first: first + 1, last: last + 1, total })}
        {busy && <span className="ml-3 text-base font-normal text-slate-600">{busy}</span>}
      </p>
      <Button onClick={onPrevious} disabled={atStart}>
        {t('ui.page.previous')}
      </Button>
      <Button onClick={onNext} disabled={atEnd}>
        {t('ui.page.next')}
      </Button>
    </div>
  );
}
