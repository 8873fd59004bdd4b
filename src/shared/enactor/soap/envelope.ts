import { NS } from './namespaces';
import { parseXml } from './xml-parser';
import { child, type XmlElement } from './xml-reader';

export { buildEnvelope, soapHeaders, type SoapVersion } from './soap-request';

export interface SoapFault {
  readonly code: string;
  readonly reason: string;
  readonly detail: string;
}

export type OpenedEnvelope =
  | { readonly kind: 'payload'; readonly payload: XmlElement }
  | { readonly kind: 'fault'; readonly fault: SoapFault };

/**
 * The trimmed texts of an element and all its descendants, in document order, joined by
 * spaces. Iterative: a fault's detail may nest thousands deep, and a recursive walk would
 * overflow the stack and lose the fault's reason with it.
 */
function textOf(element: XmlElement | undefined): string {
  const parts: string[] = [];
  const todo = element ? [element] : [];
  for (let e = todo.pop(); e !== undefined; e = todo.pop()) {
    const text = e.text.trim();
    if (text !== '') parts.push(text);
    for (let i = e.children.length - 1; i >= 0; i--) todo.push(e.children[i] as XmlElement);
  }
  return parts.join(' ');
}

function readFault(fault: XmlElement, soapNs: string): SoapFault {
  if (soapNs === NS.soap12) {
    const code = child(fault, soapNs, 'Code');
    const reason = child(fault, soapNs, 'Reason');
    return {
      code: textOf(code && child(code, soapNs, 'Value')),
      reason: textOf(reason && child(reason, soapNs, 'Text')),
      detail: textOf(child(fault, soapNs, 'Detail')),
    };
  }
  // SOAP 1.1 fault children are unqualified.
  return {
    code: textOf(child(fault, '', 'faultcode')),
    reason: textOf(child(fault, '', 'faultstring')),
    detail: textOf(child(fault, '', 'detail')),
  };
}

/**
 * Parses a response document and returns the Body's payload or its Fault. Either SOAP version
 * is accepted whatever was sent. Throws XmlSyntaxError or Error for a document that is not a
 * SOAP envelope; the caller turns those into MalformedResponseError.
 */
export function openEnvelope(xml: string): OpenedEnvelope {
  const envelope = parseXml(xml);
  const soapNs = envelope.ns;
  if (envelope.local !== 'Envelope' || (soapNs !== NS.soap11 && soapNs !== NS.soap12)) {
    throw new Error(`expected a SOAP Envelope, found <${envelope.local}> in "${envelope.ns}"`);
  }
  const body = child(envelope, soapNs, 'Body');
  if (!body) throw new Error('the envelope has no Body');
  const payload = body.children[0];
  if (!payload) throw new Error('the Body is empty');
  if (payload.ns === soapNs && payload.local === 'Fault') {
    return { kind: 'fault', fault: readFault(payload, soapNs) };
  }
  return { kind: 'payload', payload };
}
