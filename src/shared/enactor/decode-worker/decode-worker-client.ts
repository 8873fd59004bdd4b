import type { PagedAnswer } from '../soap/paged-array-list';
import type { Answer, OffThreadDecoder } from '../soap/soap-call';
import type { DecodeJob, FromDecodeWorker } from './protocol';

/** A started worker: ready once it has named the operations it decodes. */
interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<ReadonlySet<string>>;
  dead: boolean;
}

const spawnDecodeWorker = () =>
  new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module', name: 'decode' });

/**
 * Decoding through workers: one is kept ready between answers, each answer has a worker of
 * its own, and a caller that gives up (a new search) terminates its worker, so the old decode
 * stops at once. Where no worker can start, null: the caller decodes the answer itself.
 */
export function createDecodeWorkers(spawn: () => Worker = spawnDecodeWorker): OffThreadDecoder {
  let idle: Slot | null = null;

  const start = (): Slot => {
    const worker = spawn();
    const slot: Slot = {
      worker,
      dead: false,
      ready: new Promise<ReadonlySet<string>>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<FromDecodeWorker>) => {
          if ('ready' in data) resolve(new Set(data.ready));
        };
        // Failing to load, or dying later (idle or mid-job): this worker is not used again.
        worker.addEventListener('error', (event) => {
          event.preventDefault();
          slot.dead = true;
          if (idle === slot) idle = null;
          worker.terminate();
          reject(new Error(event.message || 'the decode worker did not start'));
        });
      }),
    };
    slot.ready.catch(() => {});
    return slot;
  };

  const release = (slot: Slot) => {
    if (idle === null && !slot.dead) idle = slot;
    else slot.worker.terminate();
  };

  return {
    warm() {
      idle ??= start();
    },

    async decode(operation, body, signal) {
      signal?.throwIfAborted();
      const slot = idle ?? start();
      idle = null;
      let known: ReadonlySet<string>;
      try {
        known = await slot.ready;
      } catch {
        return null;
      }
      if (slot.dead || !known.has(operation) || signal?.aborted) {
        release(slot);
        signal?.throwIfAborted();
        return null;
      }
      return new Promise<Answer<PagedAnswer<unknown>>>((resolve, reject) => {
        const rows: unknown[] = [];
        const done = () => {
          signal?.removeEventListener('abort', cancel);
          slot.worker.removeEventListener('error', failed);
        };
        function cancel() {
          slot.dead = true;
          slot.worker.terminate();
          done();
          reject(signal?.reason);
        }
        function failed(event: ErrorEvent) {
          done();
          const why = event.message || 'it stopped';
          resolve({ kind: 'problem', problem: `the answer could not be decoded: ${why}` });
        }
        signal?.addEventListener('abort', cancel, { once: true });
        slot.worker.addEventListener('error', failed);
        slot.worker.onmessage = ({ data }: MessageEvent<FromDecodeWorker>) => {
          if ('rows' in data) {
            for (const row of data.rows) rows.push(row);
          } else if ('answer' in data) {
            done();
            release(slot);
            const { answer } = data;
            resolve(
              answer.kind === 'value'
                ? { kind: 'value', value: { paging: answer.value.paging, rows } }
                : answer,
            );
          }
        };
        const job: DecodeJob = { operation, body };
        slot.worker.postMessage(job);
      });
    },
  };
}
