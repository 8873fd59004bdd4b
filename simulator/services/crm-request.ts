import { CORE, RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { xmlText } from '../xml/response-writer.ts';
import { CRM_NS } from './crm-customer-data-service.ts';

/**
 * Reading and writing for the CRM history and network operations ([OURS] shapes in Enactor's
 * style, docs/API.md): criteria in `retail:`, wrappers in `crm:`, paging in `core:` exactly as
 * searchCustomers takes it, answers as `retail:{x}Output` with a `retail:outcome`.
 */

export const MAX_PAGE = 500;

export type Problem = { field: string; message: string };

export const retailText = (parent: RequestElement | undefined, local: string) =>
  parent ? (childOf(parent, RETAIL, local)?.text.trim() ?? '') : '';

/** Text as sent, only surrounding whitespace of a single-line value removed. */
export const retailRaw = (parent: RequestElement | undefined, local: string) =>
  parent ? (childOf(parent, RETAIL, local)?.text ?? '') : '';

export const retailTexts = (parent: RequestElement | undefined, local: string) =>
  parent
    ? parent.children
        .filter((c) => c.ns === RETAIL && c.local === local)
        .map((c) => c.text.trim())
        .filter((t) => t !== '')
    : [];

export const retailChildren = (parent: RequestElement | undefined, local: string) =>
  parent ? parent.children.filter((c) => c.ns === RETAIL && c.local === local) : [];

export function crmChild(request: RequestElement, local: string): RequestElement | undefined {
  return childOf(request, CRM_NS, local);
}

function whole(parent: RequestElement | undefined, local: string): number | undefined {
  const raw = parent ? childOf(parent, CORE, local)?.text.trim() : undefined;
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new BadRequestError(`core:${local} must be a whole number`);
  return n;
}

/** `core:pageInfo/(core:rowOffset, core:rowCount)` and `core:maxRows`, as searchCustomers. */
export function pagingOf(request: RequestElement, defaultCount: number) {
  const pageInfo = childOf(request, CORE, 'pageInfo');
  return {
    offset: whole(pageInfo, 'rowOffset') ?? 0,
    count: Math.min(whole(pageInfo, 'rowCount') ?? defaultCount, MAX_PAGE),
    maxRows: whole(request, 'maxRows'),
  };
}

/** `core:orderByColumns/(core:propertyName, core:sortOrder)`; unknown properties fall back. */
export function orderOf<T extends string>(
  request: RequestElement,
  allowed: readonly T[],
  fallback: T,
  descendingByDefault: boolean,
): { property: T; descending: boolean } {
  const order = childOf(request, CORE, 'orderByColumns');
  const property = order ? (childOf(order, CORE, 'propertyName')?.text.trim() ?? '') : '';
  const sortOrder = order ? (childOf(order, CORE, 'sortOrder')?.text.trim() ?? '') : '';
  return {
    property: (allowed as readonly string[]).includes(property) ? (property as T) : fallback,
    descending:
      sortOrder === 'DESCENDING' ? true : sortOrder === 'ASCENDING' ? false : descendingByDefault,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A search bound: an xsd:dateTime is that instant (no zone read as UTC); an xsd:date covers
 * the whole UTC day (from its first millisecond, to its last). Both bounds are inclusive.
 */
export function dateBound(
  raw: string,
  side: 'from' | 'to',
  field: string,
  problems: Problem[],
): number | undefined {
  if (raw === '') return undefined;
  let time = NaN;
  if (DATE.test(raw)) {
    time = Date.parse(`${raw}T00:00:00Z`);
    if (side === 'to') time += 86_400_000 - 1;
  } else if (DATE_TIME.test(raw)) {
    time = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(raw) ? raw : `${raw}Z`);
  }
  if (Number.isNaN(time)) {
    problems.push({ field, message: `${raw} is not a date (YYYY-MM-DD) or a date and time.` });
    return undefined;
  }
  return time;
}

export const el = (name: string, value: string | number | boolean | null) =>
  value === null || value === ''
    ? `<retail:${name}/>`
    : `<retail:${name}>${xmlText(String(value))}</retail:${name}>`;

export const outcome = (name: string, message = '') =>
  `<retail:outcome name="${name}"/>${message ? el('message', message) : ''}`;

export const fieldErrors = (problems: readonly Problem[]) =>
  problems
    .map(
      (p) =>
        `<retail:fieldError field="${xmlText(p.field)}">${xmlText(p.message)}</retail:fieldError>`,
    )
    .join('');

/** `crm:{operation}Response/retail:{output}`; core, xsi and xsd are declared by each list. */
export const answer = (operation: string, output: string, inner: string) =>
  `<crm:${operation}Response xmlns:crm="${CRM_NS}"><retail:${output} xmlns:retail="${RETAIL}">${inner}</retail:${output}></crm:${operation}Response>`;

export function mandatory(parent: RequestElement, local: string): string {
  const value = retailText(parent, local);
  if (value === '') throw new BadRequestError(`retail:${local} is mandatory`);
  return value;
}
