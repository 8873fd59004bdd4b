/**
 * When a shared till has been left alone: after `idleMs` with no activity it warns (if there is
 * anything to clear), and `warningMs` after the warning it expires, unless the cashier keeps
 * going. One timer at a time, scheduled from the last activity, so a flood of key presses costs
 * nothing. Time comes from `setTimeout` and `Date.now`, so fake timers drive it in tests.
 */
export interface IdleTimerOptions {
  readonly idleMs: number;
  readonly warningMs: number;
  /**
   * Asked when the idle time has passed: warn now? False (nothing personal on the till, or a
   * write in flight) waits another `idleMs`.
   */
  shouldWarn(): boolean;
  /** The warning starts; the customer is cleared at `deadline` (epoch ms). */
  onWarn(deadline: number): void;
  /** The warning ended by keepGoing(). */
  onKeepGoing(): void;
  /** Nobody kept going: clear the customer. */
  onExpire(): void;
}

export class IdleTimer {
  private lastActivity = Date.now();
  private warningUntil: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(private readonly options: IdleTimerOptions) {}

  get warning(): boolean {
    return this.warningUntil !== null;
  }

  start(): void {
    this.running = true;
    this.lastActivity = Date.now();
    this.schedule(this.options.idleMs);
  }

  stop(): void {
    this.running = false;
    this.warningUntil = null;
    clearTimeout(this.timer);
  }

  /** A touch, key or scan. Ignored during the warning: only keepGoing() ends it. */
  activity(): void {
    if (this.warningUntil === null) this.lastActivity = Date.now();
  }

  keepGoing(): void {
    if (this.warningUntil === null) return;
    this.warningUntil = null;
    this.lastActivity = Date.now();
    this.schedule(this.options.idleMs);
    this.options.onKeepGoing();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.running) this.timer = setTimeout(() => this.check(), Math.max(0, ms));
  }

  private check(): void {
    const now = Date.now();
    if (this.warningUntil !== null) {
      if (now < this.warningUntil) return this.schedule(this.warningUntil - now);
      this.warningUntil = null;
      this.lastActivity = now;
      this.schedule(this.options.idleMs);
      this.options.onExpire();
      return;
    }
    const idleFor = now - this.lastActivity;
    if (idleFor < this.options.idleMs) return this.schedule(this.options.idleMs - idleFor);
    if (!this.options.shouldWarn()) {
      this.lastActivity = now;
      return this.schedule(this.options.idleMs);
    }
    this.warningUntil = now + this.options.warningMs;
    this.schedule(this.options.warningMs);
    this.options.onWarn(this.warningUntil);
  }
}
