import { seededRandom } from './random.ts';

/**
 * The fault switch tests and trainers use: make the next N calls fail in a chosen way.
 * `disconnect` drops the connection without an answer (after the work is done, so a client
 * never hears a result that was applied); `unreachable` drops it before any work, as a server
 * that is down. With `probability`, each call fails only by that chance (a soak's chaos), and
 * `random` picks one of the kinds for every call it hits.
 */
export type FaultKind =
  'soap-fault' | 'http-error' | 'malformed' | 'delay' | 'disconnect' | 'unreachable';

export const FAULT_KINDS: readonly FaultKind[] = [
  'soap-fault',
  'http-error',
  'malformed',
  'delay',
  'disconnect',
  'unreachable',
];

export interface FaultPlan {
  readonly kind: FaultKind | 'random';
  /** How many calls to affect. */
  readonly count: number;
  /** For `delay`: how long each affected call waits before answering. */
  readonly delayMs?: number;
  /** Only calls to this operation (all operations when absent). */
  readonly operation?: string;
  /** The chance (0-1) that an eligible call is affected; every eligible call when absent. */
  readonly probability?: number;
  /** Seed of the draws for `probability` and `random`, so a soak can be replayed. */
  readonly seed?: number;
}

/** What one call gets: a concrete kind, never `random`. */
export interface Fault {
  readonly kind: FaultKind;
  readonly delayMs?: number;
}

export class FaultSwitch {
  private plan: FaultPlan | null = null;
  private remaining = 0;
  private random: () => number = Math.random;
  private readonly taken = new Map<FaultKind, number>();

  set(plan: FaultPlan): void {
    this.plan = plan;
    this.remaining = plan.count;
    this.random = plan.seed === undefined ? Math.random : seededRandom(plan.seed);
    this.taken.clear();
  }

  clear(): void {
    this.plan = null;
    this.remaining = 0;
  }

  status(): (FaultPlan & { remaining: number; taken: Record<string, number> }) | null {
    return this.plan && this.remaining > 0
      ? { ...this.plan, remaining: this.remaining, taken: Object.fromEntries(this.taken) }
      : null;
  }

  /** The fault for this call, if one applies; counts it down. */
  take(operation: string): Fault | null {
    const plan = this.plan;
    if (!plan || this.remaining <= 0) return null;
    if (plan.operation && plan.operation !== operation) return null;
    if (plan.probability !== undefined && this.random() >= plan.probability) return null;
    this.remaining--;
    const kind =
      plan.kind === 'random'
        ? (FAULT_KINDS[Math.floor(this.random() * FAULT_KINDS.length)] as FaultKind)
        : plan.kind;
    this.taken.set(kind, (this.taken.get(kind) ?? 0) + 1);
    return { kind, ...(plan.delayMs === undefined ? {} : { delayMs: plan.delayMs }) };
  }
}

/** Thrown by the handler for `disconnect`: the HTTP server destroys the socket. */
export class SimulatedDisconnect extends Error {
  override name = 'SimulatedDisconnect';
}

export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}
