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
