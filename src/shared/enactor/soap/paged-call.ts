import type { Page, PageRequest } from '../../domain/paging';
import type { PagedAnswer } from './paged-array-list';
import { callOperation, type SoapEndpoint, type SoapOperation } from './soap-call';

/** What a search sends: its criteria and the page wanted. */
export interface PagedInput<Criteria> {
  readonly criteria: Criteria;
  readonly page: PageRequest;
}

/**
 * A search operation: its criteria and the page wanted in, a list of rows out, and `Extra`,
 * what the answer carries beside the list (a summary of every match, the outcome), if any.
 */
export type PagedOperation<Criteria, Row, Extra extends object = object> = SoapOperation<
  PagedInput<Criteria>,
  PagedAnswer<Row> & Extra
>;

/** One page of a search, and whatever its answer carried beside the list, as it came. */
export type PagedResult<Answer> =
  Answer extends PagedAnswer<infer Row> ? Page<Row> & Omit<Answer, 'rows' | 'paging'> : never;

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
export function createPagedCall<Criteria, Answer extends PagedAnswer<unknown>>(
  endpoint: SoapEndpoint,
  op: SoapOperation<PagedInput<Criteria>, Answer>,
  /** Identifies a search (every criterion, sort included): the key of the kept answer. */
  keyOf: (criteria: Criteria) => string,
  now: () => number = Date.now,
): (criteria: Criteria, page: PageRequest, signal?: AbortSignal) => Promise<PagedResult<Answer>> {
  let kept: { key: string; answer: Answer; at: number } | null = null;
  return async (criteria, page, signal) => {
    const key = keyOf(criteria);
    if (kept && kept.key === key && now() - kept.at < UNPAGED_ANSWER_TTL_MS) {
      return resultOf(kept.answer, page);
    }
    const answer = await callOperation(endpoint, op, { criteria, page }, signal);
    if (!serverPaged(answer, page)) kept = { key, answer, at: now() };
    return resultOf(answer, page);
  };
}

/** The page wanted, with what the answer carried beside its list (a summary) passed on whole. */
function resultOf<Answer extends PagedAnswer<unknown>>(
  answer: Answer,
  page: PageRequest,
): PagedResult<Answer> {
  const beside = Object.fromEntries(
    Object.entries(answer).filter(([name]) => name !== 'rows' && name !== 'paging'),
  );
  return { ...beside, ...pageOf(answer, page) } as PagedResult<Answer>;
}
