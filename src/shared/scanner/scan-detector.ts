/**
 * Tells a card scanner from a person typing. Scanners type like a keyboard, 30-50 ms between
 * characters, then Enter; people are slower and uneven. A burst of at least `minLength`
 * characters, each within `maxGapMs` of the one before, ended by Enter within `maxGapMs`, is
 * a scan.
 */
export interface ScanDetectorOptions {
  readonly maxGapMs: number;
  readonly minLength: number;
}

// 80 ms leaves room above a scanner's 30-50 ms for a busy till; no person keeps every gap
// under 80 ms for six or more characters and Enter.
const DEFAULT_SCAN_OPTIONS: ScanDetectorOptions = { maxGapMs: 80, minLength: 6 };

export type KeyVerdict =
  /** The key starts or continues a possible scan (let it through: it may be typing). */
  | { readonly kind: 'char'; readonly startsBurst: boolean }
  /** Enter that ends a scan: the caller handles `code` and stops the Enter. */
  | { readonly kind: 'scan'; readonly code: string }
  | { readonly kind: 'other' };

export class ScanDetector {
  private buffer = '';
  private last = -Infinity;

  constructor(private readonly options: ScanDetectorOptions = DEFAULT_SCAN_OPTIONS) {}

  /** Feed every key press with its time; `key` as in KeyboardEvent.key. */
  key(key: string, at: number): KeyVerdict {
    const gap = at - this.last;
    if (key === 'Enter') {
      const code = this.buffer;
      this.reset();
      if (code.length >= this.options.minLength && gap <= this.options.maxGapMs)
        return { kind: 'scan', code };
      return { kind: 'other' };
    }
    if (key.length !== 1) {
      // Shift and the like come with scanned capitals; anything else ends a burst.
      if (key !== 'Shift') this.reset();
      return { kind: 'other' };
    }
    const startsBurst = gap > this.options.maxGapMs || this.buffer === '';
    if (startsBurst) this.buffer = '';
    this.buffer += key;
    this.last = at;
    return { kind: 'char', startsBurst };
  }

  reset(): void {
    this.buffer = '';
    this.last = -Infinity;
  }
}
