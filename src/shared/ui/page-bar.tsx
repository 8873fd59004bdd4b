import type { ReactNode } from 'react';
import { pageRangeLabel } from '../domain/paging';
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
  return (
    <div className={`flex items-center gap-3 ${className}`}>
      <p aria-live="polite" className="flex-1 text-lg font-semibold text-slate-900">
        {pageRangeLabel(first, last, total)}
        {busy && <span className="ml-3 text-base font-normal text-slate-600">{busy}</span>}
      </p>
      <Button onClick={onPrevious} disabled={atStart}>
        ◀ Previous page
      </Button>
      <Button onClick={onNext} disabled={atEnd}>
        Next page ▶
      </Button>
    </div>
  );
}
