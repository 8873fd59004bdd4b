import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SimulatedDisconnect } from './faults.ts';
import { createSimulator } from './simulator.ts';

const URL_CS = 'http://sim.test/axis2/services/CustomerService';
const envelope = (payload: string) =>
  `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${payload}</s:Body></s:Envelope>`;
const nameSearch = (term: string, paging = '') =>
  envelope(
    `<ns:submitCustomerNameSearch xmlns:ns="http://www.enactor.com/core" xmlns:core="http://www.enactor.com/core"><r:customerNameSearchRequest xmlns:r="http://www.enactor.com/retail"><r:searchName>${term}</r:searchName><r:types/>${paging}</r:customerNameSearchRequest></ns:submitCustomerNameSearch>`,
  );
const post = (body: string, headers: Record<string, string> = {}, url = URL_CS) =>
  new Request(url, { method: 'POST', body, headers: { 'Content-Type': 'text/xml', ...headers } });

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, attributeNamePrefix: '' }).parse(
    xml,
  ) as {
    Envelope: { Body: Record<string, unknown> };
  };

describe('simulator SOAP handling', () => {
  const sim = createSimulator({ customers: 1000 });

  it('answers a paged name search with real paging figures', async () => {
    const res = await sim.handle(
      post(
        nameSearch(
          'a',
          '<r:pageInfo xmlns:r="http://www.enactor.com/retail"><core:rowOffset>1</core:rowOffset><core:rowCount>5</core:rowCount></r:pageInfo>',
        ),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const xml = await res.text();
    const list = /<core:pagedArrayList[^>]*>/.exec(xml)?.[0] ?? '';
    expect(list).toContain('rowsPerPage="5"');
    expect(list).toContain('currentRowOffset="1"');
    expect(Number(/totalRows="(\d+)"/.exec(list)?.[1])).toBeGreaterThan(100);
    expect(xml.match(/<core:contents /g)).toHaveLength(5);
    expect(xml).toContain('<core:key xsi:type="retail:CustomerKey">7004</core:key>');
  });

  it('answers without paging as the seed does: zeros in the attributes', async () => {
    const xml = await (await sim.handle(post(nameSearch('amelia bald')))).text();
    expect(xml).toContain('rowsPerPage="0" currentRowOffset="0" totalRows="0"');
  });

  it('answers SOAP 1.2 in kind', async () => {
    const body = nameSearch('a').replace(
      'http://schemas.xmlsoap.org/soap/envelope/',
      'http://www.w3.org/2003/05/soap-envelope',
    );
    const res = await sim.handle(
      post(body, {
        'Content-Type':
          'application/soap+xml; charset=utf-8; action="urn:submitCustomerNameSearch"',
      }),
    );
    expect(res.headers.get('content-type')).toContain('application/soap+xml');
    expect(await res.text()).toContain('http://www.w3.org/2003/05/soap-envelope');
  });

  it.each([
    ['malformed XML', post('<s:Envelope')],
    ['a body that is not SOAP', post('<hello/>')],
    [
      'an unknown operation',
      post(envelope('<ns:deleteEverything xmlns:ns="http://www.enactor.com/core"/>')),
    ],
    [
      'a known operation in the wrong namespace',
      post(envelope('<submitCustomerNameSearch xmlns="urn:other"/>')),
    ],
    [
      'a missing mandatory element',
      post(envelope('<ns:submitCustomerPostCodeSearch xmlns:ns="http://www.enactor.com/core"/>')),
    ],
    [
      'a SOAPAction that contradicts the body',
      post(nameSearch('a'), { SOAPAction: '"urn:somethingElse"' }),
    ],
    [
      'an unknown service',
      post(nameSearch('a'), {}, 'http://sim.test/axis2/services/NoSuchService'),
    ],
    ['a DOCTYPE', post('<!DOCTYPE x [<!ENTITY a "b">]>' + nameSearch('a'))],
  ])('answers %s with a client fault', async (_what, request) => {
    const res = await sim.handle(request);
    expect(res.status).toBe(500);
    const fault = parse(await res.text()).Envelope.Body.Fault as {
      faultcode: string;
      faultstring: string;
    };
    expect(fault.faultcode).toBe('soapenv:Client');
    expect(fault.faultstring).not.toBe('');
  });

  it('answers CORS preflights', async () => {
    const res = await sim.handle(new Request(URL_CS, { method: 'OPTIONS' }));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('SOAPAction');
  });
});

describe('simulator fault switch and control API', () => {
  const control = (
    sim: ReturnType<typeof createSimulator>,
    method: string,
    path: string,
    body?: unknown,
  ) =>
    sim.handle(
      new Request(`http://sim.test/__simulator/${path}`, {
        method,
        body: body === undefined ? null : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      }),
    );

  it('fails the next N calls in the chosen way, then recovers', async () => {
    const sim = createSimulator({ customers: 10 });
    expect((await control(sim, 'PUT', 'faults', { kind: 'soap-fault', count: 2 })).status).toBe(
      200,
    );
    expect((await sim.handle(post(nameSearch('a')))).status).toBe(500);
    expect((await sim.handle(post(nameSearch('a')))).status).toBe(500);
    expect((await sim.handle(post(nameSearch('a')))).status).toBe(200);

    await control(sim, 'PUT', 'faults', { kind: 'http-error' });
    expect((await sim.handle(post(nameSearch('a')))).status).toBe(503);

    await control(sim, 'PUT', 'faults', { kind: 'malformed' });
    const malformed = await (await sim.handle(post(nameSearch('a')))).text();
    expect(malformed.endsWith('</soapenv:Envelope>')).toBe(false);

    await control(sim, 'PUT', 'faults', { kind: 'disconnect' });
    await expect(sim.handle(post(nameSearch('a')))).rejects.toBeInstanceOf(SimulatedDisconnect);

    await control(sim, 'PUT', 'faults', { kind: 'delay', delayMs: 5000 });
    const controller = new AbortController();
    const slow = sim.handle(
      new Request(URL_CS, { method: 'POST', body: nameSearch('a'), signal: controller.signal }),
    );
    controller.abort();
    await expect(slow).rejects.toThrow();
  });

  it('refuses a bad fault plan', async () => {
    const sim = createSimulator({ customers: 0 });
    expect((await control(sim, 'PUT', 'faults', { kind: 'explode' })).status).toBe(400);
  });

  it('stores a customer whose name needs escaping and finds it by name', async () => {
    const sim = createSimulator({ customers: 10 });
    const created = await control(sim, 'POST', 'customers', {
      forename: '<script>alert(1)</script>',
      surname: "& O'Brien",
      postCode: 'SG14 9ZZ',
    });
    expect(created.status).toBe(201);
    const xml = await (await sim.handle(post(nameSearch('&lt;script&gt;')))).text();
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&amp; O&apos;Brien');
  });
});
