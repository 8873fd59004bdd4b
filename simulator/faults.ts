/**
 * The fault switch tests and trainers use: make the next N calls fail in a chosen way.
 * `disconnect` drops the connection without an answer (after the work is done, so a client
 * never hears a result that was applied).
 */
export type FaultKind = 'soap-fault' | 'http-error' | 'malformed' | 'delay' | 'disconnect';

export const FAULT_KINDS: readonly FaultKind[] = [
  'soap-fault',
  'http-error',
  'malformed',
  'delay',
  'disconnect',
];

export interface FaultPlan {
  readonly kind: FaultKind;
  /** How many calls to affect. */
  readonly count: number;
  /** For `delay`: how long each affected call waits before answering. */
  readonly delayMs?: number;
  /** Only calls to this operation (all operations when absent). */
  readonly operation?: string;
}

export class FaultSwitch {
  private plan: FaultPlan | null = null;
  private remaining = 0;

  set(plan: FaultPlan): void {
    this.plan = plan;
    this.remaining = plan.count;
  }

  clear(): void {
    this.plan = null;
    this.remaining = 0;
  }

  status(): (FaultPlan & { remaining: number }) | null {
    return this.plan && this.remaining > 0 ? { ...this.plan, remaining: this.remaining } : null;
  }

  /** The fault for this call, if one applies; counts it down. */
  take(operation: string): FaultPlan | null {
    const plan = this.plan;
    if (!plan || this.remaining <= 0) return null;
    if (plan.operation && plan.operation !== operation) return null;
    this.remaining--;
    return plan;
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
