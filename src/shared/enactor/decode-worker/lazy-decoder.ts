import type { OffThreadDecoder } from '../soap/soap-call';

/**
 * The decode worker, for the endpoints of a browser till: its code is fetched on first use
 * (never in the start-up bundle), started just after the first search is sent (so it is
 * ready for a large answer), and skipped (answers decoded on the main thread) where it
 * cannot load. Undefined where there are no workers.
 */
export function lazyDecodeWorker(): OffThreadDecoder | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let loading: Promise<OffThreadDecoder> | null = null;
  const load = () =>
    (loading ??= import('./decode-worker-client').then(
      (m) => m.createDecodeWorkers(),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  return {
    warm: () => {
      if (!loading)
        setTimeout(
          () =>
            load().then(
              (decoder) => decoder.warm(),
              () => {},
            ),
          500,
        );
    },
    decode: (operation, body, signal) =>
      load().then(
        (decoder) => decoder.decode(operation, body, signal),
        () => null,
      ),
  };
}
