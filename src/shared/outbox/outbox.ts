import type { NewOutboxEntry, OutboxEntry, Senders, SendResult } from './outbox-entry';
import type { OutboxStorage } from './outbox-storage';

export interface OutboxOptions {
  readonly storage: OutboxStorage;
  readonly senders: Senders;
  /** Words for the cashier, and whether sending again later can help. */
  readonly describeError: (
    error: unknown,
    entry: OutboxEntry,
  ) => { message: string; retryable: boolean };
  /** Every change, newest first: the screens' copy (a Zustand store). */
  readonly onChange: (entries: readonly OutboxEntry[]) => void;
  /** Shared by this till's tabs: the Web Lock that serialises sending, and the channel. */
  readonly name: string;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /** How long delivered entries stay in the list (default 24 h; at most 100 kept). */
  readonly keepDeliveredMs?: number;
  readonly now?: () => number;
}

const KEEP_DELIVERED = 100;

/**
 * Writes that move points, kept in storage before they are sent and sent until the server
 * answers: exactly once, because each carries its idempotency key and the server answers a
 * repeat with the original result. One tab sends at a time (Web Locks); a refusal is kept for
 * the cashier, never retried by itself.
 */
export class Outbox {
  private readonly storage: OutboxStorage;
  private readonly now: () => number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly controller = new AbortController();
  private channel: BroadcastChannel | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What storage holds, as this tab last read or wrote it. */
  private readonly cache = new Map<string, OutboxEntry>();

  constructor(private readonly options: OutboxOptions) {
    this.storage = options.storage;
    this.now = options.now ?? Date.now;
    this.backoff = options.backoff ?? { baseMs: 1000, maxMs: 60_000 };
  }

  get persistent(): boolean {
    return this.storage.persistent;
  }

  private get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  /** Loads what an earlier session left, and starts sending it. */
  async start(): Promise<void> {
    await this.reload();
    await this.prune();
    this.publish();
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(this.options.name);
      // Another tab of this till changed something: read it, and send what is due.
      this.channel.onmessage = () =>
        void this.reload().then(() => {
          this.publish();
          return this.drain();
        });
    }
    globalThis.addEventListener?.('online', this.onOnline);
    void this.drain();
  }

  /**
   * Stops sending (a reload, a test) and waits for the call on the wire to be abandoned:
   * what is stored stays for the next start. Close the storage only after this.
   */
  async stop(): Promise<void> {
    this.controller.abort();
    clearTimeout(this.timer);
    this.channel?.close();
    globalThis.removeEventListener?.('online', this.onOnline);
    await this.draining?.catch(() => undefined);
  }

  private readonly onOnline = () => void this.retryNow();

  /** A POS transaction id this till has never used. */
  async nextTransactionId(): Promise<string> {
    return String(await this.storage.nextSequence(this.now()));
  }

  /** Stores the write, then sends it. The same id twice is the same write (a double tap). */
  async enqueue(entry: NewOutboxEntry): Promise<OutboxEntry> {
    const { entry: stored, added } = await this.storage.addOnce({
      ...entry,
      createdAt: this.now(),
      state: 'pending',
      attempts: 0,
      lastError: null,
      nextAttemptAt: 0,
      delivery: null,
    });
    if (added) {
      this.cache.set(stored.id, stored);
      this.changed();
      void this.drain();
    }
    return stored;
  }

  /** Sends what is waiting now; with an id, also a refused entry the cashier chose to resend. */
  async retryNow(id?: string): Promise<void> {
    for (const entry of this.cache.values()) {
      const chosen = id === undefined ? entry.state === 'pending' : entry.id === id;
      if (chosen && entry.state !== 'delivered' && entry.state !== 'sending') {
        await this.write({ ...entry, state: 'pending', nextAttemptAt: 0 });
      }
    }
    await this.drain();
  }

  /** Sends every due entry; concurrent calls share one run. */
  drain(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.withLock(() => this.sendDue());
        } while (this.again && !this.stopped);
        if (!this.stopped) await this.prune();
      } finally {
        this.draining = null;
        this.schedule();
      }
    })();
    return this.draining;
  }

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (!locks) return work();
    await locks
      .request(this.options.name, { signal: this.controller.signal }, work)
      .catch((error: unknown) => {
        if (!this.stopped) throw error;
      });
  }

  private async sendDue(): Promise<void> {
    // Inside the lock storage is the truth: another tab may have sent something meanwhile.
    await this.reload();
    const now = this.now();
    // Inside the lock, `sending` means a tab died mid-call: send it again (same key).
    const due = [...this.cache.values()]
      .filter((e) => (e.state === 'pending' || e.state === 'sending') && e.nextAttemptAt <= now)
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const entry of due) {
      if (this.stopped) return;
      await this.sendOne(entry);
    }
  }

  private async sendOne(entry: OutboxEntry): Promise<void> {
    const sending: OutboxEntry = { ...entry, state: 'sending', attempts: entry.attempts + 1 };
    await this.write(sending);
    let next: OutboxEntry;
    try {
      const result = await this.send(sending);
      next =
        result.outcome === 'delivered'
          ? {
              ...sending,
              state: 'delivered',
              lastError: null,
              delivery: { note: result.note, balance: result.balance, at: this.now() },
            }
          : { ...sending, state: 'refused', lastError: result.message };
    } catch (error) {
      // Stopped mid-call: leave it as `sending`; the next start sends it again, safely.
      if (this.stopped) return;
      const { message, retryable } = this.options.describeError(error, sending);
      next = {
        ...sending,
        state: retryable ? 'pending' : 'refused',
        lastError: message,
        nextAttemptAt: this.now() + this.delay(sending.attempts),
      };
    }
    // Written even if stopped meanwhile: the server's answer must not be lost.
    await this.write(next);
  }

  private send(entry: OutboxEntry): Promise<SendResult> {
    const { payload } = entry;
    const { signal } = this.controller;
    switch (payload.kind) {
      case 'balance-update':
        return this.options.senders[payload.kind](payload, signal);
      case 'loyalty-earn':
        return this.options.senders[payload.kind](payload, signal);
    }
  }

  /** Exponential, capped, with jitter so tills do not retry in step after an outage. */
  private delay(attempts: number): number {
    const { baseMs, maxMs } = this.backoff;
    const plain = Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 30));
    return Math.round(plain * (0.8 + Math.random() * 0.4));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const waits = [...this.cache.values()]
      .filter((e) => e.state === 'pending')
      .map((e) => e.nextAttemptAt);
    if (waits.length === 0) return;
    const wait = Math.max(0, Math.min(...waits) - this.now());
    this.timer = setTimeout(() => void this.drain(), wait);
  }

  private async prune(): Promise<void> {
    const keepAfter = this.now() - (this.options.keepDeliveredMs ?? 24 * 3600_000);
    const delivered = [...this.cache.values()]
      .filter((e) => e.state === 'delivered')
      .sort((a, b) => (b.delivery?.at ?? 0) - (a.delivery?.at ?? 0));
    let removed = false;
    for (const [i, e] of delivered.entries()) {
      if (i >= KEEP_DELIVERED || (e.delivery?.at ?? 0) < keepAfter) {
        await this.storage.delete(e.id);
        this.cache.delete(e.id);
        removed = true;
      }
    }
    if (removed) this.publish();
  }

  private async reload(): Promise<void> {
    const stored = await this.storage.all();
    this.cache.clear();
    for (const e of stored) this.cache.set(e.id, e);
  }

  private async write(entry: OutboxEntry): Promise<void> {
    await this.storage.put(entry);
    this.cache.set(entry.id, entry);
    this.changed();
  }

  private publish(): void {
    if (this.stopped) return;
    this.options.onChange([...this.cache.values()].sort((a, b) => b.createdAt - a.createdAt));
  }

  private changed(): void {
    this.publish();
    this.channel?.postMessage('changed');
  }
}
