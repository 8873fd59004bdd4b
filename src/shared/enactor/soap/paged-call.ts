import type { Page, PageRequest } from '../../domain/paging';
import type { PagedAnswer } from './paged-array-list';
import {
  answerReader,
  exchange,
  settle,
  textOf,
  type Answer as Decoded,
  type SoapEndpoint,
  type SoapOperation,
} from './soap-call';

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
 * Answers at least this long are decoded by the endpoint's off-thread decoder. Measured in
 * Chromium at 4x CPU slowdown (the tree decode on the main thread, mean of many): 66 KB
 * (a 50-row page) 3-4 ms, 261 KB 8-18 ms, 500 KB 16-18 ms, 1 MB 37-43 ms. Below 512 KB a
 * decode here stays well under the 50 ms of a long task and needs no round trip to a worker.
 */
export const OFF_THREAD_BYTES = 512 * 1024;

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

/** How to forget each full answer kept now (only calls holding one are listed). */
const keptAnswers = new Set<() => void>();

/**
 * Forgets every full answer kept for paging: they are search results (names, addresses), and
 * the till clears the customer (idle, next customer, sign-off) without waiting for the minute.
 */
export function forgetUnpagedAnswers(): void {
  for (const forget of [...keptAnswers]) forget();
}

/**
 * Calls a search. A large answer goes to the endpoint's off-thread decoder (which reads it
 * with this operation's own codec, see `decode-worker/`); a small one, or any when there is no
 * decoder (unit tests, a browser that cannot start the worker), is decoded here.
 */
export async function callPaged<Criteria, Answer extends PagedAnswer<unknown>>(
  endpoint: SoapEndpoint,
  op: SoapOperation<PagedInput<Criteria>, Answer>,
  input: PagedInput<Criteria>,
  signal?: AbortSignal,
): Promise<Answer> {
  const { decoder } = endpoint;
  decoder?.warm();
  const reader = answerReader();
  const { origin, response, body, throwIfCancelled } = await exchange(
    endpoint,
    op.operation,
    op.encode(input),
    signal,
  );
  // It rejects only when the caller gave up: then this throws CancelledError.
  const answer =
    decoder && typeof body !== 'string' && body.size >= OFF_THREAD_BYTES
      ? await decoder.decode(op.operation, body, signal).catch(() => null)
      : null;
  throwIfCancelled();
  const decoded = answer as Decoded<Answer> | null;
  return settle(
    decoded ?? (await reader).openAnswer(await textOf(body), op, input),
    response,
    origin,
  );
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
  const forget = () => {
    kept = null;
    keptAnswers.delete(forget);
  };
  return async (criteria, page, signal) => {
    const key = keyOf(criteria);
    if (kept && kept.key === key && now() - kept.at < UNPAGED_ANSWER_TTL_MS) {
      return resultOf(kept.answer, page);
    }
    const answer = await callPaged(endpoint, op, { criteria, page }, signal);
    if (!serverPaged(answer, page)) {
      kept = { key, answer, at: now() };
      keptAnswers.add(forget);
    }
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
