import type { Simulator } from '../simulator.ts';
import { CORE } from '../xml/namespaces.ts';
import { readSoapRequest, type RequestElement } from '../xml/request-reader.ts';
import { xmlText } from '../xml/response-writer.ts';

/**
 * For the simulator's CRM tests: send an operation over the real `handle(Request)` path and
 * read the answer by namespace-resolved local names (the simulator's own XML reader reads any
 * SOAP envelope, answers included).
 */

export const CRM_DECLARATIONS =
  'xmlns:crm="http://www.enactor.com/crm" xmlns:core="http://www.enactor.com/core" xmlns:retail="http://www.enactor.com/retail"';

export const esc = xmlText;

export function operationXml(operation: string, inner: string): string {
  return `<crm:${operation} ${CRM_DECLARATIONS}>${inner}</crm:${operation}>`;
}

export function soapRequest(operation: string, inner: string): Request {
  return new Request('http://sim.test/axis2/services/CRMCustomerDataService', {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"urn:${operation}"` },
    body: `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>${operationXml(operation, inner)}</soapenv:Body></soapenv:Envelope>`,
  });
}

/** The answer's payload (`crm:{operation}Response`); throws on HTTP errors and faults. */
export async function call(sim: Simulator, operation: string, inner: string) {
  const response = await sim.handle(soapRequest(operation, inner));
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text}`);
  return readSoapRequest(text).operation;
}

/** The `retail:{x}Output` inside a response. */
export async function output(sim: Simulator, operation: string, inner: string) {
  const payload = await call(sim, operation, inner);
  const out = payload.children[0];
  if (!out) throw new Error(`${operation}Response is empty`);
  return out;
}

export function at(element: RequestElement, ...path: string[]): RequestElement {
  let current = element;
  for (const local of path) {
    const next = current.children.find((c) => c.local === local);
    if (!next) throw new Error(`no ${local} in ${current.local}`);
    current = next;
  }
  return current;
}

export const all = (element: RequestElement, local: string) =>
  element.children.filter((c) => c.local === local);

export const textAt = (element: RequestElement, ...path: string[]) => at(element, ...path).text;

export const outcomeOf = (out: RequestElement) => at(out, 'outcome').attributes['name'];

export const fieldErrorsOf = (out: RequestElement) =>
  Object.fromEntries(all(out, 'fieldError').map((e) => [e.attributes['field'], e.text]));

export interface DecodedList {
  readonly totalRows: number;
  readonly rowsPerPage: number;
  readonly currentRowOffset: number;
  readonly rows: Record<string, string | null>[];
  readonly keys: Record<string, string>[];
}

/** A `core:pagedArrayList` as rows by column name (wrapped primitives as their text). */
export function pagedList(parent: RequestElement): DecodedList {
  const list = parent.children.find((c) => c.ns === CORE && c.local === 'pagedArrayList');
  if (!list) throw new Error(`no core:pagedArrayList in ${parent.local}`);
  const names = all(list, 'propertyNames').map((n) => n.text);
  const contents = all(list, 'contents');
  return {
    totalRows: Number(list.attributes['totalRows']),
    rowsPerPage: Number(list.attributes['rowsPerPage']),
    currentRowOffset: Number(list.attributes['currentRowOffset']),
    rows: contents.map((row) => {
      const values = at(row, 'data', 'values').children;
      if (values.length !== names.length) throw new Error('values and names differ in number');
      return Object.fromEntries(
        values.map((v, i) => [
          names[i] as string,
          v.attributes['xsi:type'] === 'core:WrappedNull'
            ? null
            : v.attributes['xsi:type'] === 'core:WrappedPrimitive'
              ? at(v, 'value').text
              : v.text,
        ]),
      );
    }),
    keys: contents.map((row) => {
      const key = at(row, 'key');
      return key.children.length > 0
        ? Object.fromEntries(key.children.map((c) => [c.local, c.text]))
        : { text: key.text };
    }),
  };
}

export const paging = (offset: number, count: number) =>
  `<core:pageInfo><core:rowOffset>${offset}</core:rowOffset><core:rowCount>${count}</core:rowCount></core:pageInfo>`;

export const orderBy = (property: string, descending: boolean) =>
  `<core:orderByColumns><core:propertyName>${property}</core:propertyName><core:sortOrder>${descending ? 'DESCENDING' : 'ASCENDING'}</core:sortOrder></core:orderByColumns>`;
