import type { Page, PageRequest } from '../../domain/paging';
import type { PagedAnswer } from './paged-array-list';
import { callOperation, type SoapEndpoint, type SoapOperation } from './soap-call';

/** A search operation: its criteria and the page wanted in, a list of rows out. */
export type PagedOperation<Criteria, Row> = SoapOperation<
  { readonly criteria: Criteria; readonly page: PageRequest },
  PagedAnswer<Row>
>;

/** How long a full answer from a server that ignores paging is reused for its later pages. */
export const UNPAGED_ANSWER_TTL_MS = 60_000;

/**
 * Whether the server paged as asked. [S002]'s own examples answer with every row and zeros in
 * the paging attributes, and [S000] documents no paging element for the customer searches, so
 * a server may ignore `pageInfo`: then it sent everything (more rows than asked for, or rows
 * with no total), or it answered a later page from the start.
 */
export function serverPaged(answer: PagedAnswer<unknown>, page: PageRequest): boolean {
  const { rows, paging } = answer;
  if (rows.length > page.count) return false;
  if (rows.length > 0 && paging.totalRows === 0) return false;
  return !(page.offset > 0 && paging.currentRowOffset === 0 && paging.rowsPerPage === 0);
}

/** One page of an answer: as the server paged it, or sliced from an unpaged one. */
export function pageOf<Row>(answer: PagedAnswer<Row>, page: PageRequest): Page<Row> {
  if (serverPaged(answer, page)) {
    return {
      rows: answer.rows,
      offset: page.offset,
      total: Math.max(answer.paging.totalRows, page.offset + answer.rows.length),
      pagedBy: 'server',
    };
  }
  return {
    rows: answer.rows.slice(page.offset, page.offset + page.count),
    offset: page.offset,
    total: answer.rows.length,
    pagedBy: 'client',
  };
}

/**
 * The one way every service pages a search. A server that pages is trusted; one that sends
 * everything is paged here, and its full answer is kept for a minute (one per search
 * operation) so paging through it does not download it again.
 */
export function createPagedCall<Criteria, Row>(
  endpoint: SoapEndpoint,
  op: PagedOperation<Criteria, Row>,
  /** Identifies a search (every criterion, sort included): the key of the kept answer. */
  keyOf: (criteria: Criteria) => string,
  now: () => number = Date.now,
): (criteria: Criteria, page: PageRequest, signal?: AbortSignal) => Promise<Page<Row>> {
  let kept: { key: string; answer: PagedAnswer<Row>; at: number } | null = null;
  return async (criteria, page, signal) => {
    const key = keyOf(criteria);
    if (kept && kept.key === key && now() - kept.at < UNPAGED_ANSWER_TTL_MS) {
      return pageOf(kept.answer, page);
    }
    const answer = await callOperation(endpoint, op, { criteria, page }, signal);
    if (!serverPaged(answer, page)) kept = { key, answer, at: now() };
    return pageOf(answer, page);
  };
}
