import type { PageRequest } from '../../domain/paging';
import { NS } from './namespaces';
import { attribute, child, type XmlElement } from './xml-reader';

/** A `core:WrappedPrimitive` value: its text and the local name of its xsd type. */
export interface WrappedPrimitive {
  readonly xsdType: string;
  readonly text: string;
}

/** One column value: `core:String` text, `core:WrappedNull` as null, or a wrapped primitive. */
export type Cell = string | null | WrappedPrimitive;

export interface PagedKey {
  /** Local name of the key's xsi:type, e.g. `CustomerKey`. */
  readonly type: string;
  readonly text: string;
  /** Attributes in no namespace, e.g. `accountType`. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Child elements by local name, for keys that carry their parts as elements. */
  readonly parts: Readonly<Record<string, string>>;
}

export interface PagedRow {
  readonly key: PagedKey;
  /** Positional values; read them through `PagedArrayList.column`, never by position. */
  readonly cells: readonly Cell[];
}

export interface PagedArrayList {
  readonly rowsPerPage: number;
  readonly currentRowOffset: number;
  readonly totalRows: number;
  readonly columns: readonly string[];
  readonly rows: readonly PagedRow[];
  /** Index of a column by name, or -1 when the server did not send it. */
  column(name: string): number;
}

export class PagedListError extends Error {
  override name = 'PagedListError';
}

/**
 * A paging attribute: digits only, and a safe integer (`Number` alone would take "1e21",
 * "0x10" or 2^53 + 1). Absent or empty reads as 0.
 */
function readCount(raw: string | undefined, name: string): number {
  if (raw === undefined || raw.trim() === '') return 0;
  const value = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value)) {
    throw new PagedListError(`pagedArrayList @${name} is not a count: "${raw}"`);
  }
  return value;
}

/**
 * A list from its parts, checked: every row has one value per column name, and the paging
 * attributes (read by `attributeOf`) are counts. The tree decoder and the streaming one
 * (`paged-list-stream.ts`) both end here.
 */
export function checkedList(
  columns: string[],
  rows: PagedRow[],
  attributeOf: (name: string) => string | undefined,
): PagedArrayList {
  for (const [index, row] of rows.entries()) {
    if (row.cells.length !== columns.length) {
      throw new PagedListError(
        `row ${index + 1} has ${row.cells.length} values for ${columns.length} column names`,
      );
    }
  }
  const indexByName = new Map(columns.map((name, index) => [name, index]));
  const count = (name: string) => readCount(attributeOf(name), name);
  return {
    rowsPerPage: count('rowsPerPage'),
    currentRowOffset: count('currentRowOffset'),
    totalRows: count('totalRows'),
    columns,
    rows,
    column: (name) => indexByName.get(name) ?? -1,
  };
}

function decodeKey(element: XmlElement | undefined): PagedKey {
  if (!element) return { type: '', text: '', attributes: {}, parts: {} };
  const attributes: Record<string, string> = {};
  for (const a of element.attributes) if (a.ns === '') attributes[a.local] = a.value;
  const parts: Record<string, string> = {};
  for (const c of element.children) parts[c.local] = c.text.trim();
  return { type: element.xsiType?.local ?? '', text: element.text.trim(), attributes, parts };
}

function decodeCell(element: XmlElement): Cell {
  const type = element.xsiType;
  if (type === null || type.ns !== NS.core) {
    throw new PagedListError(`arrayObject has no core xsi:type`);
  }
  switch (type.local) {
    case 'String':
      return element.text;
    case 'WrappedNull':
      return null;
    case 'WrappedPrimitive': {
      const value = child(element, NS.core, 'value');
      if (!value) throw new PagedListError('WrappedPrimitive has no core:value');
      const xsdType = value.xsiType;
      return { xsdType: xsdType?.ns === NS.xsd ? xsdType.local : '', text: value.text.trim() };
    }
    default:
      throw new PagedListError(`unknown arrayObject type core:${type.local}`);
  }
}

/**
 * Decodes a `core:pagedArrayList`. Column names come from `core:propertyNames` (as in the
 * seed examples) or `core:columnNames` (as in Enactor's public XSLT); each row must carry one
 * value per name.
 */
export function decodePagedArrayList(list: XmlElement): PagedArrayList {
  if (list.ns !== NS.core || list.local !== 'pagedArrayList') {
    throw new PagedListError(`expected core:pagedArrayList, found ${list.local}`);
  }
  const columns: string[] = [];
  const rows: PagedRow[] = [];
  for (const element of list.children) {
    if (element.ns !== NS.core) continue;
    if (element.local === 'contents') {
      const data = child(element, NS.core, 'data');
      const values = data && child(data, NS.core, 'values');
      const cells = values
        ? values.children
            .filter((c) => c.local === 'arrayObject' && c.ns === NS.core)
            .map(decodeCell)
        : [];
      rows.push({ key: decodeKey(child(element, NS.core, 'key')), cells });
    } else if (element.local === 'propertyNames' || element.local === 'columnNames') {
      columns.push(element.text.trim());
    }
  }
  return checkedList(columns, rows, (name) => attribute(list, name));
}

/** Reads a cell as text: '' for null, the text of a wrapped primitive. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : cell.text;
}

/** The `core:pagedArrayList` a search response wraps (every Enactor search answers this way). */
export function pagedListIn(response: XmlElement): PagedArrayList {
  const list = child(response, NS.core, 'pagedArrayList');
  if (!list) throw new PagedListError(`${response.local} has no core:pagedArrayList`);
  return decodePagedArrayList(list);
}

/** The paging figures a server wrote on its list (all zeros when it did not page). */
export interface ListPaging {
  readonly rowsPerPage: number;
  readonly currentRowOffset: number;
  readonly totalRows: number;
}

/**
 * A large answer is not parsed into a tree: the decode worker reads its `pagedArrayList`
 * straight from the text (`paged-list-stream.ts`) and hands the codec a stand-in response
 * carrying the list under this key, so `readPagedRows` (and so every search codec) reads it
 * unchanged. Anything else a codec reads from the stand-in sends the answer back to the tree.
 */
export const READ_AHEAD = Symbol('pagedArrayList read ahead');
type ReadAhead = { readonly [READ_AHEAD]?: PagedArrayList };

/** A list answer as domain rows, with the paging the server wrote on it. */
export interface PagedAnswer<Row> {
  readonly rows: readonly Row[];
  readonly paging: ListPaging;
}

/** Reads one row's cells by field name (columns are found by name, never by position). */
export type RowReader<Field extends string> = {
  readonly key: PagedKey;
  cell(field: Field): Cell | undefined;
  text(field: Field): string;
};

/**
 * The `core:pagedArrayList` of a search answer as domain rows: `columns` maps each field the
 * codec wants to the server's column name, and `row` builds one domain row from a reader.
 * A column the server did not send reads as empty.
 */
export function readPagedRows<Field extends string, Row>(
  response: XmlElement,
  columns: Readonly<Record<Field, string>>,
  row: (read: RowReader<Field>) => Row,
): PagedAnswer<Row> {
  const list = (response as ReadAhead)[READ_AHEAD] ?? pagedListIn(response);
  const at = new Map<Field, number>();
  for (const field of Object.keys(columns) as Field[]) at.set(field, list.column(columns[field]));
  const rows = list.rows.map(({ key, cells }) => {
    const cell = (field: Field) => cells[at.get(field) ?? -1];
    return row({ key, cell, text: (field) => cellText(cell(field)) });
  });
  return {
    rows,
    paging: {
      rowsPerPage: list.rowsPerPage,
      currentRowOffset: list.currentRowOffset,
      totalRows: list.totalRows,
    },
  };
}

/**
 * The `pageInfo` a search request carries ([PUB] for the CRM search; [OURS] for the customer
 * searches): `{prefix}:pageInfo` holding `core:rowOffset` and `core:rowCount`. The `core:`
 * prefix must be declared where it is written.
 */
export function pageInfoElement(prefix: 'core' | 'retail', page: PageRequest): string {
  return (
    `<${prefix}:pageInfo><core:rowOffset>${page.offset}</core:rowOffset>` +
    `<core:rowCount>${page.count}</core:rowCount></${prefix}:pageInfo>`
  );
}
