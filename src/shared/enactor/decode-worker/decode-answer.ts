import { SEARCH_CUSTOMERS } from '../crm-customer-data-service/search-customers-codec';
import { NAME_SEARCH } from '../customer-service/name-search-codec';
import { POSTCODE_SEARCH } from '../customer-service/postcode-search-codec';
import {
  PagedListError,
  READ_AHEAD,
  type PagedAnswer,
  type PagedArrayList,
} from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { NotStreamable, streamPagedList } from '../soap/paged-list-stream';
import { openAnswer } from '../soap/open-answer';
import type { Answer } from '../soap/soap-call';
import type { XmlElement } from '../soap/xml-reader';
import { ROWS_PER_MESSAGE, type DecodeJob, type FromDecodeWorker } from './protocol';

/**
 * What the decode worker does with a job, as a plain function (Vitest has no workers, so the
 * tests call this directly). Every search the services page (`createPagedCall`) is here: the
 * worker runs the operation's own codec, so its rows are exactly the main thread's.
 */
export const WORKER_OPERATIONS: ReadonlyMap<string, PagedOperation<never, unknown>> = new Map(
  [NAME_SEARCH, POSTCODE_SEARCH, SEARCH_CUSTOMERS].map((op) => [op.operation, op]),
);

const problemOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * The codec's response element, standing in for a tree that was never built: it carries the
 * list read from the text, which `readPagedRows` takes; reading anything else from it stops
 * the fast way, and the answer is read as a tree instead.
 */
function standIn(op: PagedOperation<never, unknown>, list: PagedArrayList): XmlElement {
  const needsTree = () => {
    throw new NotStreamable(`${op.operation} reads more than the pagedArrayList`);
  };
  const element = { ns: op.responseNs, local: `${op.operation}Response`, [READ_AHEAD]: list };
  for (const field of ['attributes', 'children', 'text', 'xsiType']) {
    Object.defineProperty(element, field, { get: needsTree });
  }
  return element as unknown as XmlElement;
}

/**
 * An answer's text decoded by `op`, without an element tree when it is a plain list answer
 * (`streamPagedList`), and as a tree otherwise (a fault, an odd or faulty list), exactly as
 * `openAnswer` reads it on the main thread.
 */
export function decodePagedText(
  text: string,
  op: PagedOperation<never, unknown>,
): Answer<PagedAnswer<unknown>> {
  try {
    const list = streamPagedList(text, op.operation, op.responseNs);
    // A search's codec reads only the list: it needs no input to check against.
    return { kind: 'value', value: op.decode(standIn(op, list), undefined as never) };
  } catch (cause) {
    // Not well-formed: the tree would stop at the same character with the same words.
    if (!(cause instanceof NotStreamable || cause instanceof PagedListError)) {
      return { kind: 'problem', problem: problemOf(cause) };
    }
  }
  return openAnswer(text, op);
}

/** A job: the operation's answer from its text. */
export function decodeJob(operation: string, text: string): Answer<PagedAnswer<unknown>> {
  const op = WORKER_OPERATIONS.get(operation);
  if (!op) return { kind: 'problem', problem: `the decode worker does not know ${operation}` };
  return decodePagedText(text, op);
}

/**
 * A job as the worker answers it: the rows in batches of ROWS_PER_MESSAGE (so no message
 * takes long to receive), then the answer, whose value carries no rows of its own.
 */
export async function answerJob(
  job: DecodeJob,
  post: (message: FromDecodeWorker) => void,
): Promise<void> {
  let answer: Answer<PagedAnswer<unknown>>;
  try {
    // UTF-8 with a byte-order mark dropped, as Response.text() reads it.
    answer = decodeJob(job.operation, await job.body.text());
  } catch (cause) {
    answer = { kind: 'problem', problem: problemOf(cause) };
  }
  if (answer.kind !== 'value') {
    post({ answer });
    return;
  }
  const { rows, paging } = answer.value;
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
    post({ rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
  }
  post({ answer: { kind: 'value', value: { rows: [], paging } } });
}
