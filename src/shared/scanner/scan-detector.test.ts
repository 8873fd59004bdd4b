import { describe, expect, it } from 'vitest';
import { ScanDetector } from './scan-detector';

function feed(detector: ScanDetector, text: string, gapMs: number, start = 1000) {
  let t = start;
  const verdicts = [...text].map((ch) => detector.key(ch, (t += gapMs)));
  return { verdicts, enter: (extra = gapMs) => detector.key('Enter', t + extra) };
}

describe('ScanDetector', () => {
  it('recognises a scan: characters 30-50 ms apart ending in Enter', () => {
    for (const gap of [30, 40, 50]) {
      const { verdicts, enter } = feed(new ScanDetector(), '14420000', gap);
      expect(verdicts[0]).toEqual({ kind: 'char', startsBurst: true });
      expect(verdicts[1]).toEqual({ kind: 'char', startsBurst: false });
      expect(enter()).toEqual({ kind: 'scan', code: '14420000' });
    }
  });

  it('does not mistake typing for a scan', () => {
    expect(feed(new ScanDetector(), '14420000', 150).enter()).toEqual({ kind: 'other' });
    // Fast but short, as "ok" + Enter.
    expect(feed(new ScanDetector(), 'ok', 20).enter()).toEqual({ kind: 'other' });
    // A scan-speed burst, then a pause before Enter (a person pressed it).
    expect(feed(new ScanDetector(), '14420000', 40).enter(400)).toEqual({ kind: 'other' });
  });

  it('starts again after a pause, keeping only the burst', () => {
    const detector = new ScanDetector();
    feed(detector, 'amel', 200);
    const { enter } = feed(detector, '633785123', 35, 5000);
    expect(enter()).toEqual({ kind: 'scan', code: '633785123' });
  });

  it('lets Shift through inside a burst and resets on other keys', () => {
    const detector = new ScanDetector();
    let t = 0;
    for (const k of ['A', 'Shift', 'B', 'C', 'D', 'E', 'F']) detector.key(k, (t += 30));
    expect(detector.key('Enter', t + 30)).toEqual({ kind: 'scan', code: 'ABCDEF' });
    for (const k of ['1', '2', '3', 'Backspace', '4', '5', '6']) detector.key(k, (t += 30));
    expect(detector.key('Enter', t + 30)).toEqual({ kind: 'other' });
  });
});
