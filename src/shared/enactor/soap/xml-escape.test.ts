import { describe, expect, it } from 'vitest';
import { escapeXml } from './xml-escape';
import { parseXml } from './xml-reader';

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
    expect(escapeXml('tab\tok')).toBe('tab\tok');
  });
});
