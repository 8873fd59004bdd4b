import { useEffect, useRef } from 'react';
import { classifyScan, isCompleteTrack, ScanDetector } from './scan-detector';

// How long after a scanner's last key a burst with no Enter is looked at (above the
// detector's 80 ms gap between a scanner's keys, which a late Enter of the reader's keeps).
const PAUSE_MS = 100;
const SCANNER_GAP_MS = 80;

/** Sets a text field's value the way typing would, so React's state follows. */
function restoreValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface CardScanHandlers {
  /** A loyalty card number, scanned anywhere in the app. */
  onCard(cardNumber: string): void;
  /** A scan that is not a loyalty card (track data, a long barcode): it was swallowed. */
  onNotACard(): void;
}

/**
 * Handles a scan anywhere in the app, whatever has focus. The scanner's characters are taken
 * back out of the field they landed in, and its Enter does not submit that field's form. A
 * scan that is not a loyalty card but carries a payment card number (magnetic-stripe track
 * data, a barcode of more than 19 digits) is swallowed the same way, so it is never typed,
 * submitted or put in a URL; so is track data from a reader that sends no Enter. Any other
 * burst (a fast typist's word and Enter) is left alone. `enabled` false: scans are left alone.
 */
export function useCardScanner(handlers: CardScanHandlers, enabled = true) {
  const callbacks = useRef(handlers);
  useEffect(() => {
    callbacks.current = handlers;
  }, [handlers]);

  useEffect(() => {
    if (!enabled) return;
    const detector = new ScanDetector();
    let burstField: { field: HTMLInputElement | HTMLTextAreaElement; before: string } | null = null;
    let pauseTimer: ReturnType<typeof setTimeout> | undefined;
    // The scanner's time of its last key, and of the last key of a track swallowed at a pause.
    let lastKeyAt = -Infinity;
    let swallowedTrackEnd = -Infinity;
    const takeBack = () => {
      if (burstField) restoreValue(burstField.field, burstField.before);
      burstField = null;
    };
    // A whole track with no Enter after it. Anything else is left to the next key's time:
    // this timer runs on the page's clock, the burst on the scanner's.
    const onPause = () => {
      const burst = detector.burst;
      if (burst === null || !isCompleteTrack(burst)) return;
      detector.reset();
      takeBack();
      swallowedTrackEnd = lastKeyAt;
      callbacks.current.onNotACard();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      clearTimeout(pauseTimer);
      if (event.ctrlKey || event.altKey || event.metaKey) return detector.reset();
      const sinceTrack = event.timeStamp - swallowedTrackEnd;
      if (event.key === 'Enter' && sinceTrack >= 0 && sinceTrack <= SCANNER_GAP_MS) {
        // The reader's own Enter, after its track was already swallowed: it submits nothing.
        swallowedTrackEnd = -Infinity;
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      const verdict = detector.key(event.key, event.timeStamp);
      if (verdict.kind === 'char') {
        lastKeyAt = event.timeStamp;
        if (verdict.startsBurst) {
          const target = event.target;
          burstField =
            target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
              ? { field: target, before: target.value }
              : null;
        }
        pauseTimer = setTimeout(onPause, PAUSE_MS);
      }
      if (verdict.kind !== 'scan') return;
      const scan = classifyScan(verdict.code);
      // Maybe a fast typist's search: theirs to submit, as typed.
      if (scan.kind === 'other') return;
      event.preventDefault();
      event.stopPropagation();
      takeBack();
      if (scan.kind === 'card') callbacks.current.onCard(scan.cardNumber);
      else callbacks.current.onNotACard();
    };
    // Capture phase: before any field or form sees the Enter.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      clearTimeout(pauseTimer);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [enabled]);
}
