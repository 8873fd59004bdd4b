import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../customers/customer-record.ts';
import { FIRST_GENERATED_NUMBER, generateCustomers } from '../customers/generate-customers.ts';
import { formHouseholds } from '../crm/households.ts';
import { INVERSE, RELATIONSHIP_TYPES } from '../crm/relationship-store.ts';
import { createSimulator, type Simulator } from '../simulator.ts';
import {
  all,
  at,
  esc,
  fieldErrorsOf,
  outcomeOf,
  output,
  pagedList,
  paging,
  soapRequest,
  textAt,
} from './crm-test-kit.ts';

const relationshipsOf = async (sim: Simulator, customer: string) => {
  const out = await output(
    sim,
    'getCustomerRelationships',
    `<retail:customerNumber>${esc(customer)}</retail:customerNumber>`,
  );
  expect(outcomeOf(out)).toBe('Success');
  return all(at(out, 'customerRelationships'), 'customerRelationship').map((r) => ({
    customerId: textAt(r, 'customerId'),
    related: textAt(r, 'relatedCustomerId'),
    type: textAt(r, 'relationshipTypeId'),
    name: [
      textAt(r, 'relatedCustomerName', 'title'),
      textAt(r, 'relatedCustomerName', 'forename'),
      textAt(r, 'relatedCustomerName', 'surname'),
    ]
      .filter(Boolean)
      .join(' '),
  }));
};

type Change = { related: string; type?: string; deleted?: boolean };
const saveRelationships = (sim: Simulator, customer: string, changes: Change[]) =>
  output(
    sim,
    'saveCustomerRelationships',
    `<retail:customerNumber>${esc(customer)}</retail:customerNumber><retail:customerRelationships>` +
      changes
        .map(
          (c) =>
            `<retail:customerRelationship><retail:relatedCustomerId>${esc(c.related)}</retail:relatedCustomerId>` +
            (c.type === undefined
              ? ''
              : `<retail:relationshipTypeId>${c.type}</retail:relationshipTypeId>`) +
            (c.deleted ? '<retail:deleted>true</retail:deleted>' : '') +
            '</retail:customerRelationship>',
        )
        .join('') +
      '</retail:customerRelationships>',
  );

const typeWith = async (sim: Simulator, customer: string, related: string) =>
  (await relationshipsOf(sim, customer)).find((r) => r.related === related)?.type;

describe('getCustomerRelationships and saveCustomerRelationships', () => {
  it("starts with the seed's demo: Aspen Green is Amelia's assistant, Amelia is Aspen's employer", async () => {
    const sim = createSimulator({ customers: 20 });
    expect(await relationshipsOf(sim, '100')).toEqual([
      { customerId: '100', related: '7004', type: 'ASSISTANT', name: 'Mrs Aspen Green' },
    ]);
    expect(await relationshipsOf(sim, '7004')).toEqual([
      { customerId: '7004', related: '100', type: 'EMPLOYER', name: 'Mrs Amelia Baldwin' },
    ]);
  });

  it.each(RELATIONSHIP_TYPES)('mirrors %s both ways', async (type) => {
    const sim = createSimulator({ customers: 20 });
    expect(outcomeOf(await saveRelationships(sim, '100', [{ related: '00100', type }]))).toBe(
      'Success',
    );
    expect(await typeWith(sim, '100', '00100')).toBe(type);
    expect(await typeWith(sim, '00100', '100')).toBe(INVERSE[type]);
    // Saved from the other side, the first side follows.
    await saveRelationships(sim, '00100', [{ related: '100', type }]);
    expect(await typeWith(sim, '100', '00100')).toBe(INVERSE[type]);
    expect(sim.relationships.savedCount).toBe(1);
  });

  it('stores ONE record however often the same save arrives, and answers the list as saved', async () => {
    const sim = createSimulator({ customers: 20 });
    const change = [{ related: '00100', type: 'SPOUSE' }];
    const answers = await Promise.all([
      saveRelationships(sim, '100', change),
      saveRelationships(sim, '100', change),
    ]);
    await saveRelationships(sim, '100', change);
    expect(sim.relationships.savedCount).toBe(1);
    for (const out of answers) {
      expect(
        all(at(out, 'customerRelationships'), 'customerRelationship').map((r) =>
          textAt(r, 'relatedCustomerId'),
        ),
      ).toEqual(['00100', '7004']);
    }
    expect((await relationshipsOf(sim, '100')).filter((r) => r.related === '00100')).toHaveLength(
      1,
    );
    expect(await relationshipsOf(sim, '00100')).toEqual([
      { customerId: '00100', related: '100', type: 'SPOUSE', name: 'Mrs Amelia Baldwin' },
    ]);
  });

  it('changes a type and removes a relationship, on both sides; removing twice is harmless', async () => {
    const sim = createSimulator({ customers: 20 });
    await saveRelationships(sim, '100', [{ related: '00100', type: 'SIBLING' }]);
    await saveRelationships(sim, '100', [{ related: '00100', type: 'PARENT' }]);
    expect(await typeWith(sim, '00100', '100')).toBe('CHILD');
    await saveRelationships(sim, '100', [{ related: '7004', deleted: true }]);
    await saveRelationships(sim, '100', [{ related: '7004', deleted: true }]);
    expect(await typeWith(sim, '100', '7004')).toBeUndefined();
    expect(await relationshipsOf(sim, '7004')).toEqual([]);
    await saveRelationships(sim, '100', [{ related: '00100', deleted: true }]);
    expect(await relationshipsOf(sim, '100')).toEqual([]);
    expect(sim.relationships.savedCount).toBe(0);
  });

  it('refuses a relation to oneself, to nobody, twice over, or of no known type, saving none of the request', async () => {
    const sim = createSimulator({ customers: 20 });
    const out = await saveRelationships(sim, '100', [
      { related: '00100', type: 'SPOUSE' },
      { related: '100', type: 'SIBLING' },
      { related: 'no-such', type: 'CHILD' },
      { related: '00100', type: 'CHILD' },
      { related: '7004', type: 'BEST_FRIEND' },
      { related: '', type: 'OTHER' },
    ]);
    expect(outcomeOf(out)).toBe('ValidationFailed');
    expect(fieldErrorsOf(out)).toEqual({
      'customerRelationship[1].relatedCustomerId': 'A customer cannot be related to themselves.',
      'customerRelationship[2].relatedCustomerId': 'There is no customer no-such.',
      'customerRelationship[3].relatedCustomerId': 'Customer 00100 is listed more than once.',
      'customerRelationship[4].relationshipTypeId':
        'The relationship must be one of SPOUSE, PARENT, CHILD, SIBLING, ASSISTANT, EMPLOYER, OTHER.',
      'customerRelationship[5].relatedCustomerId': 'Choose the related customer.',
    });
    expect(sim.relationships.savedCount).toBe(0);
    expect(await typeWith(sim, '100', '00100')).toBeUndefined();
    expect(
      outcomeOf(await saveRelationships(sim, 'nobody', [{ related: '100', type: 'OTHER' }])),
    ).toBe('NoCustomer');
  });

  it('relates generated households (spouse, parent and child, siblings), mirrored', async () => {
    const sim = createSimulator({ customers: 3000 });
    const seen = new Set<string>();
    let households = 0;
    for (let n = FIRST_GENERATED_NUMBER; n < FIRST_GENERATED_NUMBER + 3000; n++) {
      for (const r of sim.relationships.of(String(n))) {
        seen.add(r.typeId);
        expect(sim.relationships.between(r.relatedCustomerNumber, String(n))).toBe(
          INVERSE[r.typeId],
        );
        const a = sim.store.get(String(n))!;
        expect([r.related.postCode, r.related.street1]).toEqual([a.postCode, a.street1]);
        expect(r.related.surname).toBe(a.surname);
        households++;
      }
    }
    expect(households).toBeGreaterThan(100);
    expect([...seen].sort()).toEqual(['CHILD', 'OTHER', 'PARENT', 'SIBLING', 'SPOUSE']);
  });

  it('removes a generated household relationship from both sides, and a reset brings it back', async () => {
    const sim = createSimulator({ customers: 3000 });
    const number = [...Array(3000).keys()]
      .map((i) => String(FIRST_GENERATED_NUMBER + i))
      .find((n) => sim.relationships.of(n).length > 0)!;
    const [first] = sim.relationships.of(number);
    const other = first!.relatedCustomerNumber;
    expect(
      outcomeOf(await saveRelationships(sim, number, [{ related: other, deleted: true }])),
    ).toBe('Success');
    expect(await typeWith(sim, number, other)).toBeUndefined();
    expect(await typeWith(sim, other, number)).toBeUndefined();
    sim.relationships.reset();
    expect(await typeWith(sim, other, number)).toBe(INVERSE[first!.typeId]);
  });

  it("round-trips odd characters in a related customer's name", async () => {
    const sim = createSimulator({ customers: 20 });
    const created = await sim.handle(
      new Request('http://sim.test/__simulator/customers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ forename: 'Zoë 🌸', surname: "O'Brien & Sons <re: order>" }),
      }),
    );
    const { customerNumber } = (await created.json()) as { customerNumber: string };
    await saveRelationships(sim, '100', [{ related: customerNumber, type: 'OTHER' }]);
    expect((await relationshipsOf(sim, '100')).find((r) => r.related === customerNumber)).toEqual({
      customerId: '100',
      related: customerNumber,
      type: 'OTHER',
      name: "Zoë 🌸 O'Brien & Sons <re: order>",
    });
  });
});

describe('households', () => {
  it('are formed the same way every time, move only addresses, and take no random draw', () => {
    const generated = generateCustomers(2000);
    const one = formHouseholds(generated, FIRST_GENERATED_NUMBER);
    expect(formHouseholds(generated, FIRST_GENERATED_NUMBER).records).toEqual(one.records);
    expect(one.households.count).toBeGreaterThan(50);
    one.records.forEach((r, i) => {
      const before = generated[i]!;
      expect({
        ...r,
        street1: '',
        street2: '',
        street3: '',
        town: '',
        province: '',
        postCode: '',
      }).toEqual({
        ...before,
        street1: '',
        street2: '',
        street3: '',
        town: '',
        province: '',
        postCode: '',
      });
    });
    const member = one.records.findIndex((r, i) => r.postCode !== generated[i]!.postCode);
    const members = one.households.membersOf(String(FIRST_GENERATED_NUMBER + member));
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(members).toContain(String(FIRST_GENERATED_NUMBER + member));
    expect(one.households.membersOf('100')).toEqual([]);
    expect(one.households.membersOf('080000000')).toEqual([]);
  });
});

describe('getAffiliatedCustomers', () => {
  const sim = createSimulator({ customers: 3000 });
  const affiliated = async (customer: string, extra = '') =>
    output(
      sim,
      'getAffiliatedCustomers',
      `<retail:customerNumber>${customer}</retail:customerNumber>${extra}`,
    );

  it("lists Amelia's household (Ricky Gervais at 137 Newport Road) first, then her Enactor colleagues, paged", async () => {
    const first = pagedList(await affiliated('100', paging(0, 5)));
    expect(first.rows[0]).toMatchObject({
      customerNumber: '00100',
      'customerName.forename': 'Ricky',
      affiliationTypeId: 'HOUSEHOLD',
      'AddressJoin:street1': '137 Newport Road',
      'AddressJoin:postCode': 'SG14 3AG',
      relationshipTypeId: '',
    });
    expect(first.rows.slice(1).every((r) => r['affiliationTypeId'] === 'COMPANY')).toBe(true);
    expect(first.rows.slice(1).every((r) => r['organisation'] === 'Enactor')).toBe(true);
    const everyone = pagedList(await affiliated('100', paging(0, 500)));
    expect(everyone.totalRows).toBe(first.totalRows);
    expect(everyone.rows).toHaveLength(everyone.totalRows);
    expect(new Set(everyone.rows.map((r) => r['customerNumber'])).size).toBe(everyone.totalRows);
    expect(everyone.rows.some((r) => r['customerNumber'] === '100')).toBe(false);
    const second = pagedList(await affiliated('100', paging(5, 5)));
    expect(second.rows.map((r) => r['customerNumber'])).toEqual(
      everyone.rows.slice(5, 10).map((r) => r['customerNumber']),
    );
  });

  it('answers a page past the end with no rows and the same total', async () => {
    const { totalRows } = pagedList(await affiliated('100', paging(0, 5)));
    const past = pagedList(await affiliated('100', paging(totalRows + 10, 5)));
    expect(past.rows).toEqual([]);
    expect(past.totalRows).toBe(totalRows);
  });

  it('shows the relationship a household member has, and filters by affiliation', async () => {
    const number = [...Array(3000).keys()]
      .map((i) => String(FIRST_GENERATED_NUMBER + i))
      .find((n) => sim.relationships.of(n).length > 0)!;
    const rows = pagedList(
      await affiliated(number, '<retail:affiliationTypeId>HOUSEHOLD</retail:affiliationTypeId>'),
    ).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r['affiliationTypeId'] === 'HOUSEHOLD')).toBe(true);
    for (const r of rows)
      expect(r['relationshipTypeId']).toBe(
        sim.relationships.between(number, r['customerNumber']!) ?? '',
      );
    const bad = await affiliated(
      number,
      '<retail:affiliationTypeId>CLUB</retail:affiliationTypeId>',
    );
    expect(fieldErrorsOf(bad)).toHaveProperty('affiliationTypeId');
    expect(outcomeOf(await affiliated('nobody'))).toBe('NoCustomer');
  });

  it('follows an edit: a customer who moves in joins the household, one who leaves a company leaves its list', async () => {
    const local = createSimulator({ customers: 50 });
    const before = pagedList(
      await output(
        local,
        'getAffiliatedCustomers',
        '<retail:customerNumber>100</retail:customerNumber>',
      ),
    ).totalRows;
    const record = local.crm.get('80000003')!;
    local.crm.update({
      ...record,
      organisation: 'Enactor',
      addresses: [
        {
          ...record.addresses[0]!,
          street1: '137 Newport Road',
          street2: '',
          street3: '',
          postCode: 'SG14 3AG',
        },
      ],
    });
    const after = pagedList(
      await output(
        local,
        'getAffiliatedCustomers',
        '<retail:customerNumber>100</retail:customerNumber>',
      ),
    );
    expect(after.totalRows).toBe(before + (record.organisation === 'Enactor' ? 0 : 1));
    expect(after.rows.find((r) => r['customerNumber'] === '80000003')!['affiliationTypeId']).toBe(
      'HOUSEHOLD',
    );
    const colleague = after.rows.find((r) => r['affiliationTypeId'] === 'COMPANY')!;
    const leaver = local.crm.get(colleague['customerNumber']!)!;
    local.crm.update({ ...leaver, organisation: 'Another Firm Ltd' });
    const later = pagedList(
      await output(
        local,
        'getAffiliatedCustomers',
        '<retail:customerNumber>100</retail:customerNumber>',
      ),
    );
    expect(later.totalRows).toBe(after.totalRows - 1);
    expect(later.rows.map((r) => r['customerNumber'])).not.toContain(leaver.customerNumber);
  });
});

describe('getAddressBook', () => {
  const sim = createSimulator({ customers: 3000 });
  const book = (text: string, extra = '') =>
    output(
      sim,
      'getAddressBook',
      `<crm:addressBookSearchCriteria><retail:searchText>${esc(text)}</retail:searchText></crm:addressBookSearchCriteria>${extra}`,
    );

  it('finds by name (either order, dots as spaces) with the preferred e-mail, by surname', async () => {
    const list = pagedList(await book('amelia bald'));
    expect(list.rows).toEqual([
      {
        customerNumber: '100',
        'customerName.title': 'Mrs',
        'customerName.forename': 'Amelia',
        'customerName.surname': 'Baldwin',
        emailAddress: 'rasangi.desilva@enactor.co.uk',
      },
    ]);
    expect(pagedList(await book('Baldwin Amelia')).totalRows).toBe(1);
    expect(pagedList(await book('amelia.baldwin')).totalRows).toBe(1);
    const smiths = pagedList(await book('smith', paging(0, 500)));
    const fold = (s: string | null | undefined) =>
      s!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const keys = smiths.rows.map(
      (r) => `${fold(r['customerName.surname'])}\u0000${fold(r['customerName.forename'])}`,
    );
    expect(keys.length).toBeGreaterThan(20);
    expect(keys).toEqual([...keys].sort());
  });

  it('finds by e-mail prefix and pages', async () => {
    const byMail = pagedList(await book('rasangi.desilva@'));
    expect(byMail.rows.map((r) => r['customerNumber'])).toEqual(['100']);
    const first = pagedList(await book('a', paging(0, 20)));
    const second = pagedList(await book('a', paging(20, 20)));
    expect(first.totalRows).toBeGreaterThan(40);
    expect(first.rows).toHaveLength(20);
    const ids = [...first.rows, ...second.rows].map((r) => r['customerNumber']);
    expect(new Set(ids).size).toBe(40);
  });

  it('leaves out a customer with no e-mail, and finds odd names', async () => {
    const local = createSimulator({ customers: 20 });
    const created = local.crm.create({
      ...local.crm.get('100')!,
      forename: 'Zoë',
      surname: "O'Brien & Sons <re: order> 🎁",
      emails: [{ value: 'zoe@example.co.uk', typeId: 'EMAIL_HOME', preferred: true }],
    });
    const found = pagedList(
      await output(
        local,
        'getAddressBook',
        `<crm:addressBookSearchCriteria><retail:searchText>${esc("o'brien & s")}</retail:searchText></crm:addressBookSearchCriteria>`,
      ),
    );
    expect(
      found.rows.map((r) => [r['customerNumber'], r['customerName.surname'], r['emailAddress']]),
    ).toEqual([[created.customerNumber, "O'Brien & Sons <re: order> 🎁", 'zoe@example.co.uk']]);
    local.crm.update({ ...local.crm.get(created.customerNumber)!, emails: [] });
    const gone = pagedList(
      await output(
        local,
        'getAddressBook',
        '<crm:addressBookSearchCriteria><retail:searchText>zoë</retail:searchText></crm:addressBookSearchCriteria>',
      ),
    );
    expect(gone.rows.map((r) => r['customerNumber'])).not.toContain(created.customerNumber);
  });

  it('asks for a search text', async () => {
    const out = await book('  ');
    expect(outcomeOf(out)).toBe('ValidationFailed');
    expect(fieldErrorsOf(out)).toEqual({ searchText: 'Type a name or an e-mail address.' });
  });
});

describe('loadCustomerDetails', () => {
  it('answers the full record, its stamp and the consents the preferences store holds', async () => {
    const consents = [
      { channelId: 'EMAIL', granted: true, created: '2026-03-01T10:00:00Z', userId: '1042' },
      { channelId: 'SMS', granted: false, created: '2026-03-01T10:00:00Z', userId: '1042' },
    ];
    const sim = createSimulator({
      customers: 20,
      consentsOf: (n) => (n === '100' ? consents : []),
    });
    const out = await output(
      sim,
      'loadCustomerDetails',
      '<retail:customerNumber>100</retail:customerNumber>',
    );
    expect(outcomeOf(out)).toBe('Success');
    const customer = at(out, 'customer');
    expect(textAt(customer, 'lastUpdated')).toBe('2024-02-14T05:22:35Z');
    expect(textAt(customer, 'addresses', 'address', 'street1')).toBe('137 Newport Road');
    expect(textAt(customer, 'emailAddresses', 'emailAddress')).toBe(
      'rasangi.desilva@enactor.co.uk',
    );
    expect(textAt(customer, 'phoneNumbers', 'number')).toBe('078 1839 3795');
    expect(
      all(at(out, 'consents'), 'consent').map((c) =>
        Object.fromEntries(c.children.map((x) => [x.local, x.text])),
      ),
    ).toEqual([
      { channelId: 'EMAIL', granted: 'true', created: '2026-03-01T10:00:00Z', userId: '1042' },
      { channelId: 'SMS', granted: 'false', created: '2026-03-01T10:00:00Z', userId: '1042' },
    ]);
  });

  it('answers every address, e-mail and phone after an edit, fresh, and by default the consents the preferences store holds', async () => {
    const sim = createSimulator({ customers: 20 });
    const record = sim.crm.get('7004')!;
    const updated = sim.crm.update({
      ...record,
      emails: [
        ...record.emails,
        { value: 'aspen.work@example.co.uk', typeId: 'EMAIL_WORK', preferred: false },
      ],
      phones: [...record.phones, { value: '01992 000111', typeId: 'PHONE_HOME', preferred: false }],
    });
    const out = await output(
      sim,
      'loadCustomerDetails',
      '<retail:customerNumber>7004</retail:customerNumber>',
    );
    const customer = at(out, 'customer');
    expect(textAt(customer, 'lastUpdated')).toBe(updated.lastUpdated);
    expect(all(customer, 'emailAddresses').map((e) => textAt(e, 'emailAddress'))).toHaveLength(2);
    expect(all(customer, 'phoneNumbers').map((e) => textAt(e, 'number'))).toContain('01992 000111');
    // Aspen Green gave e-mail consent online (the preferences store's derived data).
    expect(
      all(at(out, 'consents'), 'consent').map((c) => [
        textAt(c, 'channelId'),
        textAt(c, 'granted'),
      ]),
    ).toEqual([['EMAIL', 'true']]);
    const none = await output(
      sim,
      'loadCustomerDetails',
      '<retail:customerNumber>nobody</retail:customerNumber>',
    );
    expect(outcomeOf(none)).toBe('NoCustomer');
    const res = await sim.handle(soapRequest('loadCustomerDetails', ''));
    expect(res.status).toBe(500);
  });
});

describe('the seed customers', () => {
  it('are still the seed of CustomerService (households only move generated customers)', () => {
    const sim = createSimulator({ customers: 100 });
    for (const c of SEED_CUSTOMERS) expect(sim.store.get(c.customerNumber)).toEqual(c);
  });
});
