/**
 * A small, strict, namespace-aware XML parser for SOAP responses.
 *
 * Why not a library: general parsers either ignore namespaces (so prefixes would leak into the
 * codecs, and Enactor's prefixes vary between services) or are several times slower (see
 * docs/BUDGET.md). `readXml` tokenises a document and hands every element, resolved to its
 * namespace URI, to a sink: `parseXml` builds the element tree of `xml-reader.ts` with one; the
 * paged-list decoder (`paged-list-stream.ts`) fills rows with another, with no tree. Both get
 * the same checks: it rejects what SOAP never sends (DTDs) and anything that is not
 * well-formed, and it stays linear on hostile input (prefix bindings are stacks, not copied
 * maps; a tag with many attributes checks duplicates with a set).
 */
import { XSI_NS, type QName, type XmlAttribute, type XmlElement } from './xml-reader';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at character ${offset})`);
    this.name = 'XmlSyntaxError';
  }
}

/** The attributes of the start tag being read (no namespace declarations, no `xsi:type`). */
export interface XmlAttributes {
  readonly count: number;
  readonly ns: readonly string[];
  readonly local: readonly string[];
  readonly value: readonly string[];
}

/** What `readXml` reports to. Names compare by identity: one object per name and binding. */
export interface XmlSink {
  /** Whether `text` wants the character data of the element now open (it is checked anyway). */
  readonly wantsText: boolean;
  /** An element starts; `attributes` is reused for the next tag, so copy what you keep. */
  start(name: QName, xsiType: QName | null, attributes: XmlAttributes): void;
  text(value: string): void;
  end(): void;
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
    const value = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
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
const isDeclaration = (name: string) =>
  name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58);

/** A name as written, with the binding stack of its prefix (resolved where it is used). */
interface WrittenName {
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  readonly uris: string[];
  /** The last resolution, kept while the prefix means the same. */
  resolved: QName;
  /** This element's first child, and the element after it, the last time: likely again. */
  firstChild: WrittenName | null;
  nextSibling: WrittenName | null;
  /** Attribute texts seen on this element that held nothing but an `xsi:type`. */
  readonly seen: SeenAttributes[];
}

/** An attribute text as written, and what it meant under the bindings of `version`. */
interface SeenAttributes {
  readonly text: string;
  readonly xsiType: QName | null;
  readonly version: number;
}

const UNRESOLVED: QName = { ns: '\u0000', local: '' };
const MAX_SEEN = 4;

/**
 * Reads a complete document, reporting to `sink`. Throws XmlSyntaxError for anything that is
 * not well-formed or not namespace-well-formed, and for DTDs.
 *
 * Speed: a SOAP list repeats the same few tags thousands of times, so a start tag is first
 * compared with the one expected there (the element that came after its previous sibling, or
 * first in its parent, last time), and its attribute text with the texts that element had
 * before (while the prefix bindings are unchanged); only a tag that matches neither is read
 * by the regular expressions. Both ways give the same result.
 */
export function readXml(source: string, sink: XmlSink): void {
  // End-of-line handling (XML 1.0 section 2.11): CR LF and a lone CR read as LF.
  const s = source.indexOf('\r') === -1 ? source : source.replace(/\r\n?/g, '\n');
  const len = s.length;
  let pos = s.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  let depth = 0;
  let seenRoot = false;
  // Open elements' names as written, and how many bindings each one's start tag pushed.
  const open: string[] = [];
  const declared: number[] = [];
  // Every prefix's bindings, innermost last; `pushed` is the undo log of declarations, and
  // `version` changes whenever a binding does.
  const bindings = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['', ['']],
  ]);
  const pushed: string[][] = [];
  let version = 0;
  const unbind = (count: number) => {
    for (let k = count; k > 0; k--) (pushed.pop() as string[]).pop();
    if (count > 0) version++;
  };
  const urisOf = (prefix: string): string[] => {
    let uris = bindings.get(prefix);
    if (uris === undefined) bindings.set(prefix, (uris = []));
    return uris;
  };
  // One record per distinct name (and per distinct xsi:type value).
  const names = new Map<string, WrittenName>();
  const types = new Map<string, WrittenName>();
  const written = (qname: string): WrittenName => {
    const colon = qname.indexOf(':');
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    return {
      qname,
      prefix,
      local: colon === -1 ? qname : qname.slice(colon + 1),
      uris: urisOf(prefix),
      resolved: UNRESOLVED,
      firstChild: null,
      nextSibling: null,
      seen: [],
    };
  };
  const resolve = (name: WrittenName, offset: number): QName => {
    const ns = name.uris[name.uris.length - 1];
    if (ns === undefined) {
      throw new XmlSyntaxError(`Undeclared namespace prefix "${name.prefix}"`, offset);
    }
    if (name.resolved.ns !== ns) name.resolved = Object.freeze({ ns, local: name.local });
    return name.resolved;
  };
  // Per depth: the open element's name, and the last child started inside it (null: none yet).
  const openNames: WrittenName[] = [];
  const lastChild: (WrittenName | null)[] = [null];
  // The start tag being read: raw names and values, then the attributes the sink gets.
  const rawNames: string[] = [];
  const rawValues: string[] = [];
  const duplicates = new Set<string>();
  const attrs = { count: 0, ns: [] as string[], local: [] as string[], value: [] as string[] };
  // Where the next "&" is: found once and reused, so checking text stays linear.
  let amp = -1;

  while (pos < len) {
    let lt = s.indexOf('<', pos);
    if (lt === -1) lt = len;
    if (lt > pos) {
      if (depth === 0) {
        if (s.slice(pos, lt).trim() !== '') {
          throw new XmlSyntaxError('Text outside the document element', pos);
        }
      } else {
        if (amp < pos) {
          amp = s.indexOf('&', pos);
          if (amp === -1) amp = len;
        }
        if (sink.wantsText) {
          const raw = s.slice(pos, lt);
          sink.text(amp < lt ? decodeEntities(raw, pos) : raw);
        } else if (amp < lt) {
          decodeEntities(s.slice(pos, lt), pos);
        }
      }
    }
    if (lt === len) break;

    const next = s.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      // Usually the open element's name and ">" at once; anything else is read in full.
      const openName = depth > 0 ? (open[depth - 1] as string) : '';
      if (
        depth > 0 &&
        s.startsWith(openName, lt + 2) &&
        s.charCodeAt(lt + 2 + openName.length) === 62
      ) {
        pos = lt + 3 + openName.length;
      } else {
        END_TAG.lastIndex = lt;
        const m = END_TAG.exec(s);
        if (m === null) throw new XmlSyntaxError('Malformed end tag', lt);
        if (depth === 0) throw new XmlSyntaxError(`Unexpected end tag </${m[1]}>`, lt);
        if (m[1] !== openName) {
          throw new XmlSyntaxError(`End tag </${m[1]}> does not match <${openName}>`, lt);
        }
        pos = END_TAG.lastIndex;
      }
      depth--;
      unbind(declared[depth] as number);
      sink.end();
      continue;
    }
    if (next === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      if (end === -1) throw new XmlSyntaxError('Unterminated processing instruction', lt);
      pos = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (s.startsWith('!--', lt + 1)) {
        const end = s.indexOf('-->', lt + 4);
        if (end === -1) throw new XmlSyntaxError('Unterminated comment', lt);
        pos = end + 3;
        continue;
      }
      if (s.startsWith('![CDATA[', lt + 1)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end === -1) throw new XmlSyntaxError('Unterminated CDATA section', lt);
        if (depth === 0) throw new XmlSyntaxError('CDATA outside the document element', lt);
        if (sink.wantsText) sink.text(s.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      // DOCTYPE and other declarations: SOAP forbids them, and refusing them rules out
      // entity-expansion attacks.
      throw new XmlSyntaxError('Document type declarations are not allowed', lt);
    }

    // Start tag: first the one expected, with an attribute text it had before; else read.
    if (seenRoot && depth === 0) throw new XmlSyntaxError('More than one document element', lt);
    const before = lastChild[depth] as WrittenName | null;
    const guess =
      before !== null
        ? before.nextSibling
        : depth > 0
          ? (openNames[depth - 1] as WrittenName).firstChild
          : null;
    let w = guess as WrittenName;
    let i = lt + 1;
    let xsiType: QName | null = null;
    let selfClosing = false;
    let known = false;
    let declaredHere = 0;
    attrs.count = 0;
    if (guess !== null && s.startsWith(guess.qname, i)) {
      i += guess.qname.length;
      if (s.charCodeAt(i) === 62) {
        i++;
        known = true;
      } else {
        for (const seen of guess.seen) {
          // The character after it first (a cheap test that tells most texts apart), then it.
          const end = i + seen.text.length;
          const c = s.charCodeAt(end);
          const close = c === 62 ? 1 : c === 47 && s.charCodeAt(end + 1) === 62 ? 2 : 0;
          if (close === 0 || seen.version !== version || !s.startsWith(seen.text, i)) continue;
          i = end + close;
          selfClosing = close === 2;
          xsiType = seen.xsiType;
          known = true;
          break;
        }
      }
    }
    if (!known) {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(s);
      if (m === null) throw new XmlSyntaxError('Malformed start tag', lt);
      const qname = m[1] as string;
      const rawAttributes = m[2] as string;
      selfClosing = m[3] === '/';
      i = START_TAG.lastIndex;
      const named = names.get(qname);
      if (named === undefined) names.set(qname, (w = written(qname)));
      else w = named;

      let count = 0;
      let declares = false;
      if (rawAttributes !== '') {
        ATTRIBUTE.lastIndex = 0;
        for (let a = ATTRIBUTE.exec(rawAttributes); a !== null; a = ATTRIBUTE.exec(rawAttributes)) {
          const name = a[1] as string;
          let value = a[2] ?? a[3] ?? '';
          // Attribute-value normalisation: a literal tab or line end reads as a space (their
          // character references do not).
          if (/[\t\n&]/.test(value)) value = decodeEntities(value.replace(/[\t\n]/g, ' '), lt);
          // Duplicates: a scan for the usual handful, a set beyond (a hostile tag may have
          // 40,000, and comparing each with all before it would take seconds).
          if (count < 8) {
            for (let k = 0; k < count; k++) {
              if (rawNames[k] === name) {
                throw new XmlSyntaxError(`Duplicate attribute "${name}"`, lt);
              }
            }
          } else {
            if (count === 8) {
              duplicates.clear();
              for (let k = 0; k < 8; k++) duplicates.add(rawNames[k] as string);
            }
            if (duplicates.has(name)) throw new XmlSyntaxError(`Duplicate attribute "${name}"`, lt);
            duplicates.add(name);
          }
          if (isDeclaration(name)) declares = true;
          rawNames[count] = name;
          rawValues[count] = value;
          count++;
        }
      }

      // Declarations first: they apply to this element's own name and attributes.
      if (declares) {
        for (let a = 0; a < count; a++) {
          const name = rawNames[a] as string;
          if (!isDeclaration(name)) continue;
          const prefix = name.length === 5 ? '' : name.slice(6);
          const uri = rawValues[a] as string;
          if (prefix !== '' && uri === '') {
            throw new XmlSyntaxError(`Prefix "${prefix}" bound to an empty namespace`, lt);
          }
          const uris = urisOf(prefix);
          uris.push(KNOWN_URIS.get(uri) ?? uri);
          pushed.push(uris);
          declaredHere++;
        }
        version++;
      }

      // xmlns declarations live in the bindings and xsi:type in `xsiType`: neither is passed on.
      for (let a = 0; a < count; a++) {
        const name = rawNames[a] as string;
        let ns = '';
        let local = name;
        if (name.indexOf(':') !== -1) {
          let an = names.get(name);
          if (an === undefined) names.set(name, (an = written(name)));
          if (an.prefix === 'xmlns') continue;
          const q = resolve(an, lt);
          if (q.ns === XSI_NS && q.local === 'type') {
            const raw = rawValues[a] as string;
            let t = types.get(raw);
            if (t === undefined) types.set(raw, (t = written(raw.trim())));
            xsiType = resolve(t, lt);
            continue;
          }
          ns = q.ns;
          local = q.local;
        } else if (name === 'xmlns') {
          continue;
        }
        // Unprefixed attributes are in no namespace, whatever the default namespace is.
        attrs.ns[attrs.count] = ns;
        attrs.local[attrs.count] = local;
        attrs.value[attrs.count] = rawValues[a] as string;
        attrs.count++;
      }
      // Remember an attribute text that holds nothing but xsi:type, for the next such tag.
      if (!declares && attrs.count === 0) {
        const text = s.slice(lt + 1 + qname.length, i - (selfClosing ? 2 : 1));
        const seen = { text, xsiType, version };
        if (w.seen.length < MAX_SEEN) w.seen.push(seen);
        else w.seen[version % MAX_SEEN] = seen;
      }
    }
    if (before !== null) before.nextSibling = w;
    else if (depth > 0) (openNames[depth - 1] as WrittenName).firstChild = w;
    lastChild[depth] = w;

    sink.start(resolve(w, lt), xsiType, attrs);
    seenRoot = true;
    if (selfClosing) {
      unbind(declaredHere);
      sink.end();
    } else {
      open[depth] = w.qname;
      openNames[depth] = w;
      lastChild[depth + 1] = null;
      declared[depth] = declaredHere;
      depth++;
    }
    pos = i;
  }

  if (depth > 0) throw new XmlSyntaxError(`Element <${open[depth - 1]}> is never closed`, len);
  if (!seenRoot) throw new XmlSyntaxError('The document is empty', 0);
}

/** An element while it is being read: children are added in place. */
interface MutableElement {
  ns: string;
  local: string;
  attributes: readonly XmlAttribute[];
  children: XmlElement[];
  text: string;
  xsiType: QName | null;
}

const EMPTY_ATTRIBUTES: readonly XmlAttribute[] = Object.freeze([]);
// Shared by every leaf until it gets a child: most elements never do.
const NO_CHILDREN: XmlElement[] = [];

/** Builds the element tree. */
class TreeBuilder implements XmlSink {
  readonly wantsText = true;
  root: MutableElement | null = null;
  private readonly open: MutableElement[] = [];

  start(name: QName, xsiType: QName | null, a: XmlAttributes): void {
    // Most elements share the one empty list (fewer objects to collect).
    let attributes = EMPTY_ATTRIBUTES;
    if (a.count > 0) {
      const list: XmlAttribute[] = [];
      for (let k = 0; k < a.count; k++) {
        list.push({
          ns: a.ns[k] as string,
          local: a.local[k] as string,
          value: a.value[k] as string,
        });
      }
      attributes = list;
    }
    const element: MutableElement = {
      ns: name.ns,
      local: name.local,
      attributes,
      children: NO_CHILDREN,
      text: '',
      xsiType,
    };
    const parent = this.open[this.open.length - 1];
    if (parent === undefined) this.root = element;
    else if (parent.children === NO_CHILDREN) parent.children = [element];
    else parent.children.push(element);
    this.open.push(element);
  }

  text(value: string): void {
    (this.open[this.open.length - 1] as MutableElement).text += value;
  }

  end(): void {
    this.open.pop();
  }
}

/** Parses a complete document and returns its document element. */
export function parseXml(source: string): XmlElement {
  const tree = new TreeBuilder();
  readXml(source, tree);
  return tree.root as XmlElement;
}
