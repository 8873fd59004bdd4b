import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SOAP11, SOAP12 } from './namespaces.ts';

/** A request element with its name resolved to a namespace URI. */
export interface RequestElement {
  readonly ns: string;
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly RequestElement[];
  readonly text: string;
}

export interface SoapRequest {
  readonly soapVersion: '1.1' | '1.2';
  /** The Body's first element: the operation wrapper. */
  readonly operation: RequestElement;
}

/** Why a request could not be read: becomes a Client/Sender fault. */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: OrderedNode, scope: Record<string, string>): RequestElement | null {
  const qname = Object.keys(node).find((k) => k !== ':@');
  if (qname === undefined || qname === '#text' || qname.startsWith('?')) return null;
  const attrs = node[':@'] ?? {};
  const inner: Record<string, string> = Object.create(scope) as Record<string, string>;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'xmlns') inner[''] = value;
    else if (name.startsWith('xmlns:')) inner[name.slice(6)] = value;
    else attributes[name] = value;
  }
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const ns = inner[prefix];
  if (ns === undefined) throw new BadRequestError(`undeclared namespace prefix "${prefix}"`);
  const children: RequestElement[] = [];
  let text = '';
  for (const c of (node[qname] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in c) text += String(c['#text']);
    else {
      const element = toElement(c, inner);
      if (element) children.push(element);
    }
  }
  return { ns, local: colon === -1 ? qname : qname.slice(colon + 1), attributes, children, text };
}

export function readSoapRequest(body: string): SoapRequest {
  if (/<!DOCTYPE/i.test(body))
    throw new BadRequestError('document type declarations are not allowed');
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new BadRequestError(`malformed XML: ${valid.err.msg}`);
  const nodes = parser.parse(body) as OrderedNode[];
  const root = nodes
    .map((n) =>
      toElement(n, Object.assign(Object.create(null) as Record<string, string>, { '': '' })),
    )
    .find((e): e is RequestElement => e !== null);
  if (!root || root.local !== 'Envelope' || (root.ns !== SOAP11 && root.ns !== SOAP12)) {
    throw new BadRequestError('the request is not a SOAP envelope');
  }
  const bodyElement = root.children.find((c) => c.local === 'Body' && c.ns === root.ns);
  const operation = bodyElement?.children[0];
  if (!operation) throw new BadRequestError('the SOAP Body is empty');
  return { soapVersion: root.ns === SOAP12 ? '1.2' : '1.1', operation };
}

export function childOf(parent: RequestElement, ns: string, local: string) {
  return parent.children.find((c) => c.ns === ns && c.local === local);
}
