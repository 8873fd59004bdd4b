import type { Enqueued, NewOutboxEntry, OutboxEntry, Senders, SendResult } from './outbox-entry';
import type { Serialiser } from './outbox-lock';
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
  /** The till's storage is full or failing, or null once it writes again. */
  readonly onStorageProblem?: (problem: StorageProblem | null) => void;
  /** Shared by this till's tabs: the Web Lock or lease that serialises sending, and the channel. */
  readonly name: string;
  /** One sender at a time across tabs: `defaultSerialiser` (Web Locks, else a lease). */
  readonly serialiser: Serialiser;
  /** The channel other tabs hear changes on (default a BroadcastChannel named `name`). */
  readonly channel?: (name: string) => BroadcastChannel | null;
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number };
  /**
   * How long an entry another tab has on the wire is left to it before this tab sends it
   * (that tab may have died mid-call). Default 30 s; a new session sends such entries at once.
   */
  readonly sendingGraceMs?: number;
  /** How long delivered entries stay in the list (default 24 h; at most 100 kept). */
  readonly keepDeliveredMs?: number;
  /** The wall clock: time stamps and the transaction counter's seed, never scheduling. */
  readonly now?: () => number;
  /** A monotonic clock for scheduling (default `performance.now`). */
  readonly monotonic?: () => number;
}

const KEEP_DELIVERED = 100;

/** What one tab tells the others: an entry as it wrote it, or one it removed. */
interface Broadcast {
  readonly entry?: OutboxEntry;
  readonly deleted?: string;
}

/** What is wrong with the till's own storage: `full` (over quota) or `failing` (any other). */
export type StorageProblem = 'full' | 'failing';

const storageProblemOf = (error: unknown): StorageProblem =>
  (error as Error | undefined)?.name === 'QuotaExceededError' ? 'full' : 'failing';

/**
 * Writes that move points, kept in storage before they are sent and sent until the server
 * answers: exactly once, because each carries its idempotency key and the server answers a
 * repeat with the original result. One tab sends at a time (Web Locks, or a lease where there
 * are none), and the cashier's Retry runs in that same turn; a refusal is kept for the
 * cashier, never retried by itself. Scheduling runs on a monotonic clock, so a till whose
 * wall clock jumps strands nothing.
 */
export class Outbox {
  readonly #options: OutboxOptions;
  readonly #storage: OutboxStorage;
  readonly #serialiser: Serialiser;
  readonly #now: () => number;
  readonly #monotonic: () => number;
  readonly #backoff: { baseMs: number; maxMs: number };
  readonly #controller = new AbortController();
  #channel: BroadcastChannel | null = null;
  #draining: Promise<void> | null = null;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** What storage holds, as this tab last read or wrote it. */
  readonly #cache = new Map<string, OutboxEntry>();
  /** Results this tab could not write yet (storage failing): shown, and written first. */
  readonly #unwritten = new Map<string, OutboxEntry>();
  /** When each entry is next due, on the monotonic clock, for the attempt count it had. */
  readonly #due = new Map<string, { attempts: number; at: number }>();
  /** The cashier's Retry, done inside the next sending turn. */
  #retryAll = false;
  readonly #retryIds = new Set<string>();
  readonly #sendingGraceMs: number;
  #storageFailures = 0;
  #storageRetryAt = 0;
  #storageProblem: StorageProblem | null = null;

  constructor(options: OutboxOptions) {
    this.#options = options;
    this.#storage = options.storage;
    this.#now = options.now ?? Date.now;
    this.#monotonic = options.monotonic ?? (() => performance.now());
    this.#backoff = options.backoff ?? { baseMs: 1000, maxMs: 60_000 };
    this.#sendingGraceMs = options.sendingGraceMs ?? 30_000;
    this.#serialiser = options.serialiser;
  }

  get persistent(): boolean {
    return this.#storage.persistent;
  }

  get #stopped(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Loads what an earlier session left, and starts sending it: all of it is due now. */
  async start(): Promise<void> {
    try {
      await this.#reload();
    } catch (error) {
      this.#storageFailed(error);
    }
    // A new session sends everything at once, `sending` left by a dead tab included.
    const now = this.#monotonic();
    for (const e of this.#cache.values()) this.#due.set(e.id, { attempts: e.attempts, at: now });
    this.#publish();
    const channel =
      this.#options.channel ??
      ((name: string) =>
        typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name));
    this.#channel = channel(this.#options.name);
    if (this.#channel) {
      // Another tab of this till changed an entry: take its copy (storage stays the truth,
      // re-read inside the lock), show it, and schedule what is now due.
      this.#channel.onmessage = (event: MessageEvent<Broadcast>) => {
        const { entry, deleted } = event.data;
        if (entry) this.#cache.set(entry.id, entry);
        if (deleted) this.#cache.delete(deleted);
        this.#publish();
        if (!this.#draining) this.#schedule();
      };
    }
    globalThis.addEventListener?.('online', this.#onOnline);
    void this.drain();
  }

  /**
   * Stops sending (a reload, a test) and waits for the call on the wire to be abandoned:
   * what is stored stays for the next start. Close the storage only after this.
   */
  async stop(): Promise<void> {
    this.#controller.abort();
    clearTimeout(this.#timer);
    this.#channel?.close();
    globalThis.removeEventListener?.('online', this.#onOnline);
    await this.#draining;
  }

  readonly #onOnline = () => void this.retryNow();

  /** A POS transaction id this till has never used. */
  async nextTransactionId(): Promise<string> {
    try {
      return String(await this.#storage.nextSequence(this.#now()));
    } catch (error) {
      this.#storageFailed(error);
      throw error;
    }
  }

  /**
   * Stores the write, then sends it. The same id twice is the same write: `added` is false
   * and the stored entry is returned, so a caller can tell a double tap (its own `submission`)
   * from a key used before.
   */
  async enqueue(entry: NewOutboxEntry): Promise<Enqueued> {
    let result: Enqueued;
    try {
      result = await this.#storage.addOnce({
        ...entry,
        createdAt: this.#now(),
        state: 'pending',
        attempts: 0,
        lastError: null,
        nextAttemptAt: 0,
        delivery: null,
      });
    } catch (error) {
      // Not stored, so not sent: the caller says so, and the cashier may tap again.
      this.#storageFailed(error);
      throw error;
    }
    this.#storageWorked();
    if (result.added) {
      this.#cache.set(result.entry.id, result.entry);
      this.#changed(result.entry);
      void this.drain();
    }
    return result;
  }

  /**
   * Sends at once, in the next sending turn (under the same lock or lease): with an id, that
   * entry whatever its state short of delivered (a refusal the cashier put right, or one a
   * dead tab left `sending`); without, every one waiting.
   */
  async retryNow(id?: string): Promise<void> {
    if (id === undefined) this.#retryAll = true;
    else this.#retryIds.add(id);
    // The cashier asked: do not sit out a storage backoff.
    this.#storageRetryAt = 0;
    await this.drain();
  }

  /** Sends every due entry; concurrent calls share one run. Never rejects. */
  drain(): Promise<void> {
    if (this.#stopped) return Promise.resolve();
    if (this.#draining) {
      this.#again = true;
      return this.#draining;
    }
    this.#draining = (async () => {
      try {
        do {
          this.#again = false;
          await this.#serialiser.run((fence) => this.#sendDue(fence), this.#controller.signal);
        } while (this.#again && !this.#stopped);
        if (!this.#stopped) await this.#prune();
      } catch (error) {
        // Stopped while waiting for the lock: nothing to report. Storage trouble: back off.
        if (!this.#stopped && (error as Error | undefined)?.name !== 'LeaseLostError')
          this.#storageFailed(error);
      } finally {
        this.#draining = null;
        this.#schedule();
      }
    })();
    return this.#draining;
  }

  #dueAt(entry: OutboxEntry): number {
    const known = this.#due.get(entry.id);
    if (known && known.attempts === entry.attempts) return known.at;
    // First sight of this attempt (a new entry, or another tab's try), counted from now on
    // this tab's own clock: on the wire in another tab, give it time to answer (if that tab
    // died, it is sent after the grace, or at once on Retry or a reload); failed, wait the
    // delay chosen; new, at once.
    const wait =
      entry.state === 'sending'
        ? this.#sendingGraceMs
        : entry.lastError === null
          ? 0
          : (entry.retryDelayMs ?? 0);
    const at = this.#monotonic() + wait;
    this.#due.set(entry.id, { attempts: entry.attempts, at });
    return at;
  }

  async #sendDue(fence: string | undefined): Promise<void> {
    // Inside the lock storage is the truth: another tab may have sent something meanwhile.
    await this.#reload();
    // Answers a failing storage could not take yet go first.
    for (const entry of [...this.#unwritten.values()]) await this.#write(entry, fence);
    await this.#applyRetries(fence);
    const now = this.#monotonic();
    // Inside the lock, `sending` means a tab died mid-call: send it again (same key).
    const due = [...this.#cache.values()]
      .filter((e) => (e.state === 'pending' || e.state === 'sending') && this.#dueAt(e) <= now)
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const entry of due) {
      if (this.#stopped) return;
      await this.#sendOne(entry, fence);
    }
  }

  async #applyRetries(fence: string | undefined): Promise<void> {
    const all = this.#retryAll;
    const ids = [...this.#retryIds];
    this.#retryAll = false;
    this.#retryIds.clear();
    const now = this.#monotonic();
    for (const entry of this.#cache.values()) {
      const chosen = ids.includes(entry.id) || (all && entry.state !== 'refused');
      if (!chosen || entry.state === 'delivered') continue;
      if (entry.state === 'refused') {
        await this.#write({ ...entry, state: 'pending', nextAttemptAt: 0, retryDelayMs: 0 }, fence);
      }
      this.#due.set(entry.id, { attempts: entry.attempts, at: now });
    }
  }

  async #sendOne(entry: OutboxEntry, fence: string | undefined): Promise<void> {
    const sending: OutboxEntry = { ...entry, state: 'sending', attempts: entry.attempts + 1 };
    // Not recorded as on the wire, so not sent: the round stops and backs off.
    await this.#write(sending, fence);
    let next: OutboxEntry;
    try {
      const result = await this.#send(sending);
      next =
        result.outcome === 'delivered'
          ? {
              ...sending,
              state: 'delivered',
              lastError: null,
              delivery: { note: result.note, balance: result.balance, at: this.#now() },
            }
          : { ...sending, state: 'refused', lastError: result.message };
    } catch (error) {
      // Stopped mid-call: leave it as `sending`; the next start sends it again, safely.
      if (this.#stopped) return;
      const { message, retryable } = this.#options.describeError(error, sending);
      const wait = this.#delay(sending.attempts);
      next = {
        ...sending,
        state: retryable ? 'pending' : 'refused',
        lastError: message,
        nextAttemptAt: this.#now() + wait,
        retryDelayMs: wait,
      };
      this.#due.set(next.id, { attempts: next.attempts, at: this.#monotonic() + wait });
    }
    // Written even if stopped meanwhile: the server's answer must not be lost. If storage
    // refuses it, it is kept in memory and written first next turn; should the tab die first,
    // storage still says `sending`, and the resend gets the server's first answer again.
    try {
      await this.#write(next, fence);
    } catch (error) {
      this.#unwritten.set(next.id, next);
      this.#cache.set(next.id, next);
      this.#publish();
      throw error;
    }
  }

  #send(entry: OutboxEntry): Promise<SendResult> {
    const { payload } = entry;
    const { signal } = this.#controller;
    switch (payload.kind) {
      case 'balance-update':
        return this.#options.senders[payload.kind](payload, signal);
      case 'loyalty-earn':
        return this.#options.senders[payload.kind](payload, signal);
    }
  }

  /** Exponential, capped, with jitter so tills do not retry in step after an outage. */
  #delay(attempts: number): number {
    const { baseMs, maxMs } = this.#backoff;
    const plain = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 30));
    return Math.round(plain * (0.8 + Math.random() * 0.4));
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#stopped) return;
    const open = [...this.#cache.values()].filter(
      (e) => e.state === 'pending' || e.state === 'sending',
    );
    if (open.length === 0 && this.#unwritten.size === 0) return;
    let at = Math.min(...open.map((e) => this.#dueAt(e)));
    if (this.#unwritten.size > 0) at = Math.min(at, this.#monotonic());
    at = Math.max(at, this.#storageRetryAt);
    this.#timer = setTimeout(() => void this.drain(), Math.max(0, at - this.#monotonic()));
  }

  async #prune(): Promise<void> {
    const keepAfter = this.#now() - (this.#options.keepDeliveredMs ?? 24 * 3600_000);
    const delivered = [...this.#cache.values()]
      .filter((e) => e.state === 'delivered' && !this.#unwritten.has(e.id))
      .sort((a, b) => (b.delivery?.at ?? 0) - (a.delivery?.at ?? 0));
    let removed = false;
    for (const [i, e] of delivered.entries()) {
      // By the wall clock: a jump forward only drops delivered entries early.
      if (i >= KEEP_DELIVERED || (e.delivery?.at ?? 0) < keepAfter) {
        await this.#storage.delete(e.id);
        this.#cache.delete(e.id);
        this.#due.delete(e.id);
        this.#channel?.postMessage({ deleted: e.id } satisfies Broadcast);
        removed = true;
      }
    }
    if (removed) this.#publish();
    this.#storageWorked();
  }

  async #reload(): Promise<void> {
    const stored = await this.#storage.all();
    this.#cache.clear();
    for (const e of stored) this.#cache.set(e.id, e);
    // Answers storage has not taken yet stay on top, unless another tab has since moved the
    // entry on (delivered it, or tried again).
    for (const [id, mine] of this.#unwritten) {
      const theirs = this.#cache.get(id);
      if (!theirs || theirs.state === 'delivered' || theirs.attempts > mine.attempts) {
        this.#unwritten.delete(id);
      } else this.#cache.set(id, mine);
    }
  }

  async #write(entry: OutboxEntry, fence?: string): Promise<void> {
    await this.#storage.put(entry, fence);
    this.#unwritten.delete(entry.id);
    this.#cache.set(entry.id, entry);
    this.#storageWorked();
    this.#changed(entry);
  }

  #storageFailed(error: unknown): void {
    this.#storageRetryAt = this.#monotonic() + this.#delay(++this.#storageFailures);
    this.#tell(storageProblemOf(error));
  }

  #storageWorked(): void {
    this.#storageFailures = this.#storageRetryAt = 0;
    this.#tell(null);
  }

  /** The cashier is told when the storage problem changes, not at every write. */
  #tell(problem: StorageProblem | null): void {
    if (problem !== this.#storageProblem)
      this.#options.onStorageProblem?.((this.#storageProblem = problem));
  }

  #publish(): void {
    if (this.#stopped) return;
    this.#options.onChange([...this.#cache.values()].sort((a, b) => b.createdAt - a.createdAt));
  }

  #changed(entry: OutboxEntry): void {
    this.#publish();
    this.#channel?.postMessage({ entry } satisfies Broadcast);
  }
}
