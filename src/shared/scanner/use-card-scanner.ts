import { useEffect, useRef } from 'react';
import { ScanDetector } from './scan-detector';

const CARD_NUMBER = /^\d{6,19}$/;

/** Sets a text field's value the way typing would, so React's state follows. */
function restoreValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto =
    field instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Calls `onScan` with a card number scanned anywhere in the app, whatever has focus. The
 * scanner's characters are taken back out of the field they landed in, and its Enter does
 * not submit that field's form.
 */
export function useCardScanner(onScan: (cardNumber: string) => void) {
  const callback = useRef(onScan);
  useEffect(() => {
    callback.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const detector = new ScanDetector();
    let burstField: { field: HTMLInputElement | HTMLTextAreaElement; before: string } | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return detector.reset();
      const verdict = detector.key(event.key, event.timeStamp);
      if (verdict.kind === 'char' && verdict.startsBurst) {
        const target = event.target;
        burstField =
          target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
            ? { field: target, before: target.value }
            : null;
      }
      if (verdict.kind !== 'scan') return;
      const code = verdict.code.replace(/\s+/g, '');
      if (!CARD_NUMBER.test(code)) return;
      event.preventDefault();
      event.stopPropagation();
      if (burstField) restoreValue(burstField.field, burstField.before);
      burstField = null;
      callback.current(code);
    };
    // Capture phase: before any field or form sees the Enter.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
