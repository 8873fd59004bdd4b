/**
 * The decode worker: large search answers are read here, off the till's main thread, so the
 * keyboard, the scanner and the header stay live while 10,000 rows are decoded. Its code is
 * fetched with the first search, never in the start-up bundle.
 */
import { answerJob, WORKER_OPERATIONS } from './decode-answer';
import type { DecodeJob, FromDecodeWorker } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DecodeJob>) => void) | null;
  postMessage(message: FromDecodeWorker): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  void answerJob(data, (message) => scope.postMessage(message));
};
scope.postMessage({ ready: [...WORKER_OPERATIONS.keys()] });
