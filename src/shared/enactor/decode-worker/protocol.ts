import type { PagedAnswer } from '../soap/paged-array-list';
import type { Answer } from '../soap/soap-call';

/**
 * A job for the decode worker: an operation's answer as the Blob it came as (sent by
 * reference: its bytes are read in the worker, never in the page).
 */
export interface DecodeJob {
  readonly operation: string;
  readonly body: Blob;
}

/**
 * What the worker sends back. `ready` once, naming the operations it can decode. Then, for
 * each job, its rows in batches (each message is its own task on the receiving side, so none
 * is long) and last the answer, whose value carries no rows of its own.
 */
export type FromDecodeWorker =
  | { readonly ready: readonly string[] }
  | { readonly rows: readonly unknown[] }
  | { readonly answer: Answer<PagedAnswer<unknown>> };

/** Rows per message: measured, 10,000 rows arrive in batches that each take under 10 ms at 4x slowdown. */
export const ROWS_PER_MESSAGE = 500;
