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

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at character ${offset})`);
    this.name = 'XmlSyntaxError';
  }
}

/**
 * The prefix bindings in force. A new scope is made only where an element declares
 * namespaces (a handful per document), and it also remembers resolved `xsi:type` values, so
 * the thousands of identical `core:String` types cost one lookup and one object.
 */
class Scope {
  readonly qnames = new Map<string, QName>();
  constructor(readonly bindings: Map<string, string>) {}

  resolve(prefix: string, offset: number): string {
    const ns = this.bindings.get(prefix);
    if (ns === undefined)
      throw new XmlSyntaxError(`Undeclared namespace prefix "${prefix}"`, offset);
    return ns;
  }

  qname(value: string, offset: number): QName {
    let q = this.qnames.get(value);
    if (q === undefined) {
      const trimmed = value.trim();
      const colon = trimmed.indexOf(':');
      q = Object.freeze({
        ns: this.resolve(colon === -1 ? '' : trimmed.slice(0, colon), offset),
        local: colon === -1 ? trimmed : trimmed.slice(colon + 1),
      });
      this.qnames.set(value, q);
    }
    return q;
  }
}

// Canonical copies of the URIs Enactor uses: a URI read from a document is a fresh slice,
// and comparing it with a constant would compare every character, at every element.
const KNOWN_URIS = new Map(
  [
    'http://www.enactor.com/core',
    'http://www.enactor.com/retail',
    'http://www.enactor.com/retail/AccountBalanceService',
    'http://www.enactor.com/crm',
    XSI_NS,
    'http://www.w3.org/2001/XMLSchema',
    'http://schemas.xmlsoap.org/soap/envelope/',
    'http://www.w3.org/2003/05/soap-envelope',
  ].map((uri) => [uri, uri]),
);

function internUri(uri: string): string {
  return KNOWN_URIS.get(uri) ?? uri;
}

const rootScope = () =>
  new Scope(
    new Map([
      ['xml', XML_NS],
      ['', ''],
    ]),
  );

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

// Tags are read by sticky expressions anchored at each "<": the regular-expression engine
// is several times faster than a character loop in JavaScript, and a tag that does not match
// exactly where it starts is a syntax error, so nothing malformed is skipped over.
const NAME = '[^\\s/>=<\'"!?]+';
const START_TAG = new RegExp(
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  'y',
);
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');

/** An element while it is being read: children are added in place. */
interface MutableElement {
  ns: string;
  local: string;
  attributes: readonly XmlAttribute[];
  children: XmlElement[];
  text: string;
  xsiType: QName | null;
}

// Shared by every leaf until it gets a child: most elements never do.
const NO_CHILDREN: XmlElement[] = [];

/** Parses a complete document and returns its document element. */
export function parseXml(source: string): XmlElement {
  const s = source;
  const len = s.length;
  // The open elements, their tag names and scopes, as parallel stacks (no frame objects).
  const elements: MutableElement[] = [];
  const qnames: string[] = [];
  const scopes: Scope[] = [];
  let depth = 0;
  let root: MutableElement | null = null;
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  const base = rootScope();
  // Attributes of the start tag being read (reused; most tags have one or none).
  const attrNames: string[] = [];
  const attrValues: string[] = [];
  // One string per distinct tag name, so decoders compare names by identity, not by content.
  const names = new Map<string, string>();
  const intern = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };

  while (pos < len) {
    const lt = s.indexOf('<', pos);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > pos) {
      if (depth > 0) {
        const raw = s.slice(pos, textEnd);
        const top = elements[depth - 1] as MutableElement;
        top.text += raw.indexOf('&') === -1 ? raw : decodeEntities(raw, pos);
      } else if (s.slice(pos, textEnd).trim() !== '') {
        throw new XmlSyntaxError('Text outside the document element', pos);
      }
    }
    if (lt === -1) break;

    const next = s.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(s);
      if (m === null) throw new XmlSyntaxError('Malformed end tag', lt);
      if (depth === 0) throw new XmlSyntaxError(`Unexpected end tag </${m[1]}>`, lt);
      const open = qnames[depth - 1] as string;
      if (m[1] !== open)
        throw new XmlSyntaxError(`End tag </${m[1]}> does not match <${open}>`, lt);
      depth--;
      pos = END_TAG.lastIndex;
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
        if (depth === 0) throw new XmlSyntaxError('CDATA outside the document element', lt);
        (elements[depth - 1] as MutableElement).text += s.slice(lt + 9, end);
        pos = end + 3;
        continue;
      }
      // DOCTYPE and other declarations: SOAP forbids them, and refusing them rules out
      // entity-expansion attacks.
      throw new XmlSyntaxError('Document type declarations are not allowed', lt);
    }

    // Start tag.
    if (root !== null && depth === 0)
      throw new XmlSyntaxError('More than one document element', lt);
    START_TAG.lastIndex = lt;
    const m = START_TAG.exec(s);
    if (m === null) throw new XmlSyntaxError('Malformed start tag', lt);
    const i = START_TAG.lastIndex;
    const qname = intern(m[1] as string);
    const rawAttributes = m[2] as string;
    const selfClosing = m[3] === '/';
    const colon = qname.indexOf(':');

    let attrCount = 0;
    let declares = false;
    if (rawAttributes !== '') {
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(rawAttributes); a !== null; a = ATTRIBUTE.exec(rawAttributes)) {
        const attrName = a[1] as string;
        const raw = a[2] ?? a[3] ?? '';
        for (let k = 0; k < attrCount; k++) {
          if (attrNames[k] === attrName) {
            throw new XmlSyntaxError(`Duplicate attribute "${attrName}"`, lt);
          }
        }
        if (
          attrName.startsWith('xmlns') &&
          (attrName.length === 5 || attrName.charCodeAt(5) === 58)
        ) {
          declares = true;
        }
        attrNames[attrCount] = attrName;
        attrValues[attrCount] = raw.indexOf('&') === -1 ? raw : decodeEntities(raw, lt);
        attrCount++;
      }
    }

    const parentScope = depth > 0 ? (scopes[depth - 1] as Scope) : base;
    let scope = parentScope;
    if (declares) {
      // Declarations first: they apply to this element's own name and attributes.
      const bindings = new Map(parentScope.bindings);
      for (let a = 0; a < attrCount; a++) {
        const name = attrNames[a] as string;
        if (!name.startsWith('xmlns') || (name.length !== 5 && name.charCodeAt(5) !== 58)) continue;
        const prefix = name.length === 5 ? '' : name.slice(6);
        const uri = attrValues[a] as string;
        if (prefix !== '' && uri === '') {
          throw new XmlSyntaxError(`Prefix "${prefix}" bound to an empty namespace`, lt);
        }
        bindings.set(prefix, internUri(uri));
      }
      scope = new Scope(bindings);
    }

    // xmlns declarations live in the scope and xsi:type in `xsiType`: neither is kept as an
    // attribute object, so most elements share the one empty list (fewer objects to collect).
    let attributes = EMPTY_ATTRIBUTES;
    let xsiType: QName | null = null;
    for (let a = 0; a < attrCount; a++) {
      const name = attrNames[a] as string;
      const ac = name.indexOf(':');
      if (ac === -1) {
        if (name === 'xmlns') continue;
        // Unprefixed attributes are in no namespace, whatever the default namespace is.
        if (attributes === EMPTY_ATTRIBUTES) attributes = [];
        (attributes as XmlAttribute[]).push({
          ns: '',
          local: name,
          value: attrValues[a] as string,
        });
        continue;
      }
      const prefix = name.slice(0, ac);
      if (prefix === 'xmlns') continue;
      const ns = scope.resolve(prefix, lt);
      const local = name.slice(ac + 1);
      if (ns === XSI_NS && local === 'type') {
        xsiType = scope.qname(attrValues[a] as string, lt);
        continue;
      }
      if (attributes === EMPTY_ATTRIBUTES) attributes = [];
      (attributes as XmlAttribute[]).push({ ns, local, value: attrValues[a] as string });
    }

    const element: MutableElement = {
      ns: scope.resolve(colon === -1 ? '' : qname.slice(0, colon), lt),
      local: colon === -1 ? qname : intern(qname.slice(colon + 1)),
      attributes,
      children: NO_CHILDREN,
      text: '',
      xsiType,
    };
    if (depth > 0) {
      const parent = elements[depth - 1] as MutableElement;
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else parent.children.push(element);
    } else {
      root = element;
    }
    if (!selfClosing) {
      elements[depth] = element;
      qnames[depth] = qname;
      scopes[depth] = scope;
      depth++;
    }
    pos = i;
  }

  if (depth > 0) throw new XmlSyntaxError(`Element <${qnames[depth - 1]}> is never closed`, len);
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

/** Trimmed text of the first child with this name, or '' when there is none. */
export function childText(parent: XmlElement, ns: string, local: string): string {
  return child(parent, ns, local)?.text.trim() ?? '';
}
