import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, attribute, child, parseXml } from './xml-reader';

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
