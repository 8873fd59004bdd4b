import { NS } from './namespaces';

/** The request side of a SOAP call: light, so it is in the start-up bundle (envelope.ts is not). */
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
