/**
 * A small, strict, namespace-aware XML reader for SOAP responses.
 *
 * Why not a library: general parsers either ignore namespaces (so prefixes would leak into the
 * codecs, and Enactor's prefixes vary between services) or are several times slower than the
 * 150 MB/s decode budget in docs/BUDGET.md. This reader builds a compact element tree with every
 * element and attribute resolved to its namespace URI, resolves `xsi:type` QNames while the
 * prefix bindings are in scope, and rejects what SOAP never sends (DTDs) and anything that is
 * not well-formed.
 */

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

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
  readonly attributes: readonly XmlAttribute[];
  readonly children: XmlElement[];
  /** Character data directly inside this element (entities decoded, CDATA included). */
  text: string;
  /** The resolved `xsi:type`, if the element carries one. */
  readonly xsiType: QName | null;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at character ${offset})`);
    this.name = 'XmlSyntaxError';
  }
}

type Scope = Record<string, string>;

interface Frame {
  readonly element: XmlElement;
  readonly qname: string;
  readonly scope: Scope;
}

// Not frozen: child scopes inherit from it, and assigning over an inherited read-only
// property would throw when a document rebinds the default namespace.
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, '': '' });

const EMPTY_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, offset: number): string {
  return raw.replace(/&([^;&<]*);|&/g, (match, name: string | undefined) => {
    if (name === undefined) throw new XmlSyntaxError('Bare "&" in character data', offset);
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) {
        throw new XmlSyntaxError(`Bad character reference ${match}`, offset);
      }
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[name];
    if (value === undefined) throw new XmlSyntaxError(`Unknown entity ${match}`, offset);
    return value;
  });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 62 /* > */ || c === 47 /* / */ || c === 61; /* = */
}

function splitQName(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(':');
  return colon === -1 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function resolvePrefix(scope: Scope, prefix: string, offset: number): string {
  const ns = scope[prefix];
  if (ns === undefined) throw new XmlSyntaxError(`Undeclared namespace prefix "${prefix}"`, offset);
  return ns;
}

/** Parses a complete document and returns its document element. */
export function parseXml(source: string): XmlElement {
  const s = source;
  const len = s.length;
  const stack: Frame[] = [];
  let root: XmlElement | null = null;
  let pos = 0;
  // Skip a byte-order mark.
  if (s.charCodeAt(0) === 0xfeff) pos = 1;

  while (pos < len) {
    const lt = s.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      if (top) {
        const raw = s.slice(pos, textEnd);
        top.element.text += raw.indexOf('&') === -1 ? raw : decodeEntities(raw, pos);
      } else if (s.slice(pos, textEnd).trim() !== '') {
        throw new XmlSyntaxError('Text outside the document element', pos);
      }
    }
    if (lt === -1) break;

    const next = s.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = s.indexOf('>', lt);
      if (gt === -1) throw new XmlSyntaxError('Unterminated end tag', lt);
      const name = s.slice(lt + 2, gt).trimEnd();
      const frame = stack.pop();
      if (!frame) throw new XmlSyntaxError(`Unexpected end tag </${name}>`, lt);
      if (frame.qname !== name) {
        throw new XmlSyntaxError(`End tag </${name}> does not match <${frame.qname}>`, lt);
      }
      pos = gt + 1;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlSyntaxError('Unterminated processing instruction', lt);
      pos = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end === -1) throw new XmlSyntaxError('Unterminated comment', lt);
        pos = end + 3;
        continue;
      }
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end === -1) throw new XmlSyntaxError('Unterminated CDATA section', lt);
        const top = stack[stack.length - 1];
        if (!top) throw new XmlSyntaxError('CDATA outside the document element', lt);
        top.element.text += s.slice(lt + 9, end);
        pos = end + 3;
        continue;
      }
      // DOCTYPE and other declarations: SOAP forbids them, and refusing them rules out
      // entity-expansion attacks.
      throw new XmlSyntaxError('Document type declarations are not allowed', lt);
    }

    // Start tag.
    if (root !== null && stack.length === 0) {
      throw new XmlSyntaxError('More than one document element', lt);
    }
    let i = lt + 1;
    while (i < len && !isNameEnd(s.charCodeAt(i))) i++;
    const qname = s.slice(lt + 1, i);
    if (qname === '') throw new XmlSyntaxError('Missing element name', lt);

    let attrNames: string[] | null = null;
    let attrValues: string[] | null = null;
    let selfClosing = false;
    for (;;) {
      while (i < len && isSpace(s.charCodeAt(i))) i++;
      if (i >= len) throw new XmlSyntaxError(`Unterminated start tag <${qname}>`, lt);
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        i++;
        break;
      }
      if (c === 47 /* / */) {
        if (s.charCodeAt(i + 1) !== 62) throw new XmlSyntaxError('Expected "/>"', i);
        selfClosing = true;
        i += 2;
        break;
      }
      const nameStart = i;
      while (i < len && !isNameEnd(s.charCodeAt(i))) i++;
      const attrName = s.slice(nameStart, i);
      if (attrName === '') throw new XmlSyntaxError(`Bad attribute in <${qname}>`, nameStart);
      while (i < len && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 61 /* = */) {
        throw new XmlSyntaxError(`Attribute "${attrName}" has no value`, i);
      }
      i++;
      while (i < len && isSpace(s.charCodeAt(i))) i++;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) {
        throw new XmlSyntaxError(`Attribute "${attrName}" value is not quoted`, i);
      }
      const valueEnd = s.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (valueEnd === -1) throw new XmlSyntaxError(`Unterminated attribute "${attrName}"`, i);
      const raw = s.slice(i + 1, valueEnd);
      if (raw.indexOf('<') !== -1) throw new XmlSyntaxError('"<" in attribute value', i);
      const value = raw.indexOf('&') === -1 ? raw : decodeEntities(raw, i);
      i = valueEnd + 1;
      const after = s.charCodeAt(i);
      if (!isSpace(after) && after !== 62 && after !== 47) {
        throw new XmlSyntaxError(`Missing space after attribute "${attrName}"`, i);
      }
      if (attrNames === null || attrValues === null) {
        attrNames = [];
        attrValues = [];
      } else if (attrNames.includes(attrName)) {
        throw new XmlSyntaxError(`Duplicate attribute "${attrName}"`, nameStart);
      }
      attrNames.push(attrName);
      attrValues.push(value);
    }

    const parent = stack[stack.length - 1];
    let scope = parent ? parent.scope : ROOT_SCOPE;
    let attributes = EMPTY_ATTRIBUTES;
    let xsiType: QName | null = null;

    if (attrNames !== null && attrValues !== null) {
      // Namespace declarations first: they apply to this element's own name and attributes.
      for (let a = 0; a < attrNames.length; a++) {
        const name = attrNames[a] as string;
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === (parent ? parent.scope : ROOT_SCOPE)) scope = Object.create(scope) as Scope;
          const prefix = name.length === 5 ? '' : name.slice(6);
          const uri = attrValues[a] as string;
          if (prefix !== '' && uri === '') {
            throw new XmlSyntaxError(`Prefix "${prefix}" bound to an empty namespace`, lt);
          }
          scope[prefix] = uri;
        }
      }
      const list: XmlAttribute[] = [];
      for (let a = 0; a < attrNames.length; a++) {
        const name = attrNames[a] as string;
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        const value = attrValues[a] as string;
        const [prefix, local] = splitQName(name);
        // Unprefixed attributes are in no namespace, whatever the default namespace is.
        const ns = prefix === '' ? '' : resolvePrefix(scope, prefix, lt);
        if (ns === XMLNS_NS) continue;
        list.push({ ns, local, value });
        if (ns === XSI_NS && local === 'type') {
          const [typePrefix, typeLocal] = splitQName(value.trim());
          xsiType = { ns: resolvePrefix(scope, typePrefix, lt), local: typeLocal };
        }
      }
      attributes = list;
    }

    const [prefix, local] = splitQName(qname);
    const element: XmlElement = {
      ns: resolvePrefix(scope, prefix, lt),
      local,
      attributes,
      children: [],
      text: '',
      xsiType,
    };
    if (parent) parent.element.children.push(element);
    else root = element;
    if (!selfClosing) stack.push({ element, qname, scope });
    pos = i;
  }

  const open = stack[stack.length - 1];
  if (open) throw new XmlSyntaxError(`Element <${open.qname}> is never closed`, len);
  if (root === null) throw new XmlSyntaxError('The document is empty', 0);
  return root;
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

/** Depth-first search for the first descendant (or the element itself) with this name. */
export function findElement(root: XmlElement, ns: string, local: string): XmlElement | undefined {
  if (root.local === local && root.ns === ns) return root;
  for (const c of root.children) {
    const found = findElement(c, ns, local);
    if (found) return found;
  }
  return undefined;
}

/** The value of an attribute in no namespace (how Enactor writes its own attributes). */
export function attribute(element: XmlElement, local: string): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.ns === '') return a.value;
  return undefined;
}
