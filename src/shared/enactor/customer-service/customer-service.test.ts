import { describe, expect, it, vi } from 'vitest';
import nameResponse from '../fixtures/name-search-response.xml?raw';
import postcodeResponse from '../fixtures/postcode-search-response.xml?raw';
import nameRequest from '../fixtures/name-search-request.xml?raw';
import postcodeRequest from '../fixtures/postcode-search-request.xml?raw';
import { openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import { child } from '../soap/xml-reader';
import type { Transport } from '../transport';
import { createCustomerService } from './customer-service';
import { testEndpoint } from '../../../testing/enactor';
import { NAME_SEARCH } from './name-search-codec';
import { POSTCODE_SEARCH } from './postcode-search-codec';

function serviceAnswering(...bodies: string[]) {
  const requests: { url: string; init: RequestInit }[] = [];
  const transport = vi.fn<Transport>(async (url, init) => {
    requests.push({ url, init });
    return new Response(bodies[Math.min(requests.length - 1, bodies.length - 1)], {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
    });
  });
  const service = createCustomerService(
    testEndpoint('customerService', transport, {
      url: 'http://enactor.test/axis2/services/CustomerService',
    }),
  );
  return { service, requests, transport };
}

describe('CustomerService name search (seed 002 golden)', () => {
  it('decodes both rows and all 15 columns', async () => {
    const { service, requests } = serviceAnswering(nameResponse);
    const page = await service.search('name', 'a', { offset: 0, count: 20 });
    expect(page).toMatchObject({ offset: 0, total: 2, pagedBy: 'client' });
    expect(page.rows).toEqual([
      {
        customerNumber: '100',
        forename: 'Amelia',
        surname: 'Baldwin',
        title: 'Mrs',
        dateOfBirth: '1987-02-03',
        organisation: 'Enactor',
        tradingName: '',
        lastTransactionDate: null,
        addressLines: ['137 Newport Road'],
        town: 'Carmel',
        province: '',
        postcode: 'SG14 3AG',
        hasLoyaltyAccounts: true,
      },
      {
        customerNumber: '7004',
        forename: 'Aspen',
        surname: 'Green',
        title: 'Mrs',
        // +01:00 midnight is still 22 May: the written date is kept.
        dateOfBirth: '1998-05-22',
        organisation: '',
        tradingName: '',
        lastTransactionDate: null,
        addressLines: ['Dagkli'],
        town: 'Thessaloniki',
        province: '',
        postcode: '54621',
        hasLoyaltyAccounts: false,
      },
    ]);
    const { init, url } = requests[0]!;
    expect(url).toBe('http://enactor.test/axis2/services/CustomerService');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ SOAPAction: '"urn:submitCustomerNameSearch"' });
  });

  it('sends the seed request shape (plus our pageInfo)', async () => {
    const { service, requests } = serviceAnswering(nameResponse);
    await service.search('name', 'a', { offset: 40, count: 20 });
    const sent = openEnvelope(String(requests[0]!.init.body));
    const seed = openEnvelope(nameRequest);
    if (sent.kind !== 'payload' || seed.kind !== 'payload') throw new Error('no payload');
    const sentRequest = child(sent.payload, NS.retail, 'customerNameSearchRequest')!;
    const seedRequest = child(seed.payload, NS.retail, 'customerNameSearchRequest')!;
    expect(sent.payload).toMatchObject({ ns: NS.core, local: 'submitCustomerNameSearch' });
    expect(child(sentRequest, NS.retail, 'searchName')?.text).toBe(
      child(seedRequest, NS.retail, 'searchName')?.text,
    );
    expect(child(sentRequest, NS.retail, 'types')).toBeDefined();
    const pageInfo = child(sentRequest, NS.retail, 'pageInfo')!;
    expect(child(pageInfo, NS.core, 'rowOffset')?.text).toBe('40');
    expect(child(pageInfo, NS.core, 'rowCount')?.text).toBe('20');
  });
});

describe('CustomerService postcode search (seed 002 golden)', () => {
  it('decodes Ricky Gervais (no title, null date of birth) and Amelia Baldwin', async () => {
    const { service } = serviceAnswering(postcodeResponse);
    const page = await service.search('postcode', 'sg14', { offset: 0, count: 20 });
    expect(page.rows.map((r) => [r.customerNumber, r.forename, r.surname])).toEqual([
      ['00100', 'Ricky', 'Gervais'],
      ['100', 'Amelia', 'Baldwin'],
    ]);
    expect(page.rows[0]).toMatchObject({
      title: '',
      dateOfBirth: null,
      addressLines: ['137 Newport Road'],
      town: '',
      postcode: 'SG14 3AG',
      hasLoyaltyAccounts: false,
    });
  });

  it('sends core:string as the seed does', async () => {
    const { service, requests } = serviceAnswering(postcodeResponse);
    await service.search('postcode', 'sg14', { offset: 0, count: 20 });
    const sent = openEnvelope(String(requests[0]!.init.body));
    const seed = openEnvelope(postcodeRequest);
    if (sent.kind !== 'payload' || seed.kind !== 'payload') throw new Error('no payload');
    expect(child(sent.payload, NS.core, 'string')?.text).toBe(
      child(seed.payload, NS.core, 'string')?.text,
    );
  });
});

describe('request escaping', () => {
  it.each(["<script>alert(1)</script> & O'Brien", 'Zoë "Zee" Ørsted 😀'])(
    'carries %s exactly',
    (term) => {
      for (const payload of [
        NAME_SEARCH.encode({ criteria: term, page: { offset: 0, count: 1 } }),
        POSTCODE_SEARCH.encode({ criteria: term, page: { offset: 0, count: 1 } }),
      ]) {
        const opened = openEnvelope(
          `<e:Envelope xmlns:e="${NS.soap11}"><e:Body>${payload}</e:Body></e:Envelope>`,
        );
        if (opened.kind !== 'payload') throw new Error('no payload');
        const text =
          child(opened.payload, NS.core, 'string')?.text ??
          child(
            child(opened.payload, NS.retail, 'customerNameSearchRequest')!,
            NS.retail,
            'searchName',
          )?.text;
        expect(text).toBe(term);
      }
    },
  );
});

describe('local paging when the server ignores pageInfo', () => {
  it('slices the full answer and does not download it again for the next page', async () => {
    const { service, transport } = serviceAnswering(nameResponse);
    const first = await service.search('name', 'a', { offset: 0, count: 1 });
    const second = await service.search('name', 'a', { offset: 1, count: 1 });
    expect(first).toMatchObject({ total: 2, offset: 0, pagedBy: 'client' });
    expect(first.rows.map((r) => r.customerNumber)).toEqual(['100']);
    expect(second.rows.map((r) => r.customerNumber)).toEqual(['7004']);
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('trusts a server that pages', async () => {
    const paged = nameResponse.replace(
      /rowsPerPage="0"\s+currentRowOffset="0"\s+totalRows="0"/,
      'rowsPerPage="2" currentRowOffset="0" totalRows="312"',
    );
    expect(paged).toContain('totalRows="312"');
    const { service } = serviceAnswering(paged);
    const page = await service.search('name', 'a', { offset: 0, count: 2 });
    expect(page).toMatchObject({ total: 312, pagedBy: 'server' });
    expect(page.rows).toHaveLength(2);
  });
});
