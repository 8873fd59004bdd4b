import { describe, expect, it } from 'vitest';
import { buildEnvelope, openEnvelope, soapHeaders } from './envelope';
import { NS } from './namespaces';
import { parseXml } from './xml-parser';

describe('SOAP envelope', () => {
  it('builds 1.1 and 1.2 envelopes with the action where each version wants it', () => {
    expect(parseXml(buildEnvelope('1.1', '<p/>')).ns).toBe(NS.soap11);
    expect(parseXml(buildEnvelope('1.2', '<p/>')).ns).toBe(NS.soap12);
    expect(soapHeaders('1.1', 'submitCustomerNameSearch')).toEqual({
      'Content-Type': 'text/xml; charset=utf-8',
      SOAPAction: '"urn:submitCustomerNameSearch"',
    });
    expect(soapHeaders('1.2', 'op')['Content-Type']).toBe(
      'application/soap+xml; charset=utf-8; action="urn:op"',
    );
  });

  it('returns the Body payload', () => {
    const opened = openEnvelope(buildEnvelope('1.1', '<x:r xmlns:x="urn:x"/>'));
    expect(opened).toMatchObject({ kind: 'payload', payload: { ns: 'urn:x', local: 'r' } });
  });

  it('reads a SOAP 1.1 fault', () => {
    const xml =
      `<e:Envelope xmlns:e="${NS.soap11}"><e:Body><e:Fault><faultcode>e:Server</faultcode>` +
      '<faultstring>Unknown operation</faultstring><detail><x>boom</x></detail></e:Fault></e:Body></e:Envelope>';
    expect(openEnvelope(xml)).toEqual({
      kind: 'fault',
      fault: { code: 'e:Server', reason: 'Unknown operation', detail: 'boom' },
    });
  });

  it('reads a SOAP 1.2 fault', () => {
    const xml =
      `<env:Envelope xmlns:env="${NS.soap12}"><env:Body><env:Fault>` +
      '<env:Code><env:Value>env:Receiver</env:Value></env:Code>' +
      '<env:Reason><env:Text xml:lang="en">Database down</env:Text></env:Reason>' +
      '</env:Fault></env:Body></env:Envelope>';
    expect(openEnvelope(xml)).toEqual({
      kind: 'fault',
      fault: { code: 'env:Receiver', reason: 'Database down', detail: '' },
    });
  });

  it('refuses a document that is not a SOAP envelope', () => {
    expect(() => openEnvelope('<html><body>Bad gateway</body></html>')).toThrow(/SOAP Envelope/);
    expect(() => openEnvelope(`<e:Envelope xmlns:e="${NS.soap11}"/>`)).toThrow(/no Body/);
  });

  // Found by fuzzing at 3,000 levels in the browser; 50,000 overflows any recursive walk.
  it.each([3_000, 50_000])(
    'keeps the reason of a fault whose detail nests %i deep (read without recursion)',
    (depth) => {
      const xml =
        `<e:Envelope xmlns:e="${NS.soap11}"><e:Body><e:Fault><faultcode>e:Server</faultcode>` +
        '<faultstring>Database down</faultstring><detail>' +
        '<x>'.repeat(depth) +
        'bottom' +
        '</x>'.repeat(depth) +
        '</detail></e:Fault></e:Body></e:Envelope>';
      expect(openEnvelope(xml)).toEqual({
        kind: 'fault',
        fault: { code: 'e:Server', reason: 'Database down', detail: 'bottom' },
      });
    },
  );

  it('joins every text of a fault detail in document order', () => {
    const xml =
      `<e:Envelope xmlns:e="${NS.soap11}"><e:Body><e:Fault><faultcode>c</faultcode>` +
      '<faultstring>r</faultstring><detail> a <x>b<y> c </y></x><z/>d</detail></e:Fault></e:Body></e:Envelope>';
    const opened = openEnvelope(xml);
    expect(opened.kind === 'fault' && opened.fault.detail).toBe('a d b c');
  });
});
