/**
 * The element tree codecs read a SOAP answer as, and the helpers they read it with. Every
 * element and attribute carries its namespace URI (Enactor's prefixes vary between services,
 * so nothing matches by prefix). The parser that builds it is `xml-parser.ts`, loaded with the
 * first answer rather than at start-up.
 */

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

export interface QName {
  readonly ns: string;
  readonly local: string;
}

export interface XmlAttribute {
  readonly ns: string;
  readonly local: string;
  readonly value: string;
}

export interface XmlElement {
  readonly ns: string;
  readonly local: string;
  /** Attributes other than namespace declarations and `xsi:type` (see `xsiType`). */
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  /** Character data directly inside this element (entities decoded, CDATA included). */
  readonly text: string;
  /** The resolved `xsi:type`, if the element carries one. */
  readonly xsiType: QName | null;
}

/** First child element with this namespace URI and local name. */
export function child(parent: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of parent.children) if (c.local === local && c.ns === ns) return c;
  return undefined;
}

/** All child elements with this namespace URI and local name. */
export function childrenNamed(parent: XmlElement, ns: string, local: string): XmlElement[] {
  return parent.children.filter((c) => c.local === local && c.ns === ns);
}

/** The value of an attribute in no namespace (how Enactor writes its own attributes). */
export function attribute(element: XmlElement, local: string): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.ns === '') return a.value;
  return undefined;
}

/** Trimmed text of the first child with this name, or '' when there is none. */
export function childText(parent: XmlElement, ns: string, local: string): string {
  return child(parent, ns, local)?.text.trim() ?? '';
}
