import { describe, expect, it } from 'vitest';
import { SimulatedDisconnect } from '../faults.ts';
import { createSimulator, type Simulator } from '../simulator.ts';
import {
  all,
  at,
  call,
  esc,
  fieldErrorsOf,
  orderBy,
  outcomeOf,
  output,
  pagedList,
  paging,
  soapRequest,
  textAt,
} from './crm-test-kit.ts';

const historySearch = (customerNumber: string, criteria = '', extra = '') =>
  `<crm:customerTransactionHistorySearchCriteria><retail:customerNumber>${customerNumber}</retail:customerNumber>${criteria}</crm:customerTransactionHistorySearchCriteria>${extra}`;

async function historyPage(sim: Simulator, customer: string, criteria = '', extra = '') {
  const out = await output(
    sim,
    'searchCustomerTransactionHistory',
    historySearch(customer, criteria, extra),
  );
  return { out, list: pagedList(out), summary: at(out, 'customerTransactionHistorySummary') };
}

const summaryFigures = (summary: ReturnType<typeof at>) =>
  Object.fromEntries(
    summary.children.filter((c) => c.local !== 'monthlyTotals').map((c) => [c.local, c.text]),
  );

describe('searchCustomerTransactionHistory', () => {
  const sim = createSimulator({ customers: 500 });

  it("pages customer 100's 50 transactions newest first, 20 a page, with nothing lost or repeated", async () => {
    const pages = [];
    for (const offset of [0, 20, 40]) {
      const { list } = await historyPage(sim, '100', '', paging(offset, 20));
      expect(list).toMatchObject({ totalRows: 50, rowsPerPage: 20, currentRowOffset: offset });
      pages.push(...list.rows);
    }
    expect(pages).toHaveLength(50);
    const ids = pages.map((r) => r['transactionKey.transactionId']);
    expect(new Set(ids).size).toBe(50);
    const dates = pages.map((r) => r['transactionDate']!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2026-11-14T11:32:00Z');
    expect(pages[0]).toMatchObject({
      'customerKey.customerNumber': '100',
      'transactionKey.applicationId': 'POS',
      'transactionTypeKey.transactionTypeId': 'SALE',
      'locationKey.locationId': '0005',
      locationDescription: 'Hertford',
      value: '12900',
      description: 'Cashmere cardigan, Camel, M',
    });
  });

  it('keys every row by customer and transaction, as crm:CustomerTransactionHistoryKey', async () => {
    const { list } = await historyPage(sim, '100', '', paging(0, 3));
    expect(list.keys).toEqual(
      list.rows.map((r) => ({
        customerId: '100',
        transactionId: r['transactionKey.transactionId'],
      })),
    );
  });

  it('answers the summary of the whole filtered set on every page', async () => {
    const criteria =
      '<retail:fromDate>2025-12-01</retail:fromDate><retail:toDate>2026-01-31</retail:toDate>';
    const first = await historyPage(sim, '100', criteria, paging(0, 2));
    const second = await historyPage(sim, '100', criteria, paging(2, 2));
    expect(first.list.rows).toHaveLength(2);
    expect(first.list.totalRows).toBe(6);
    expect(summaryFigures(first.summary)).toEqual(summaryFigures(second.summary));
    expect(summaryFigures(first.summary)).toEqual({
      currencyId: 'GBP',
      transactionCount: '6',
      visitCount: '6',
      salesCount: '4',
      salesValue: '45400',
      returnsCount: '1',
      returnsValue: '-5500',
      totalSpend: '39900',
      averageBasket: '11350',
      firstTransactionDate: '2025-12-06T10:42:00Z',
      lastTransactionDate: '2026-01-10T15:20:00Z',
    });
    const months = all(at(first.summary, 'monthlyTotals'), 'monthlyTotal').map((m) =>
      Object.fromEntries(m.children.map((c) => [c.local, c.text])),
    );
    expect(months).toEqual([
      {
        month: '2025-12',
        transactionCount: '4',
        salesValue: '45400',
        returnsValue: '0',
        totalSpend: '45400',
      },
      {
        month: '2026-01',
        transactionCount: '2',
        salesValue: '0',
        returnsValue: '-5500',
        totalSpend: '-5500',
      },
    ]);
  });

  it('makes the summary equal the sum of the rows of every page, for each filter', async () => {
    const filters = [
      '',
      '<retail:transactionTypeId>RETURN</retail:transactionTypeId><retail:transactionTypeId>EXCHANGE</retail:transactionTypeId>',
      '<retail:locationId>0001</retail:locationId>',
      '<retail:minimumValue>15000</retail:minimumValue>',
      '<retail:fromDate>2020-01-01T00:00:00Z</retail:fromDate><retail:toDate>2021-06-30T23:59:59Z</retail:toDate>',
    ];
    for (const criteria of filters) {
      const rows = [];
      let summary;
      for (let offset = 0; ; offset += 100) {
        const page = await historyPage(sim, '7004', criteria, paging(offset, 100));
        rows.push(...page.list.rows);
        summary = summaryFigures(page.summary);
        if (offset + 100 >= page.list.totalRows) break;
      }
      const values = rows.map((r) => Number(r['value']));
      expect(Number(summary['transactionCount'])).toBe(rows.length);
      expect(Number(summary['totalSpend'])).toBe(values.reduce((a, b) => a + b, 0));
      expect(Number(summary['salesValue'])).toBe(
        values.filter((v) => v > 0).reduce((a, b) => a + b, 0),
      );
      expect(Number(summary['returnsValue'])).toBe(
        values.filter((v) => v < 0).reduce((a, b) => a + b, 0),
      );
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('filters by date range (a date covers its whole day), store, type and minimum value either side of zero', async () => {
    const day = await historyPage(
      sim,
      '100',
      '<retail:fromDate>2025-12-20</retail:fromDate><retail:toDate>2025-12-20</retail:toDate>',
    );
    expect(day.list.rows.map((r) => r['transactionDate'])).toEqual(['2025-12-20T16:30:00Z']);
    const instant = await historyPage(
      sim,
      '100',
      '<retail:fromDate>2025-12-20T16:30:00Z</retail:fromDate><retail:toDate>2025-12-20T16:30:00Z</retail:toDate>',
    );
    expect(instant.list.totalRows).toBe(1);

    const web = await historyPage(
      sim,
      '100',
      '<retail:locationId>0999</retail:locationId>',
      paging(0, 50),
    );
    expect(web.list.rows.length).toBeGreaterThan(0);
    expect(web.list.rows.every((r) => r['locationKey.locationId'] === '0999')).toBe(true);
    expect(
      web.list.rows.every((r) => r['transactionTypeKey.transactionTypeId'] === 'WEB_ORDER'),
    ).toBe(true);

    const returns = await historyPage(
      sim,
      '100',
      '<retail:transactionTypeId>return</retail:transactionTypeId>',
    );
    expect(returns.list.totalRows).toBe(5);
    expect(returns.list.rows.every((r) => Number(r['value']) < 0)).toBe(true);

    const big = await historyPage(
      sim,
      '100',
      '<retail:minimumValue>12900</retail:minimumValue><retail:transactionTypeId>RETURN</retail:transactionTypeId>',
    );
    expect(big.list.rows.map((r) => r['value'])).toEqual(['-12900', '-18020', '-12900']);
  });

  it('orders by value or date either way', async () => {
    const byValue = await historyPage(sim, '100', '', paging(0, 50) + orderBy('value', false));
    const values = byValue.list.rows.map((r) => Number(r['value']));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const oldest = await historyPage(
      sim,
      '100',
      '',
      paging(0, 1) + orderBy('transactionDate', false),
    );
    expect(oldest.list.rows[0]!['transactionDate']).toBe('2022-05-03T13:02:00Z');
  });

  it('answers an empty page beyond the end and an empty summary for a range with nothing', async () => {
    const beyond = await historyPage(sim, '100', '', paging(60, 20));
    expect(beyond.list).toMatchObject({ totalRows: 50, rows: [] });
    const none = await historyPage(sim, '100', '<retail:fromDate>2030-01-01</retail:fromDate>');
    expect(none.list.totalRows).toBe(0);
    expect(summaryFigures(none.summary)).toMatchObject({
      transactionCount: '0',
      totalSpend: '0',
      averageBasket: '0',
      lastTransactionDate: '',
    });
    expect(all(at(none.summary, 'monthlyTotals'), 'monthlyTotal')).toEqual([]);
  });

  it('refuses bad criteria field by field and answers NoCustomer for an unknown customer', async () => {
    const out = await output(
      sim,
      'searchCustomerTransactionHistory',
      historySearch(
        '100',
        '<retail:fromDate>31/12/2025</retail:fromDate><retail:transactionTypeId>LAYAWAY</retail:transactionTypeId><retail:minimumValue>12.50</retail:minimumValue>',
      ),
    );
    expect(outcomeOf(out)).toBe('ValidationFailed');
    expect(Object.keys(fieldErrorsOf(out)).sort()).toEqual([
      'fromDate',
      'minimumValue',
      'transactionTypeId',
    ]);
    const reversed = await output(
      sim,
      'searchCustomerTransactionHistory',
      historySearch(
        '100',
        '<retail:fromDate>2026-01-02</retail:fromDate><retail:toDate>2026-01-01</retail:toDate>',
      ),
    );
    expect(fieldErrorsOf(reversed)).toEqual({ toDate: 'The end date is before the start date.' });
    const unknown = await output(sim, 'searchCustomerTransactionHistory', historySearch('no-one'));
    expect(outcomeOf(unknown)).toBe('NoCustomer');
  });

  it('answers a client fault when the customer number is missing', async () => {
    const response = await sim.handle(
      soapRequest(
        'searchCustomerTransactionHistory',
        '<crm:customerTransactionHistorySearchCriteria/>',
      ),
    );
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('retail:customerNumber is mandatory');
  });

  it('derives the same history from the same seed and another from another seed', async () => {
    const number = '80000042';
    const page = async (s: Simulator) =>
      (await historyPage(s, number, '', paging(0, 500))).list.rows;
    const again = await page(createSimulator({ customers: 100 }));
    expect(await page(sim)).toEqual(again);
    expect(await page(createSimulator({ customers: 100, seed: 7 }))).not.toEqual(again);
  });
});

describe('getCustomerTransaction', () => {
  const sim = createSimulator({ customers: 200 });
  const enquiry = (customer: string, transaction: string) =>
    output(
      sim,
      'getCustomerTransaction',
      `<crm:customerTransactionHistoryKey><crm:customerId>${customer}</crm:customerId><crm:transactionId>${transaction}</crm:transactionId></crm:customerTransactionHistoryKey>`,
    );

  it('answers store, till, date, type, total and every line; the lines add up to the total', async () => {
    const out = await enquiry('100', '0001032512208448');
    expect(outcomeOf(out)).toBe('Success');
    const t = at(out, 'customerTransaction');
    expect(textAt(t, 'locationKey', 'locationId')).toBe('0001');
    expect(textAt(t, 'locationDescription')).toBe('London Regent Street');
    expect(textAt(t, 'deviceKey', 'deviceId')).toBe('POS03');
    expect(textAt(t, 'transactionDate')).toBe('2025-12-20T16:30:00Z');
    expect(textAt(t, 'transactionTypeKey', 'transactionTypeId')).toBe('SALE');
    expect(textAt(t, 'value')).toBe('14600');
    const lines = all(at(t, 'lines'), 'line').map((l) => ({
      lineNumber: textAt(l, 'lineNumber'),
      productId: textAt(l, 'productKey', 'productId'),
      description: textAt(l, 'description'),
      quantity: textAt(l, 'quantity'),
      effectiveNetValue: textAt(l, 'effectiveNetValue'),
      userId: textAt(l, 'salespersonKey', 'userId'),
      salesperson: textAt(l, 'salespersonDisplayName'),
    }));
    expect(lines).toEqual([
      {
        lineNumber: '1',
        productId: 'KN210-RED-M',
        description: 'Merino crew-neck jumper, Red, M',
        quantity: '2',
        effectiveNetValue: '11000',
        userId: '2107',
        salesperson: 'Aisha Khan',
      },
      {
        lineNumber: '2',
        productId: 'SO604-MIX-4-7',
        description: 'Cotton socks, 3 pairs, Mixed, 4-7',
        quantity: '3',
        effectiveNetValue: '3600',
        userId: '2107',
        salesperson: 'Aisha Khan',
      },
    ]);
  });

  it('shows a return as negative lines pointing at the sale they came from', async () => {
    const t = at(await enquiry('100', '0005012601034286'), 'customerTransaction');
    const line = at(t, 'lines', 'line');
    expect(textAt(line, 'quantity')).toBe('-1');
    expect(textAt(line, 'effectiveNetValue')).toBe('-5500');
    expect(textAt(line, 'originalTransactionKey', 'transactionId')).toBe('0001032512208448');
    expect(textAt(t, 'value')).toBe('-5500');
  });

  it('makes every listed transaction of a customer enquirable, lines adding up to the listed value', async () => {
    const list = pagedList(
      await output(
        sim,
        'searchCustomerTransactionHistory',
        historySearch('80000007', '', paging(0, 500)),
      ),
    );
    expect(list.rows.length).toBeGreaterThan(0);
    for (const row of list.rows.slice(0, 40)) {
      const t = at(
        await enquiry('80000007', row['transactionKey.transactionId']!),
        'customerTransaction',
      );
      const sum = all(at(t, 'lines'), 'line').reduce(
        (s, l) => s + Number(textAt(l, 'effectiveNetValue')),
        0,
      );
      expect(sum).toBe(Number(row['value']));
      expect(textAt(t, 'value')).toBe(row['value']);
    }
  });

  it('answers NoTransaction and NoCustomer', async () => {
    expect(outcomeOf(await enquiry('100', '999'))).toBe('NoTransaction');
    // Another customer's transaction is not this customer's.
    expect(outcomeOf(await enquiry('7004', '0001032512208448'))).toBe('NoTransaction');
    expect(outcomeOf(await enquiry('nobody', '0001032512208448'))).toBe('NoCustomer');
  });
});

// Contact history -------------------------------------------------------------------------

const contactSearch = (customer: string, criteria = '', extra = '') =>
  `<crm:contactHistorySearchCriteria><retail:customerNumber>${customer}</retail:customerNumber>${criteria}</crm:contactHistorySearchCriteria>${extra}`;

interface Contact {
  id: string;
  customer?: string;
  type?: string;
  date?: string;
  userId?: string;
  subject?: string;
  description?: string;
  callOutcome?: string;
  recipients?: string[];
}

const contactXml = (c: Contact) =>
  '<retail:customerContactHistory>' +
  `<retail:contactHistoryId>${esc(c.id)}</retail:contactHistoryId>` +
  `<retail:customerId>${esc(c.customer ?? '100')}</retail:customerId>` +
  `<retail:customerContactTypeId>${c.type ?? 'CALL'}</retail:customerContactTypeId>` +
  `<retail:contactDate>${c.date ?? new Date(Date.now() - 60_000).toISOString()}</retail:contactDate>` +
  `<retail:userId>${esc(c.userId ?? '1042')}</retail:userId>` +
  `<retail:subject>${esc(c.subject ?? 'Order ready')}</retail:subject>` +
  `<retail:description>${esc(c.description ?? 'Called about the order.')}</retail:description>` +
  ((c.type ?? 'CALL') === 'CALL'
    ? `<retail:callOutcomeId>${c.callOutcome ?? 'ANSWERED'}</retail:callOutcomeId>`
    : '') +
  (c.recipients
    ? `<retail:recipients>${c.recipients.map((r) => `<retail:emailAddress>${esc(r)}</retail:emailAddress>`).join('')}</retail:recipients>`
    : '') +
  '</retail:customerContactHistory>';

const saveContact = (sim: Simulator, c: Contact) =>
  output(sim, 'saveContactHistory', contactXml(c));

async function contactPage(sim: Simulator, customer: string, criteria = '', extra = '') {
  return pagedList(
    await output(sim, 'searchContactHistory', contactSearch(customer, criteria, extra)),
  );
}

describe('searchContactHistory', () => {
  const sim = createSimulator({ customers: 300 });

  it("answers customer 100's 14 contacts newest first: the latest a call by operator 1042", async () => {
    const list = await contactPage(sim, '100', '', paging(0, 20));
    expect(list.totalRows).toBe(14);
    expect(list.rows[0]).toMatchObject({
      'contactTypeKey.contactTypeId': 'CALL',
      contactDate: '2026-11-27T15:10:00Z',
      userId: '1042',
      callOutcomeId: 'ANSWERED',
      subject: 'Alteration ready for collection',
      taskId: null,
    });
    const dates = list.rows.map((r) => r['contactDate']!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(list.keys[0]).toEqual({
      customerId: '100',
      contactHistoryId: list.rows[0]!['contactHistoryId'],
    });
    // Full text per row: an e-mail's whole body, line breaks and all.
    expect(list.rows[1]!['description']).toBe(
      'Dear Amelia,\n\nThank you for visiting us in Hertford on 14 November. Here is how to look after your cashmere cardigan.\n\nKind regards,\nPriya Shah',
    );
    expect(list.rows[1]!['recipients']).toBe('rasangi.desilva@enactor.co.uk');
  });

  it('filters by type, date range and operator, pages and orders oldest first on request', async () => {
    const emails = await contactPage(
      sim,
      '100',
      '<retail:contactTypeId>email</retail:contactTypeId>',
    );
    expect(emails.rows.map((r) => r['contactTypeKey.contactTypeId'])).toEqual([
      'EMAIL',
      'EMAIL',
      'EMAIL',
    ]);
    const range = await contactPage(
      sim,
      '100',
      '<retail:fromDate>2024-01-01</retail:fromDate><retail:toDate>2024-12-31</retail:toDate>',
    );
    expect(range.rows.map((r) => r['contactDate'])).toEqual([
      '2024-12-24T15:48:00Z',
      '2024-07-08T09:59:00Z',
      '2024-03-11T13:09:00Z',
    ]);
    const mine = await contactPage(
      sim,
      '100',
      '<retail:userId>1042</retail:userId><retail:restrictToUser>true</retail:restrictToUser>',
    );
    expect(mine.rows.every((r) => r['userId'] === '1042')).toBe(true);
    expect(mine.totalRows).toBe(3);
    const notRestricted = await contactPage(sim, '100', '<retail:userId>1042</retail:userId>');
    expect(notRestricted.totalRows).toBe(14);
    const page2 = await contactPage(sim, '100', '', paging(10, 10) + orderBy('contactDate', false));
    expect(page2).toMatchObject({ totalRows: 14, currentRowOffset: 10 });
    expect(page2.rows.map((r) => r['contactDate'])).toEqual([
      '2026-04-26T17:25:00Z',
      '2026-05-09T14:37:00Z',
      '2026-11-20T10:05:00Z',
      '2026-11-27T15:10:00Z',
    ]);
    const capped = await contactPage(sim, '100', '', '<core:maxRows>5</core:maxRows>');
    expect(capped.totalRows).toBe(5);
  });

  it('refuses an unknown type and restrictToUser without a user; NoCustomer for no customer', async () => {
    const out = await output(
      sim,
      'searchContactHistory',
      contactSearch(
        '100',
        '<retail:contactTypeId>FAX</retail:contactTypeId><retail:restrictToUser>true</retail:restrictToUser>',
      ),
    );
    expect(Object.keys(fieldErrorsOf(out)).sort()).toEqual(['contactTypeId', 'userId']);
    expect(outcomeOf(await output(sim, 'searchContactHistory', contactSearch('nobody')))).toBe(
      'NoCustomer',
    );
  });

  it('generates contacts for every customer from its number and the seed', async () => {
    const counts = [];
    for (let n = 80_000_000; n < 80_000_040; n++)
      counts.push((await contactPage(sim, String(n))).totalRows);
    expect(Math.max(...counts)).toBeGreaterThan(5);
    const other = createSimulator({ customers: 300 });
    const mine = await contactPage(sim, '80000011', '', paging(0, 50));
    expect(mine.totalRows).toBeGreaterThan(0);
    expect(await contactPage(other, '80000011', '', paging(0, 50))).toEqual(mine);
    const reseeded = createSimulator({ customers: 300, seed: 7 });
    expect(await contactPage(reseeded, '80000011', '', paging(0, 50))).not.toEqual(mine);
  });
});

describe('saveContactHistory', () => {
  it('records a contact that heads Contact History at once, exactly as sent', async () => {
    const sim = createSimulator({ customers: 50 });
    const out = await saveContact(sim, {
      id: 'POS01-000000000001',
      type: 'CALL',
      callOutcome: 'VOICEMAIL',
      subject: "O'Brien & Sons <re: order> 🧥",
      description: 'Left a message 📞: "call back after 5"\nSecond line & more',
    });
    expect(outcomeOf(out)).toBe('Success');
    const saved = at(out, 'customerContactHistory');
    expect(textAt(saved, 'subject')).toBe("O'Brien & Sons <re: order> 🧥");
    expect(textAt(saved, 'callOutcomeId')).toBe('VOICEMAIL');
    const list = await contactPage(sim, '100');
    expect(list.totalRows).toBe(15);
    expect(list.rows[0]).toMatchObject({
      contactHistoryId: 'POS01-000000000001',
      subject: "O'Brien & Sons <re: order> 🧥",
      description: 'Left a message 📞: "call back after 5"\nSecond line & more',
      userId: '1042',
      callOutcomeId: 'VOICEMAIL',
    });
  });

  it('stores ONE contact for a repeated save, a double tap and a retry after a lost answer', async () => {
    const sim = createSimulator({ customers: 50 });
    const contact = { id: 'POS02-000000000007', date: '2026-11-30T09:00:00Z' };
    expect(outcomeOf(await saveContact(sim, contact))).toBe('Success');
    expect(outcomeOf(await saveContact(sim, contact))).toBe('Success');
    // A double tap: both requests at once.
    const tap = { id: 'POS02-000000000008', date: '2026-11-30T09:01:00Z' };
    const [a, b] = await Promise.all([saveContact(sim, tap), saveContact(sim, tap)]);
    expect([outcomeOf(a), outcomeOf(b)]).toEqual(['Success', 'Success']);
    // The answer is lost after the work is done; the till retries with the same id.
    sim.faults.set({ kind: 'disconnect', count: 1, operation: 'saveContactHistory' });
    const lost = { id: 'POS02-000000000009', date: '2026-11-30T09:02:00Z' };
    await expect(
      sim.handle(soapRequest('saveContactHistory', contactXml(lost))),
    ).rejects.toBeInstanceOf(SimulatedDisconnect);
    expect(outcomeOf(await saveContact(sim, lost))).toBe('Success');

    expect(sim.contacts.savedCount).toBe(3);
    const list = await contactPage(sim, '100', '', paging(0, 50));
    expect(list.totalRows).toBe(14 + 3);
    const ids = list.rows.map((r) => r['contactHistoryId']);
    expect(ids.filter((id) => id === 'POS02-000000000007')).toHaveLength(1);
    expect(ids.filter((id) => id === 'POS02-000000000008')).toHaveLength(1);
    expect(ids.filter((id) => id === 'POS02-000000000009')).toHaveLength(1);
    const status = await (
      await sim.handle(new Request('http://sim.test/__simulator/crm/status'))
    ).json();
    expect(status).toMatchObject({ contactsSaved: 3 });
  });

  it('refuses the same id with other details, and a generated contact id', async () => {
    const sim = createSimulator({ customers: 50 });
    await saveContact(sim, { id: 'T1-1', date: '2026-11-30T09:00:00Z' });
    const other = await saveContact(sim, {
      id: 'T1-1',
      date: '2026-11-30T09:00:00Z',
      subject: 'Something else',
    });
    expect(outcomeOf(other)).toBe('ValidationFailed');
    expect(fieldErrorsOf(other)).toEqual({
      contactHistoryId: 'Contact T1-1 is already recorded with other details.',
    });
    const clash = await saveContact(sim, { id: 'GEN-100-001' });
    expect(fieldErrorsOf(clash)).toHaveProperty('contactHistoryId');
    expect(sim.contacts.savedCount).toBe(1);
  });

  it('records an e-mail with its recipients: the server sends it (no separate send operation)', async () => {
    const sim = createSimulator({ customers: 50 });
    const out = await saveContact(sim, {
      id: 'MAIL-1',
      type: 'EMAIL',
      subject: 'Your alteration',
      description: 'Dear Amelia,\n\nYour coat is ready.\n\nPriya',
      recipients: ['rasangi.desilva@enactor.co.uk', 'amelia@example.co.uk'],
    });
    expect(outcomeOf(out)).toBe('Success');
    expect(
      all(at(out, 'customerContactHistory', 'recipients'), 'emailAddress').map((e) => e.text),
    ).toEqual(['rasangi.desilva@enactor.co.uk', 'amelia@example.co.uk']);
    const emails = await (
      await sim.handle(new Request('http://sim.test/__simulator/crm/emails'))
    ).json();
    expect(emails).toEqual([
      expect.objectContaining({
        contactHistoryId: 'MAIL-1',
        customerNumber: '100',
        subject: 'Your alteration',
        recipients: ['rasangi.desilva@enactor.co.uk', 'amelia@example.co.uk'],
      }),
    ]);
    const list = await contactPage(
      sim,
      '100',
      '<retail:contactTypeId>EMAIL</retail:contactTypeId>',
    );
    expect(list.rows[0]!['recipients']).toBe('rasangi.desilva@enactor.co.uk, amelia@example.co.uk');
  });

  it('names every wrong field and records nothing', async () => {
    const sim = createSimulator({ customers: 50 });
    const out = await saveContact(sim, {
      id: 'bad id with spaces',
      type: 'EMAIL',
      date: '2099-01-01T00:00:00Z',
      userId: '',
      subject: '',
      description: '',
      recipients: ['not-an-address'],
    });
    expect(outcomeOf(out)).toBe('ValidationFailed');
    expect(Object.keys(fieldErrorsOf(out)).sort()).toEqual([
      'contactDate',
      'contactHistoryId',
      'description',
      'recipients',
      'subject',
      'userId',
    ]);
    const call = await saveContact(sim, { id: 'C-1', type: 'CALL', callOutcome: 'MAYBE' });
    expect(fieldErrorsOf(call)).toHaveProperty('callOutcomeId');
    const visit = await saveContact(sim, { id: 'C-2', type: 'VISIT', recipients: ['a@b.co'] });
    expect(fieldErrorsOf(visit)).toHaveProperty('recipients');
    const type = await saveContact(sim, { id: 'C-3', type: 'CARRIER_PIGEON' });
    expect(fieldErrorsOf(type)).toHaveProperty('customerContactTypeId');
    const notDate = await saveContact(sim, { id: 'C-4', date: 'yesterday' });
    expect(fieldErrorsOf(notDate)).toHaveProperty('contactDate');
    expect(outcomeOf(await saveContact(sim, { id: 'C-5', customer: 'nobody' }))).toBe('NoCustomer');
    expect(sim.contacts.savedCount).toBe(0);
  });

  it('answers a client fault for a request without the contact', async () => {
    const sim = createSimulator({ customers: 10 });
    const res = await sim.handle(soapRequest('saveContactHistory', ''));
    expect(res.status).toBe(500);
    await expect(call(sim, 'saveContactHistory', '')).rejects.toThrow(
      /customerContactHistory is mandatory/,
    );
  });

  it('is covered by the fault switch like every operation', async () => {
    const sim = createSimulator({ customers: 10 });
    sim.faults.set({ kind: 'soap-fault', count: 1, operation: 'searchContactHistory' });
    const res = await sim.handle(soapRequest('searchContactHistory', contactSearch('100')));
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('Simulated fault');
    const next = await sim.handle(soapRequest('searchContactHistory', contactSearch('100')));
    expect(next.status).toBe(200);
    // Nothing recorded while the server was "down".
    sim.faults.set({ kind: 'unreachable', count: 1 });
    await expect(
      sim.handle(soapRequest('saveContactHistory', contactXml({ id: 'X-1' }))),
    ).rejects.toBeInstanceOf(SimulatedDisconnect);
    expect(sim.contacts.savedCount).toBe(0);
  });

  it('forgets what tills saved on reset, keeping generated contacts', async () => {
    const sim = createSimulator({ customers: 10 });
    await saveContact(sim, { id: 'R-1' });
    await sim.handle(new Request('http://sim.test/__simulator/crm/reset', { method: 'POST' }));
    expect(sim.contacts.savedCount).toBe(0);
    expect((await contactPage(sim, '100')).totalRows).toBe(14);
  });
});
