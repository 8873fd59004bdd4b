import { describe, expect, it } from 'vitest';
import { classifyScan, isCompleteTrack, looksLikeTrackData, ScanDetector } from './scan-detector';

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

describe('a burst with no Enter', () => {
  it('is there to read once long enough, and stays the burst', () => {
    const detector = new ScanDetector();
    feed(detector, ';6337850000000421=2512?', 30);
    expect(detector.burst).toBe(';6337850000000421=2512?');
    expect(isCompleteTrack(detector.burst!)).toBe(true);
    detector.reset();
    expect(detector.burst).toBeNull();
  });

  it('is not a burst when typed at human speed or too short', () => {
    const slow = new ScanDetector();
    feed(slow, ';1234=?', 150);
    // Each slow key started a burst of its own.
    expect(slow.burst).toBeNull();
    const short = new ScanDetector();
    feed(short, ';12?', 30);
    expect(short.burst).toBeNull();
  });

  it('a track is whole only from its start sentinel to its end sentinel', () => {
    expect(isCompleteTrack('%B6337^A/B^25?')).toBe(true);
    expect(isCompleteTrack(';633785')).toBe(false);
    expect(isCompleteTrack('6337=25?')).toBe(false);
  });
});

describe('classifyScan', () => {
  it('takes 6 to 19 digits as a loyalty card, spaces ignored', () => {
    expect(classifyScan('14420000')).toEqual({ kind: 'card', cardNumber: '14420000' });
    expect(classifyScan('6337 8500 1234 5678 901')).toEqual({
      kind: 'card',
      cardNumber: '6337850012345678901',
    });
  });

  it('refuses track data and more than 19 digits', () => {
    for (const code of [
      ';6337850000000421=25121010000000000000?',
      '%B6337850000000421^BALDWIN/AMELIA^2512101?',
      '63378500000004210000',
      '6337 8500 0000 0421 0000',
    ])
      expect(classifyScan(code)).toEqual({ kind: 'not-a-card' });
  });

  it('leaves alone what may be a fast typist: words, short numbers', () => {
    for (const code of ['amelia bald', 'Baldwin', 'SG14 3AG', '12345', 'ABC123456'])
      expect(classifyScan(code)).toEqual({ kind: 'other' });
  });

  it('tells track data by its sentinels and separators', () => {
    expect(looksLikeTrackData(';6337850000000421=2512?')).toBe(true);
    expect(looksLikeTrackData('%B6337^A/B^25?')).toBe(true);
    expect(looksLikeTrackData('6337850000000421=2512')).toBe(true);
    expect(looksLikeTrackData('14420000')).toBe(false);
    expect(looksLikeTrackData('Baldwin')).toBe(false);
  });
});
