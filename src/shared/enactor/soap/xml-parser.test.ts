import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, parseXml } from './xml-parser';
import { attribute, child, type XmlElement } from './xml-reader';

describe('parseXml', () => {
  it('resolves element names by namespace URI, whatever the prefix', () => {
    const a = parseXml('<x:root xmlns:x="urn:a"><x:item>1</x:item></x:root>');
    const b = parseXml('<root xmlns="urn:a"><item>1</item></root>');
    for (const root of [a, b]) {
      expect(root).toMatchObject({ ns: 'urn:a', local: 'root' });
      expect(child(root, 'urn:a', 'item')?.text).toBe('1');
    }
  });

  it('keeps unprefixed attributes in no namespace and resolves xsi:type QNames in scope', () => {
    const root = parseXml(
      '<r xmlns="urn:d" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="urn:types">' +
        '<v i:type="t:Thing" kind="k"/></r>',
    );
    const v = root.children[0]!;
    expect(attribute(v, 'kind')).toBe('k');
    expect(v.xsiType).toEqual({ ns: 'urn:types', local: 'Thing' });
  });

  it('decodes entities, character references and CDATA', () => {
    const root = parseXml(
      '<r a="&quot;x&quot; &amp; y">&lt;script&gt; &amp; O&apos;Brien &#233;&#x1F600;<![CDATA[<raw>&]]></r>',
    );
    expect(root.text).toBe("<script> & O'Brien é😀<raw>&");
    expect(attribute(root, 'a')).toBe('"x" & y');
  });

  it('scopes a prefix binding to the element that declares it', () => {
    const root = parseXml('<r><a:x xmlns:a="urn:1"/><a:x xmlns:a="urn:2"/></r>');
    expect(root.children.map((c) => c.ns)).toEqual(['urn:1', 'urn:2']);
    expect(() => parseXml('<r><a:x xmlns:a="urn:1"/><a:y/></r>')).toThrow(/Undeclared/);
  });

  it.each([
    ['mismatched end tag', '<a><b></a></b>'],
    ['unclosed element', '<a><b></b>'],
    ['undeclared prefix', '<p:a/>'],
    ['DOCTYPE (entity expansion)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['bare ampersand', '<a>fish & chips</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>junk'],
    ['unquoted attribute', '<a b=c/>'],
    ['duplicate attribute', '<a b="1" b="2"/>'],
    ['empty document', '   '],
    ['truncated document', '<a><b>tex'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
  });
});

describe('parseXml on hostile input', () => {
  // Linear, shown by counting the work rather than timing it: the duplicate check asks a set
  // once per attribute beyond the first eight (not every earlier attribute), and nested
  // declarations push and pop one binding each (no copy of every binding in scope). The count
  // stops a quadratic run early instead of letting it take seconds.
  function counting<T>(proto: T, method: keyof T, limit: number, run: () => void): number {
    const original = proto[method] as (...args: unknown[]) => unknown;
    let calls = 0;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (++calls > limit) throw new Error(`more than ${limit} calls of ${String(method)}`);
      return original.apply(this, args);
    } as T[keyof T];
    try {
      run();
    } finally {
      proto[method] = original as T[keyof T];
    }
    return calls;
  }

  it('reads 40,000 attributes on one element (578 KB) with one set lookup per attribute', () => {
    const n = 40_000;
    const xml = `<r ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(' ')}/>`;
    expect(xml.length).toBeGreaterThan(400_000);
    let root: XmlElement | undefined;
    const lookups = counting(Set.prototype, 'has', n, () => {
      root = parseXml(xml);
    });
    expect(lookups).toBe(n - 8);
    expect(root?.attributes).toHaveLength(n);
    expect(root?.attributes[n - 1]).toEqual({ ns: '', local: `a${n - 1}`, value: `${n - 1}` });
    // And a duplicate at the very end is still found.
    expect(() => parseXml(xml.replace('/>', ' a7="again"/>'))).toThrow(/Duplicate attribute "a7"/);
  });

  it('reads 8,000 nested namespace declarations (about 500 KB) copying no binding maps', () => {
    const n = 8_000;
    const xml =
      Array.from(
        { length: n },
        (_, i) => `<p${i}:e xmlns:p${i}="urn:n:${i}" xmlns="urn:d:${i}">`,
      ).join('') +
      '<leaf/>' +
      Array.from({ length: n }, (_, i) => `</p${n - 1 - i}:e>`).join('');
    expect(xml.length).toBeGreaterThan(330_000);
    let root = undefined as unknown as XmlElement;
    // One entry per distinct prefix and name in the parser's own tables, not n² / 2 copies.
    const entries = counting(Map.prototype, 'set', 3 * n + 10, () => {
      root = parseXml(xml);
    });
    expect(entries).toBeLessThan(3 * n + 10);
    let deepest = root;
    for (let e = root.children[0]; e !== undefined; e = e.children[0]) deepest = e;
    expect(deepest).toMatchObject({ local: 'leaf', ns: `urn:d:${n - 1}` });
    expect(root.ns).toBe('urn:n:0');
  });

  it('reads a fault detail nested 100,000 deep without recursion', () => {
    const n = 100_000;
    const xml = '<d>' + '<x>'.repeat(n) + 'deep' + '</x>'.repeat(n) + '</d>';
    let e = parseXml(xml);
    for (let i = 0; i < n; i++) e = e.children[0]!;
    expect(e.text).toBe('deep');
  });
});

describe('parseXml end-of-line and attribute-value handling (XML 1.0 sections 2.11, 3.3.3)', () => {
  it('reads CR LF and a lone CR as LF, in text and attributes', () => {
    const root = parseXml('<r a="x\r\ny\rz">one\r\ntwo\rthree</r>');
    expect(root.text).toBe('one\ntwo\nthree');
    // In an attribute, a literal line end then reads as a space.
    expect(attribute(root, 'a')).toBe('x y z');
  });

  it('keeps character references to white space as written', () => {
    const root = parseXml('<r a="x&#13;&#10;y&#9;z">a&#13;b</r>');
    expect(attribute(root, 'a')).toBe('x\r\ny\tz');
    expect(root.text).toBe('a\rb');
  });

  it('refuses a named entity that is only a property of Object', () => {
    expect(() => parseXml('<r>&constructor;</r>')).toThrow(/Unknown entity &constructor;/);
    expect(() => parseXml('<r a="&toString;"/>')).toThrow(XmlSyntaxError);
  });
});

describe('parseXml reads repeated tags the fast way exactly as the first time', () => {
  it('tells apart tags that start alike, and attribute texts seen before', () => {
    const xml =
      '<r xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="urn:t">' +
      '<a i:type="t:X"/><a i:type="t:X"/><ab i:type="t:X"/><a i:type="t:Y">1</a>' +
      '<a  i:type="t:X" />' +
      '<a i:type="t:X" k="v"/><a/><a>2</a><a i:type="t:X"/></r>';
    const root = parseXml(xml);
    expect(
      root.children.map((c) => [c.local, c.xsiType?.local ?? null, c.text, c.attributes.length]),
    ).toEqual([
      ['a', 'X', '', 0],
      ['a', 'X', '', 0],
      ['ab', 'X', '', 0],
      ['a', 'Y', '1', 0],
      ['a', 'X', '', 0],
      ['a', 'X', '', 1],
      ['a', null, '', 0],
      ['a', null, '2', 0],
      ['a', 'X', '', 0],
    ]);
  });

  it('resolves a repeated attribute text again when a prefix is bound anew', () => {
    const root = parseXml(
      '<r xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="urn:one">' +
        '<v i:type="t:X"/><w xmlns:t="urn:two"><v i:type="t:X"/></w><v i:type="t:X"/></r>',
    );
    expect(root.children[0]!.xsiType).toEqual({ ns: 'urn:one', local: 'X' });
    expect(root.children[1]!.children[0]!.xsiType).toEqual({ ns: 'urn:two', local: 'X' });
    expect(root.children[2]!.xsiType).toEqual({ ns: 'urn:one', local: 'X' });
  });

  it('still checks a repeated end tag', () => {
    expect(() => parseXml('<r><a></a><a></b></r>')).toThrow(/End tag <\/b> does not match <a>/);
    expect(() => parseXml('<r><a></a><a></a ></r>')).not.toThrow();
    expect(() => parseXml('<r><ab></ab><a></ab></r>')).toThrow(XmlSyntaxError);
  });
});
