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

  /**
   * The burst so far (if long enough to be a scanner's), for a caller whose keys have stopped
   * with no Enter: some card readers send track data with nothing after it. It stays the
   * burst: the next key still decides by its time whether it goes on.
   */
  get burst(): string | null {
    return this.buffer.length >= this.options.minLength ? this.buffer : null;
  }

  reset(): void {
    this.buffer = '';
    this.last = -Infinity;
  }
}

const CARD_NUMBER = /^\d{6,19}$/;

/**
 * Magnetic-stripe track data: track 1 (`%B6337...^NAME^...?`) or track 2 (`;6337...=2512...?`),
 * with their start or end sentinels or field separators. It carries the full card number (and
 * on track 1 the holder's name): it must never reach a field, a search or a URL.
 */
export function looksLikeTrackData(burst: string): boolean {
  return /^[%;]/.test(burst) || /[=^]/.test(burst) || burst.endsWith('?');
}

/** A whole track, start sentinel to end sentinel, as a reader sends it with no Enter. */
export function isCompleteTrack(burst: string): boolean {
  return /^[%;].*\?$/.test(burst);
}

/**
 * What a scan is: a loyalty card (6 to 19 digits, spaces ignored); not one and never to be
 * typed, submitted or put in a URL (track data, or a barcode of more than 19 digits: both
 * carry a payment card number); or anything else, which may be a fast typist's word and Enter
 * and is left alone.
 */
export function classifyScan(
  code: string,
): { kind: 'card'; cardNumber: string } | { kind: 'not-a-card' } | { kind: 'other' } {
  const compact = code.replace(/\s+/g, '');
  if (CARD_NUMBER.test(compact)) return { kind: 'card', cardNumber: compact };
  if (/^\d{20,}$/.test(compact) || looksLikeTrackData(compact)) return { kind: 'not-a-card' };
  return { kind: 'other' };
}
