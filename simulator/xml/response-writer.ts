import { CORE, RETAIL, SOAP11, SOAP12, XSD, XSI } from './namespaces.ts';

export function xmlText(value: string): string {
  return value.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

export function envelope(version: '1.1' | '1.2', payload: string): string {
  const ns = version === '1.2' ? SOAP12 : SOAP11;
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${ns}"><soapenv:Body>${payload}</soapenv:Body></soapenv:Envelope>`;
}

/** A fault in the shape Axis2 gives each SOAP version. */
export function faultEnvelope(
  version: '1.1' | '1.2',
  who: 'client' | 'server',
  reason: string,
): string {
  if (version === '1.2') {
    const code = who === 'client' ? 'soapenv:Sender' : 'soapenv:Receiver';
    return envelope(
      version,
      `<soapenv:Fault><soapenv:Code><soapenv:Value>${code}</soapenv:Value></soapenv:Code>` +
        `<soapenv:Reason><soapenv:Text xml:lang="en-US">${xmlText(reason)}</soapenv:Text></soapenv:Reason>` +
        '<soapenv:Detail/></soapenv:Fault>',
    );
  }
  const code = who === 'client' ? 'soapenv:Client' : 'soapenv:Server';
  return envelope(
    version,
    `<soapenv:Fault><faultcode>${code}</faultcode><faultstring>${xmlText(reason)}</faultstring><detail/></soapenv:Fault>`,
  );
}

export type Value =
  string | null | { readonly xsd: 'dateTime' | 'long' | 'boolean'; readonly text: string };

function arrayObject(value: Value): string {
  if (value === null) return '<core:arrayObject xsi:type="core:WrappedNull"/>';
  if (typeof value === 'string') {
    return value === ''
      ? '<core:arrayObject xsi:type="core:String"/>'
      : `<core:arrayObject xsi:type="core:String">${xmlText(value)}</core:arrayObject>`;
  }
  return `<core:arrayObject xsi:type="core:WrappedPrimitive"><core:value xsi:type="xsd:${value.xsd}">${xmlText(value.text)}</core:value></core:arrayObject>`;
}

export interface ListRow {
  /** The key element's xsi:type (a `retail:` QName) and text. */
  readonly keyType: string;
  readonly key: string;
  readonly keyAttributes?: Readonly<Record<string, string>>;
  /** Keys that carry their parts as child elements (qualified name, text), e.g. crm:customerId. */
  readonly keyParts?: readonly (readonly [string, string])[];
  /** Defaults to the key, as the customer searches write it. */
  readonly descriptionProperty?: string;
  readonly description: string;
  readonly values: readonly Value[];
}

export interface ListPaging {
  readonly rowsPerPage: number;
  readonly currentRowOffset: number;
  readonly totalRows: number;
}

const keyContent = (row: ListRow) =>
  row.keyParts
    ? row.keyParts.map(([name, text]) => `<${name}>${xmlText(text)}</${name}>`).join('')
    : xmlText(row.key);

/** A `core:pagedArrayList` in the shape of seed 002 (names after the rows). */
export function pagedArrayList(
  columns: readonly string[],
  rows: readonly ListRow[],
  paging: ListPaging,
): string {
  const parts: string[] = [
    `<core:pagedArrayList xmlns:core="${CORE}" xmlns:retail="${RETAIL}" xmlns:xsi="${XSI}" xmlns:xsd="${XSD}" rowsPerPage="${paging.rowsPerPage}" currentRowOffset="${paging.currentRowOffset}" totalRows="${paging.totalRows}">`,
  ];
  for (const row of rows) {
    const attrs = Object.entries(row.keyAttributes ?? {})
      .map(([k, v]) => ` ${k}="${xmlText(v)}"`)
      .join('');
    parts.push(
      `<core:contents xsi:type="core:ListElement"><core:key xsi:type="${row.keyType}"${attrs}>${keyContent(row)}</core:key>` +
        `<core:descriptionProperty>${xmlText(row.descriptionProperty ?? row.key)}</core:descriptionProperty><core:data><core:values>`,
      ...row.values.map(arrayObject),
      `</core:values></core:data><core:description>${xmlText(row.description)}</core:description></core:contents>`,
    );
  }
  for (const c of columns) parts.push(`<core:propertyNames>${xmlText(c)}</core:propertyNames>`);
  parts.push('</core:pagedArrayList>');
  return parts.join('');
}
