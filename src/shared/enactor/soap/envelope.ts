import { NS } from './namespaces';
import { child, parseXml, type XmlElement } from './xml-reader';

export type SoapVersion = '1.1' | '1.2';

/** Wraps an operation payload in a SOAP envelope (no Header: Enactor documents none). */
export function buildEnvelope(version: SoapVersion, payload: string): string {
  const ns = version === '1.2' ? NS.soap12 : NS.soap11;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soapenv:Envelope xmlns:soapenv="${ns}"><soapenv:Body>${payload}</soapenv:Body></soapenv:Envelope>`
  );
}

/** HTTP headers for a call: SOAP 1.1 uses SOAPAction, 1.2 carries the action in Content-Type. */
export function soapHeaders(version: SoapVersion, operation: string): Record<string, string> {
  return version === '1.2'
    ? { 'Content-Type': `application/soap+xml; charset=utf-8; action="urn:${operation}"` }
    : { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"urn:${operation}"` };
}

export interface SoapFault {
  readonly code: string;
  readonly reason: string;
  readonly detail: string;
}

export type OpenedEnvelope =
  | { readonly kind: 'payload'; readonly payload: XmlElement }
  | { readonly kind: 'fault'; readonly fault: SoapFault };

function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.length === 0) return element.text.trim();
  return [element.text.trim(), ...element.children.map(textOf)].filter(Boolean).join(' ');
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
