export interface PageRequest {
  /** Zero-based index of the first row wanted. */
  readonly offset: number;
  readonly count: number;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly offset: number;
  /** Rows matching the search in all. */
  readonly total: number;
  /** 'server' when the server paged, 'client' when it sent everything and we sliced. */
  readonly pagedBy: 'server' | 'client';
}

/** "21–40 of 312"-style figures for the rows at [first, last] (zero-based, inclusive). */
export function pageRangeLabel(first: number, last: number, total: number): string {
  if (total === 0) return 'No results';
  return `${(first + 1).toLocaleString('en-GB')}–${(last + 1).toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`;
}
