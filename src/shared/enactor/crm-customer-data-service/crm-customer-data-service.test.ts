import { describe, expect, it } from 'vitest';
import { EMPTY_CRITERIA, type CrmCriteria, type CustomerDraft } from '../../domain/crm';
import { createCustomerService } from '../customer-service/customer-service';
import { SoapFaultError } from '../errors';
import type { Transport } from '../transport';
import { connectSimulator, testEndpoint } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';
import { SEARCH_CUSTOMERS } from './search-customers-codec';
import { loadPhoneRules } from '../../country/phone';

function connect() {
  const { sim, transport: simulator } = connectSimulator({ customers: 3000 });
  const bodies: string[] = [];
  const transport: Transport = async (url, init) => {
    bodies.push(String(init.body));
    return simulator(url, init);
  };
  return {
    sim,
    bodies,
    crm: createCrmCustomerDataService(testEndpoint('crmCustomerDataService', transport), {
      // As the CRM feature builds it: a UK store's phone rules.
      phoneDigits: async () => {
        const rules = await loadPhoneRules();
        return (text) => rules.searchDigits(text, 'GB');
      },
    }),
    customers: createCustomerService(testEndpoint('customerService', transport)),
  };
}

const by = (criteria: Partial<CrmCriteria>) => ({ ...EMPTY_CRITERIA, ...criteria });
const SURNAME = { column: 'surname', descending: false } as const;
const PAGE = { offset: 0, count: 50 };

const zoe: CustomerDraft = {
  title: 'Ms',
  forename: 'Zoë',
  surname: "O'Brien-Smith",
  sex: 'FEMALE',
  dateOfBirth: '1991-06-30',
  organisation: 'Smith & <Sons>',
  email: 'zoe.obs@example.co.uk',
  phone: '07700 900123',
  street1: '1 High Street',
  street2: '',
  town: 'Hertford',
  county: 'Hertfordshire',
  postcode: 'SG14 1AA',
  contactMethod: 'METHOD_PHONE',
  contactable: true,
};

describe('CRMCustomerDataService · searchCustomers', () => {
  it('puts only the criteria given on the wire, escaped, with paging and order', () => {
    const xml = SEARCH_CUSTOMERS.encode({
      criteria: {
        criteria: by({ surname: ' <Baldwin> & co ', phone: '+44 (0)78 1839-3795' }),
        sort: { column: 'postcode', descending: true },
        phoneDigits: (text) => `digits of ${text}`,
      },
      page: { offset: 50, count: 25 },
    });
    expect(xml).toContain('<retail:surname>&lt;Baldwin&gt; &amp; co</retail:surname>');
    expect(xml).toContain('<retail:phoneNumber>digits of +44 (0)78 1839-3795</retail:phoneNumber>');
    expect(xml).not.toContain('retail:forename');
    expect(xml).toContain('<core:rowOffset>50</core:rowOffset><core:rowCount>25</core:rowCount>');
    expect(xml).toContain('<core:propertyName>AddressJoin:postCode</core:propertyName>');
    expect(xml).toContain('<core:sortOrder>DESCENDING</core:sortOrder>');
  });

  it('surname "Baldwin" finds Amelia with her e-mail, mobile and card', async () => {
    const { crm } = connect();
    const page = await crm.search(by({ surname: 'baldwin' }), SURNAME, PAGE);
    expect(page.rows[0]).toEqual({
      customerNumber: '100',
      title: 'Mrs',
      forename: 'Amelia',
      surname: 'Baldwin',
      street: '137 Newport Road',
      town: 'Carmel',
      postcode: 'SG14 3AG',
      email: 'rasangi.desilva@enactor.co.uk',
      phone: '078 1839 3795',
      loyaltyNumber: '14420000',
      status: 'Active',
    });
  });

  it('postcode, phone and card match whatever spaces and prefixes are typed', async () => {
    const { crm } = connect();
    const numbers = async (c: Partial<CrmCriteria>) =>
      (await crm.search(by(c), SURNAME, PAGE)).rows.map((r) => r.customerNumber);
    expect(await numbers({ postcode: 'SG14 3AG' })).toEqual(
      expect.arrayContaining(['100', '00100']),
    );
    expect(await numbers({ postcode: 'sg143ag' })).toEqual(await numbers({ postcode: 'SG14 3AG' }));
    expect(await numbers({ phone: '078 1839 3795' })).toEqual(['100']);
    expect(await numbers({ phone: '+44 7818 393795' })).toEqual(['100']);
    expect(await numbers({ loyaltyNumber: '1442 0000' })).toEqual(['100']);
    expect(await numbers({ email: 'RASANGI.desilva' })).toEqual(['100']);
    expect(await numbers({ address: 'newport road', surname: 'baldwin' })).toEqual(['100']);
  });

  it('pages on the server and orders by the column asked for', async () => {
    const { crm } = connect();
    const first = await crm.search(by({ surname: 's' }), SURNAME, { offset: 0, count: 10 });
    const second = await crm.search(by({ surname: 's' }), SURNAME, { offset: 10, count: 10 });
    expect(first.total).toBeGreaterThan(20);
    expect(first.rows).toHaveLength(10);
    expect(second.offset).toBe(10);
    expect(second.rows[0]!.customerNumber).not.toBe(first.rows[0]!.customerNumber);
    const surnames = first.rows.map((r) => r.surname.toLowerCase());
    expect(surnames).toEqual([...surnames].sort((a, b) => a.localeCompare(b)));
    const down = await crm.search(
      by({ surname: 's' }),
      { column: 'surname', descending: true },
      PAGE,
    );
    expect(down.rows[0]!.surname >= down.rows.at(-1)!.surname).toBe(true);
  });

  it('a search with no criteria is a client fault from the server too', async () => {
    const { crm } = connect();
    await expect(crm.search(EMPTY_CRITERIA, SURNAME, PAGE)).rejects.toBeInstanceOf(SoapFaultError);
  });
});

describe('CRMCustomerDataService · details, save and update', () => {
  it("customer 100's details are the seed record", async () => {
    const { crm } = connect();
    const details = await crm.details('100');
    expect(details).toMatchObject({
      customerNumber: '100',
      title: 'Mrs',
      forename: 'Amelia',
      surname: 'Baldwin',
      initials: 'AB',
      sex: 'FEMALE',
      dateOfBirth: '1987-02-03',
      organisation: 'Enactor',
      customerType: 'RETAIL',
      status: 'Active',
      contactMethod: 'METHOD_EMAIL',
      contactable: false,
      emails: [{ value: 'rasangi.desilva@enactor.co.uk', typeId: 'EMAIL_HOME', preferred: true }],
      phones: [{ value: '078 1839 3795', typeId: 'PHONE_MOBILE', preferred: true }],
      lastUpdated: '2024-02-14T05:22:35Z',
    });
    expect(details?.addresses[0]).toMatchObject({ town: 'Carmel', postcode: 'SG14 3AG' });
    expect(await crm.details('NOPE')).toBeNull();
  });

  it("creates Zoë O'Brien-Smith, found by name search and by CRM search", async () => {
    const { crm, customers } = connect();
    const result = await crm.create(zoe);
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.customer).toMatchObject({
      forename: 'Zoë',
      surname: "O'Brien-Smith",
      organisation: 'Smith & <Sons>',
      dateOfBirth: '1991-06-30',
    });
    const number = result.customer.customerNumber;
    const byName = await customers.search('name', "zoe o'brien", PAGE);
    expect(byName.rows.map((r) => r.customerNumber)).toContain(number);
    const byCrm = await crm.search(by({ surname: "o'brien-smith" }), SURNAME, PAGE);
    expect(byCrm.rows.map((r) => r.customerNumber)).toEqual([number]);
  });

  it('updates with the stamp; a stale stamp is a conflict carrying the record as it is', async () => {
    const { crm } = connect();
    const created = await crm.create(zoe);
    if (created.outcome !== 'Success') throw new Error(created.outcome);
    const loaded = created.customer;
    const first = await crm.update(loaded, { ...zoe, phone: '07700 900999' });
    if (first.outcome !== 'Success') throw new Error(first.outcome);
    expect(first.customer.phones[0]!.value).toBe('07700 900999');
    expect(first.customer.lastUpdated).not.toBe(loaded.lastUpdated);
    // A second till still holds the record as first loaded.
    const second = await crm.update(loaded, { ...zoe, town: 'Ware' });
    expect(second).toMatchObject({ outcome: 'Conflict' });
    if (second.outcome === 'Conflict')
      expect(second.current?.phones[0]!.value).toBe('07700 900999');
    expect((await crm.details(loaded.customerNumber))?.addresses[0]?.town).toBe('Hertford');
  });

  it('keeps the addresses and e-mails the form does not show', async () => {
    const { crm } = connect();
    const amelia = (await crm.details('100'))!;
    const withTwo = {
      ...amelia,
      emails: [
        ...amelia.emails,
        { value: 'work@enactor.co.uk', typeId: 'EMAIL_WORK', preferred: false },
      ],
    };
    const result = await crm.update(withTwo, {
      ...zoe,
      forename: 'Amelia',
      surname: 'Baldwin',
      email: 'amelia@example.co.uk',
    });
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.customer.emails.map((e) => e.value)).toEqual([
      'amelia@example.co.uk',
      'work@enactor.co.uk',
    ]);
  });

  it("the server's field messages come back per field", async () => {
    const { crm } = connect();
    const bad = await crm.create({ ...zoe, forename: '', email: 'not-an-email' });
    expect(bad).toMatchObject({
      outcome: 'Invalid',
      fieldErrors: {
        forename: 'Forename is mandatory.',
        email: 'not-an-email is not a valid e-mail address.',
      },
    });
    const first = await crm.create(zoe);
    expect(first.outcome).toBe('Success');
    const duplicate = await crm.create({ ...zoe, forename: 'Zoe' });
    expect(duplicate).toMatchObject({
      outcome: 'Invalid',
      fieldErrors: { email: expect.stringMatching(/already used by customer/) },
    });
  });
});
