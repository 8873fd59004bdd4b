import type { Serialiser } from './outbox-lock';
import type { OutboxStorage } from './outbox-storage';

export interface LeaseOptions {
  /** How long a holder may stay silent before another tab takes over (by that tab's clock). */
  readonly ttlMs?: number;
  /** How often a tab waiting for the lease looks again. */
  readonly pollMs?: number;
  /** Monotonic milliseconds (default `performance.now`): never the wall clock. */
  readonly monotonic?: () => number;
  /** This tab's holder id (default: random). */
  readonly id?: string;
}

function randomId(): string {
  // getRandomValues, not randomUUID: the lease is for insecure contexts, which lack the latter.
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A lease in the outbox's own database. The holder raises a heartbeat count every third of
 * the time-to-live; a waiting tab takes over only after it has seen the same count, from the
 * same holder, for a whole time-to-live on its own monotonic clock, and only if the lease is
 * still exactly that when it swaps it (one readwrite transaction). A tab that dies mid-round
 * stops beating and never releases: the next tab waits one time-to-live. A tab frozen so long
 * that it was taken over finds out at its next write, which the storage fences.
 */
export function leaseSerialiser(storage: OutboxStorage, options: LeaseOptions = {}): Serialiser {
  const ttl = options.ttlMs ?? 10_000;
  const poll = options.pollMs ?? 250;
  const clock = options.monotonic ?? (() => performance.now());
  const me = options.id ?? randomId();
  // Raised on every write of ours, never reset: a (holder, beat) pair never repeats.
  let beats = 0;
  let seen: { holder: string; beat: number; since: number } | null = null;

  async function acquire(signal: AbortSignal): Promise<void> {
    for (;;) {
      if (signal.aborted) throw signal.reason as Error;
      const now = clock();
      const silent = seen;
      const lease = await storage.updateLease((current) => {
        if (!current || current.holder === me) return { holder: me, beat: ++beats };
        const dead =
          silent !== null &&
          silent.holder === current.holder &&
          silent.beat === current.beat &&
          now - silent.since >= ttl;
        return dead ? { holder: me, beat: ++beats } : undefined;
      });
      if (lease?.holder === me) {
        seen = null;
        return;
      }
      if (lease && (seen?.holder !== lease.holder || seen.beat !== lease.beat)) {
        seen = { holder: lease.holder, beat: lease.beat, since: clock() };
      }
      await sleep(poll, signal);
    }
  }

  return {
    kind: 'lease',
    async run(work, signal) {
      await acquire(signal);
      const done = new AbortController();
      const heartbeat = (async () => {
        for (;;) {
          await sleep(ttl / 3, done.signal);
          // A failed beat (storage full) is tried again; a lost lease ends the beating.
          const lease = await storage
            .updateLease((c) => (c?.holder === me ? { holder: me, beat: ++beats } : undefined))
            .catch(() => ({ holder: me, beat: -1 }));
          if (lease?.holder !== me) return;
        }
      })().catch(() => undefined);
      try {
        await work(me);
      } finally {
        done.abort();
        await heartbeat;
        await storage
          .updateLease((c) => (c?.holder === me ? null : undefined))
          .catch(() => undefined);
      }
    },
  };
}
