import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml-escape';
import { parseXml } from './xml-parser';

describe('escapeXml', () => {
  it.each([
    "<script>alert(1)</script> & O'Brien",
    "Zoë O'Brien-Smith",
    '"quoted" & <tagged>',
    'Émilie Château — 😀 👩‍👩‍👧',
    ']]> and &amp; literally',
  ])('round-trips %s through element text and attributes', (value) => {
    const xml = `<r a="${escapeXml(value)}">${escapeXml(value)}</r>`;
    const root = parseXml(xml);
    expect(root.text).toBe(value);
    expect(root.attributes[0]?.value).toBe(value);
  });

  it('drops characters XML cannot carry (a scanner may send control codes)', () => {
    expect(escapeXml('14420000\u0003\u001d')).toBe('14420000');
    expect(escapeXml('a\ud800b')).toBe('ab');
    expect(escapeXml('tab\tok')).toBe('tab&#9;ok');
  });

  it.each(['line one\rline two', 'Windows\r\nline end', 'Unix\nline end', 'tab\tstop'])(
    'carries %j exactly where XML end-of-line and attribute handling would change it',
    (value) => {
      const escaped = escapeXml(value);
      expect(escaped).not.toMatch(/[\r\n\t]/);
      // A conforming parser reads a literal CR as LF, and a literal tab or line end in an
      // attribute as a space; character references come through as written.
      const root = parseXml(`<r a="${escaped}">${escaped}</r>`);
      expect(root.text).toBe(value);
      expect(root.attributes[0]?.value).toBe(value);
    },
  );

  it('escapes a carriage return as &#13;', () => {
    expect(escapeXml('a\rb')).toBe('a&#13;b');
    expect(escapeXml('a\r\nb')).toBe('a&#13;&#10;b');
  });
});
