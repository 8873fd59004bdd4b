import { NS } from './namespaces';
import {
  checkedList,
  type Cell,
  type PagedArrayList,
  type PagedKey,
  type PagedRow,
} from './paged-array-list';
import { readXml, type XmlAttributes, type XmlSink } from './xml-parser';
import type { QName } from './xml-reader';

/**
 * The `core:pagedArrayList` of a search answer read straight from the envelope's text, with no
 * element tree: the tokenizer of `xml-reader.ts` (so every check of the tree reader) feeding a
 * state machine that fills rows as the tags go by. It reads exactly what `decodePagedArrayList`
 * reads from a tree; the decode worker uses it for large answers.
 *
 * It handles the plain case only. When the answer is anything else (a Fault, another payload,
 * no list, a value it would have to refuse), it throws `NotStreamable` and the caller reads the
 * answer as a tree, which says precisely what is wrong, so both ways end in the same result.
 */
export class NotStreamable extends Error {
  override name = 'NotStreamable';
}

// What each open element is to the decoder.
const SKIP = 0; // ignored, with everything inside it
const ENVELOPE = 1;
const BODY = 2;
const RESPONSE = 3;
const LIST = 4;
const CONTENTS = 5;
const KEY = 6;
const KEY_PART = 7;
const DATA = 8;
const VALUES = 9;
const STRING = 10;
const NULL = 11;
const PRIMITIVE = 12;
const PRIMITIVE_VALUE = 13;
const COLUMN_NAME = 14;

/** The elements whose own text the decoder keeps. */
const TEXT_MODES = new Uint8Array(COLUMN_NAME + 1);
for (const mode of [KEY, KEY_PART, STRING, PRIMITIVE_VALUE, COLUMN_NAME]) TEXT_MODES[mode] = 1;

const NONE: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_KEY: PagedKey = Object.freeze({ type: '', text: '', attributes: NONE, parts: NONE });

class PagedListSink implements XmlSink {
  wantsText = false;
  private readonly modes: number[] = [];
  private soapNs = '';
  private seenBody = false;
  private seenPayload = false;
  private seenList = false;
  readonly counts = new Map<string, string>();
  readonly columns: string[] = [];
  readonly rows: PagedRow[] = [];
  // The row being read.
  private key: PagedKey = NO_KEY;
  private keyType = '';
  private keyText = '';
  private keyAttributes: Record<string, string> = {};
  private keyParts: Record<string, string> = {};
  private partName = '';
  private partText = '';
  private seenData = false;
  private seenValues = false;
  private cells: Cell[] = [];
  // The cell or column name being read.
  private chars = '';
  private seenValue = false;
  private valueType = '';
  private valueText = '';

  constructor(
    private readonly responseLocal: string,
    private readonly responseNs: string,
  ) {}

  start(name: QName, xsiType: QName | null, attributes: XmlAttributes): void {
    const depth = this.modes.length;
    let mode = SKIP;
    switch (depth === 0 ? -1 : this.modes[depth - 1]) {
      case -1:
        if (name.local !== 'Envelope' || (name.ns !== NS.soap11 && name.ns !== NS.soap12)) {
          throw new NotStreamable('not a SOAP envelope');
        }
        this.soapNs = name.ns;
        mode = ENVELOPE;
        break;
      case ENVELOPE:
        if (!this.seenBody && name.local === 'Body' && name.ns === this.soapNs) {
          this.seenBody = true;
          mode = BODY;
        }
        break;
      case BODY:
        if (!this.seenPayload) {
          this.seenPayload = true;
          if (name.local !== this.responseLocal || name.ns !== this.responseNs) {
            throw new NotStreamable(`the payload is <${name.local}>`);
          }
          mode = RESPONSE;
        }
        break;
      case RESPONSE:
        if (!this.seenList && name.local === 'pagedArrayList' && name.ns === NS.core) {
          this.seenList = true;
          for (let a = 0; a < attributes.count; a++) {
            if (attributes.ns[a] === '') {
              this.counts.set(attributes.local[a] as string, attributes.value[a] as string);
            }
          }
          mode = LIST;
        }
        break;
      case LIST:
        if (name.ns !== NS.core) break;
        if (name.local === 'contents') {
          this.key = NO_KEY;
          this.seenData = false;
          this.seenValues = false;
          this.cells = [];
          mode = CONTENTS;
        } else if (name.local === 'propertyNames' || name.local === 'columnNames') {
          this.chars = '';
          mode = COLUMN_NAME;
        }
        break;
      case CONTENTS:
        if (name.ns !== NS.core) break;
        if (name.local === 'key' && this.key === NO_KEY) {
          this.keyType = xsiType?.local ?? '';
          this.keyText = '';
          // Most keys have no attributes and no parts: they share one empty object of each.
          this.keyAttributes = NONE;
          this.keyParts = NONE;
          for (let a = 0; a < attributes.count; a++) {
            if (attributes.ns[a] === '') {
              if (this.keyAttributes === NONE) this.keyAttributes = {};
              this.keyAttributes[attributes.local[a] as string] = attributes.value[a] as string;
            }
          }
          mode = KEY;
        } else if (name.local === 'data' && !this.seenData) {
          this.seenData = true;
          mode = DATA;
        }
        break;
      case KEY:
        // Every child of a key is one of its parts, whatever its namespace.
        this.partName = name.local;
        this.partText = '';
        mode = KEY_PART;
        break;
      case DATA:
        if (!this.seenValues && name.local === 'values' && name.ns === NS.core) {
          this.seenValues = true;
          mode = VALUES;
        }
        break;
      case VALUES:
        if (name.local !== 'arrayObject' || name.ns !== NS.core) break;
        if (xsiType === null || xsiType.ns !== NS.core) throw new NotStreamable('untyped value');
        if (xsiType.local === 'String') {
          this.chars = '';
          mode = STRING;
        } else if (xsiType.local === 'WrappedNull') {
          mode = NULL;
        } else if (xsiType.local === 'WrappedPrimitive') {
          this.seenValue = false;
          mode = PRIMITIVE;
        } else {
          throw new NotStreamable(`value of type ${xsiType.local}`);
        }
        break;
      case PRIMITIVE:
        if (!this.seenValue && name.local === 'value' && name.ns === NS.core) {
          this.seenValue = true;
          this.valueType = xsiType?.ns === NS.xsd ? xsiType.local : '';
          this.chars = '';
          mode = PRIMITIVE_VALUE;
        }
        break;
      // Inside a value, a key part or a column name, child elements add nothing.
    }
    this.modes.push(mode);
    this.wantsText = TEXT_MODES[mode] === 1;
  }

  text(value: string): void {
    const mode = this.modes[this.modes.length - 1];
    if (mode === KEY) this.keyText += value;
    else if (mode === KEY_PART) this.partText += value;
    else this.chars += value;
  }

  end(): void {
    switch (this.modes.pop()) {
      case ENVELOPE:
        if (!this.seenBody) throw new NotStreamable('no Body');
        break;
      case BODY:
        if (!this.seenPayload) throw new NotStreamable('empty Body');
        break;
      case RESPONSE:
        if (!this.seenList) throw new NotStreamable('no pagedArrayList');
        break;
      case CONTENTS:
        this.rows.push({ key: this.key, cells: this.cells });
        break;
      case KEY:
        this.key = {
          type: this.keyType,
          text: this.keyText.trim(),
          attributes: this.keyAttributes,
          parts: this.keyParts,
        };
        break;
      case KEY_PART:
        if (this.keyParts === NONE) this.keyParts = {};
        this.keyParts[this.partName] = this.partText.trim();
        break;
      case STRING:
        this.cells.push(this.chars);
        break;
      case NULL:
        this.cells.push(null);
        break;
      case PRIMITIVE:
        if (!this.seenValue) throw new NotStreamable('WrappedPrimitive with no value');
        this.cells.push({ xsdType: this.valueType, text: this.valueText });
        break;
      case PRIMITIVE_VALUE:
        this.valueText = this.chars.trim();
        break;
      case COLUMN_NAME:
        this.columns.push(this.chars.trim());
        break;
    }
    this.wantsText = TEXT_MODES[this.modes[this.modes.length - 1] ?? SKIP] === 1;
  }
}

/**
 * Reads the `core:pagedArrayList` of an `{operation}Response` envelope. Throws XmlSyntaxError
 * for a document that is not well-formed, PagedListError for a list that breaks its rules, and
 * NotStreamable for anything the tree must read (see above).
 */
export function streamPagedList(
  envelope: string,
  operation: string,
  responseNs: string,
): PagedArrayList {
  const sink = new PagedListSink(`${operation}Response`, responseNs);
  readXml(envelope, sink);
  return checkedList(sink.columns, sink.rows, (name) => sink.counts.get(name));
}
