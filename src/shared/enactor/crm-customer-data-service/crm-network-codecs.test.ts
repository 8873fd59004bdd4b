import { describe, expect, it, vi } from 'vitest';
import { MalformedResponseError, SoapFaultError } from '../errors';
import affiliatedRequest from '../fixtures/crm/get-affiliated-customers-request.xml?raw';
import affiliatedResponse from '../fixtures/crm/get-affiliated-customers-response.xml?raw';
import getRequest from '../fixtures/crm/get-customer-relationships-request.xml?raw';
import getResponse from '../fixtures/crm/get-customer-relationships-response.xml?raw';
import saveRequest from '../fixtures/crm/save-customer-relationships-request.xml?raw';
import saveResponse from '../fixtures/crm/save-customer-relationships-response.xml?raw';
import invalidResponse from '../fixtures/crm/save-customer-relationships-validation-failed-response.xml?raw';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import type { XmlElement } from '../soap/xml-reader';
import type { Transport } from '../transport';
import { testEndpoint } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';
import { GET_AFFILIATED_CUSTOMERS } from './get-affiliated-customers-codec';
import { GET_CUSTOMER_RELATIONSHIPS } from './get-customer-relationships-codec';
import { SAVE_CUSTOMER_RELATIONSHIPS } from './save-customer-relationships-codec';

/** A CRM client whose server answers `body` (status 200 unless told), recording what it sent. */
function answering(body: string, status = 200) {
  const sent: { body: string; headers: Record<string, string> }[] = [];
  const transport = vi.fn<Transport>(async (_url, init) => {
    sent.push({ body: String(init.body), headers: init.headers as Record<string, string> });
    return new Response(body, { status, headers: { 'Content-Type': 'text/xml' } });
  });
  return {
    crm: createCrmCustomerDataService(testEndpoint('crmCustomerDataService', transport)),
    sent,
  };
}

interface Canonical {
  ns: string;
  local: string;
  attributes: string[];
  text: string;
  children: Canonical[];
}
const canonical = (e: XmlElement): Canonical => ({
  ns: e.ns,
  local: e.local,
  attributes: e.attributes.map((a) => `${a.ns}|${a.local}=${a.value}`).sort(),
  text: e.children.length === 0 ? e.text : '',
  children: e.children.map(canonical),
});
function payloadOf(xml: string): XmlElement {
  const opened = openEnvelope(xml);
  if (opened.kind !== 'payload') throw new Error('a fault');
  return opened.payload;
}
const built = (payload: string) => canonical(payloadOf(buildEnvelope('1.1', payload)));
const fixture = (xml: string) => canonical(payloadOf(xml));
const fault = (reason: string) =>
  `<soapenv:Envelope xmlns:soapenv="${NS.soap11}"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>${reason}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;
const envelope = (operation: string, output: string) =>
  `<soapenv:Envelope xmlns:soapenv="${NS.soap11}"><soapenv:Body><crm:${operation}Response xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">${output}</crm:${operation}Response></soapenv:Body></soapenv:Envelope>`;

const ODD = 'Zoë & <Ørsted> "quoted" it’s 👗';

describe('getCustomerRelationships (get-customer-relationships-*.xml)', () => {
  it('builds the fixture request', () => {
    expect(built(GET_CUSTOMER_RELATIONSHIPS.encode('100'))).toEqual(fixture(getRequest));
  });

  it("decodes Amelia's relationships: Aspen Green is her assistant", async () => {
    const { crm, sent } = answering(getResponse);
    expect(await crm.relationships('100')).toEqual([
      {
        customerNumber: '100',
        relatedCustomerNumber: '7004',
        typeId: 'ASSISTANT',
        related: { title: 'Mrs', forename: 'Aspen', surname: 'Green' },
      },
    ]);
    expect(sent[0]!.headers).toMatchObject({ SOAPAction: '"urn:getCustomerRelationships"' });
  });

  it('escapes the number sent; NoCustomer is null; a nameless or typeless row is malformed', async () => {
    expect(GET_CUSTOMER_RELATIONSHIPS.encode('<1&2>')).toContain(
      '<retail:customerNumber>&lt;1&amp;2&gt;</retail:customerNumber>',
    );
    const none = envelope(
      'getCustomerRelationships',
      '<retail:customerRelationshipsOutput><retail:outcome name="NoCustomer"/></retail:customerRelationshipsOutput>',
    );
    expect(await answering(none).crm.relationships('9')).toBeNull();
    const typeless = getResponse.replace(
      '<retail:relationshipTypeId>ASSISTANT</retail:relationshipTypeId>',
      '',
    );
    await expect(answering(typeless).crm.relationships('100')).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
    const unnumbered = getResponse.replace('>7004<', '><');
    await expect(answering(unnumbered).crm.relationships('100')).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });

  it('reads odd characters in a name as sent', async () => {
    const odd = getResponse.replace(
      '<retail:forename>Aspen</retail:forename>',
      '<retail:forename>Zoë &amp; &lt;Ørsted&gt; "quoted" it’s 👗</retail:forename>',
    );
    expect((await answering(odd).crm.relationships('100'))![0]!.related.forename).toBe(ODD);
  });
});

describe('saveCustomerRelationships (save-customer-relationships-*.xml)', () => {
  const changes = [
    { kind: 'set', relatedCustomerNumber: '00100', typeId: 'SPOUSE' },
    { kind: 'remove', relatedCustomerNumber: '7004' },
  ] as const;

  it('builds the fixture request: a set and a removal', () => {
    expect(built(SAVE_CUSTOMER_RELATIONSHIPS.encode({ customerNumber: '100', changes }))).toEqual(
      fixture(saveRequest),
    );
  });

  it('a Success holding what was sent is the list after the save', async () => {
    const { crm, sent } = answering(saveResponse);
    expect(await crm.saveRelationships('100', changes)).toEqual({
      outcome: 'Success',
      relationships: [
        {
          customerNumber: '100',
          relatedCustomerNumber: '00100',
          typeId: 'SPOUSE',
          related: { title: '', forename: 'Ricky', surname: 'Gervais' },
        },
      ],
    });
    expect(sent).toHaveLength(1);
  });

  it('a Success that is not what was sent is a malformed answer (another type, a removal not done)', async () => {
    await expect(
      answering(saveResponse).crm.saveRelationships('100', [
        { kind: 'set', relatedCustomerNumber: '00100', typeId: 'PARENT' },
      ]),
    ).rejects.toThrow(/sent 00100 as PARENT, the answer has SPOUSE/);
    await expect(
      answering(saveResponse).crm.saveRelationships('100', [
        { kind: 'remove', relatedCustomerNumber: '00100' },
      ]),
    ).rejects.toBeInstanceOf(MalformedResponseError);
    await expect(
      answering(saveResponse).crm.saveRelationships('100', [
        { kind: 'set', relatedCustomerNumber: '7004', typeId: 'SIBLING' },
      ]),
    ).rejects.toThrow(/the answer does not hold it/);
  });

  it('ValidationFailed: errors by item and field, the list as it stands', async () => {
    expect(await answering(invalidResponse).crm.saveRelationships('100', changes)).toEqual({
      outcome: 'Invalid',
      message: 'Nothing was saved: correct the relationships shown.',
      fieldErrors: [
        {
          index: 0,
          field: 'relatedCustomer',
          message: 'A customer cannot be related to themselves.',
        },
        { index: 1, field: 'relatedCustomer', message: 'There is no customer 99999999.' },
        {
          index: 2,
          field: 'type',
          message:
            'The relationship must be one of SPOUSE, PARENT, CHILD, SIBLING, ASSISTANT, EMPLOYER, OTHER.',
        },
      ],
      relationships: [expect.objectContaining({ relatedCustomerNumber: '7004' })],
    });
  });

  it('escapes what it sends; NoCustomer says so; a fault names the operation', async () => {
    expect(
      SAVE_CUSTOMER_RELATIONSHIPS.encode({
        customerNumber: 'A&B',
        changes: [{ kind: 'set', relatedCustomerNumber: '<x>', typeId: 'OTHER' }],
      }),
    ).toContain('<retail:relatedCustomerId>&lt;x&gt;</retail:relatedCustomerId>');
    const none = envelope(
      'saveCustomerRelationships',
      '<retail:customerRelationshipsSaveOutput><retail:outcome name="NoCustomer"/><retail:message>There is no customer 9.</retail:message></retail:customerRelationshipsSaveOutput>',
    );
    expect(await answering(none).crm.saveRelationships('9', changes)).toEqual({
      outcome: 'NoCustomer',
      message: 'There is no customer 9.',
    });
    const error = await answering(fault('retail:customerRelationships is mandatory'), 500)
      .crm.saveRelationships('100', [])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({ operation: 'saveCustomerRelationships' });
  });
});

describe('getAffiliatedCustomers (get-affiliated-customers-*.xml)', () => {
  it('builds the fixture request: customer 100, a page of 3', () => {
    expect(
      built(GET_AFFILIATED_CUSTOMERS.encode({ criteria: '100', page: { offset: 0, count: 3 } })),
    ).toEqual(fixture(affiliatedRequest));
  });

  it('decodes household first, then company, with the total the server counted', async () => {
    const page = await answering(affiliatedResponse).crm.affiliated('100', {
      offset: 0,
      count: 3,
    });
    expect(page).toMatchObject({ offset: 0, total: 391, pagedBy: 'server' });
    expect(page!.rows[0]).toEqual({
      customerNumber: '00100',
      title: '',
      forename: 'Ricky',
      surname: 'Gervais',
      affiliationTypeId: 'HOUSEHOLD',
      organisation: '',
      street: '137 Newport Road',
      town: '',
      postcode: 'SG14 3AG',
      relationshipTypeId: '',
    });
    expect(page!.rows[1]).toMatchObject({
      customerNumber: '80002554',
      affiliationTypeId: 'COMPANY',
      organisation: 'Enactor',
      street: "1 King's Parade",
    });
    expect(page!.rows.map((r) => r.customerNumber)).toEqual(['00100', '80002554', '80002532']);
  });

  it('NoCustomer is null', async () => {
    const none = envelope(
      'getAffiliatedCustomers',
      '<retail:affiliatedCustomersOutput><retail:outcome name="NoCustomer"/></retail:affiliatedCustomersOutput>',
    );
    expect(await answering(none).crm.affiliated('9', { offset: 0, count: 3 })).toBeNull();
  });
});
