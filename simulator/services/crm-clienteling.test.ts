import { describe, expect, it } from 'vitest';
import { SimulatedDisconnect } from '../faults.ts';
import { createSimulator } from '../simulator.ts';
import { RETAIL } from '../xml/namespaces.ts';
import { readSoapRequest, type RequestElement } from '../xml/request-reader.ts';

/** The six operations over the real `handle(Request)` path: XML in, XML out. */
const URL_CRM = 'http://sim.test/axis2/services/CRMCustomerDataService';
const CRM = 'http://www.enactor.com/crm';
const NS = `xmlns:crm="${CRM}" xmlns:retail="${RETAIL}"`;
const NOW = '2026-11-22T10:15:00Z';

const envelope = (payload: string, version: '1.1' | '1.2' = '1.1') =>
  `<?xml version="1.0" encoding="UTF-8"?><s:Envelope xmlns:s="${version === '1.1' ? 'http://schemas.xmlsoap.org/soap/envelope/' : 'http://www.w3.org/2003/05/soap-envelope'}"><s:Body>${payload}</s:Body></s:Envelope>`;

function connect(customers = 50) {
  const sim = createSimulator({ customers, now: () => new Date(NOW) });
  const post = (payload: string, version: '1.1' | '1.2' = '1.1') =>
    sim.handle(
      new Request(URL_CRM, {
        method: 'POST',
        body: envelope(payload, version),
        headers: {
          'Content-Type':
            version === '1.1' ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8',
        },
      }),
    );
  /** The answer's output element (inside `{operation}Response`). */
  const call = async (payload: string) => {
    const res = await post(payload);
    const xml = await res.text();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${xml}`);
    const output = readSoapRequest(xml).operation.children[0];
    if (!output) throw new Error('empty answer');
    return { output, xml };
  };
  return { sim, post, call };
}

const kids = (e: RequestElement | undefined, local: string, ns = RETAIL) =>
  e ? e.children.filter((c) => c.ns === ns && c.local === local) : [];
const kid = (e: RequestElement | undefined, local: string) => kids(e, local)[0];
const val = (e: RequestElement | undefined, local: string) => kid(e, local)?.text ?? '';
const outcome = (output: RequestElement) => kid(output, 'outcome')?.attributes.name;
const fieldErrors = (output: RequestElement) =>
  kids(output, 'fieldError').map((e) => `${e.attributes.field}: ${e.text}`);

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const saveNote = (fields: Record<string, string>, wishlist = '') =>
  `<crm:saveCustomerNote ${NS}><retail:customerNote>${Object.entries({
    userId: 'ASSOC07',
    customerId: '100',
    isPrivate: 'false',
    noteId: '000000000001',
    ...fields,
  })
    .map(([k, v]) => `<retail:${k}>${escape(v)}</retail:${k}>`)
    .join('')}${wishlist}</retail:customerNote></crm:saveCustomerNote>`;
const getNotes = (userId: string, customerId = '100') =>
  `<crm:getCustomerNotes ${NS}><retail:customerId>${customerId}</retail:customerId><retail:userId>${userId}</retail:userId></crm:getCustomerNotes>`;
const preferenceItem = (p: {
  id: string;
  set: string;
  path: string;
  value: string;
  created?: string;
  method?: string;
  customer?: string;
}) =>
  `<item key="${p.path}"><retail:customerPreference><retail:optionPathId>${p.path}</retail:optionPathId>` +
  (p.created ? `<retail:created>${p.created}</retail:created>` : '') +
  `<retail:optionSetId type="customerPreferenceOptionSet" optionSetId="${p.set}"><retail:groupId groupHierarchyId="All" groupTypeId="region">All</retail:groupId></retail:optionSetId>` +
  `<retail:customerId>${p.customer ?? '100'}</retail:customerId><retail:preferenceId>${p.id}</retail:preferenceId>` +
  `<retail:value id="${p.path}">${p.value}</retail:value>` +
  (p.method ? `<retail:captureMethod>${p.method}</retail:captureMethod>` : '') +
  '</retail:customerPreference></item>';
const savePreferences = (userId: string, items: string[]) =>
  `<retail:saveCustomerPreferenceMap xmlns:retail="${RETAIL}"><retail:userId>${userId}</retail:userId><retail:customerPreferenceMap>${items.join('')}</retail:customerPreferenceMap></retail:saveCustomerPreferenceMap>`;
const getPreferences = (customerId: string, sets: string[] = []) =>
  `<crm:getCustomerPreferences ${NS}><crm:customerPreferenceCriteria><retail:customerId>${customerId}</retail:customerId>${sets.map((s) => `<retail:optionSetId>${s}</retail:optionSetId>`).join('')}</crm:customerPreferenceCriteria></crm:getCustomerPreferences>`;
const saveKeyDate = (fields: Record<string, string>) =>
  `<crm:saveCustomerKeyDate ${NS}><retail:customerKeyDate>${Object.entries({
    keyDateId: 'K1',
    customerId: '100',
    userId: 'ASSOC07',
    keyDateTypeId: 'OTHER',
    month: '12',
    day: '24',
    description: 'Party',
    ...fields,
  })
    .map(([k, v]) => `<retail:${k}>${escape(v)}</retail:${k}>`)
    .join('')}</retail:customerKeyDate></crm:saveCustomerKeyDate>`;
const getKeyDates = (customerId: string) =>
  `<crm:getCustomerKeyDates ${NS}><retail:customerId>${customerId}</retail:customerId></crm:getCustomerKeyDates>`;

const ODD = `Zoë & Siân <VIP> "quoted" 'single' — café 👗🎉 ∑`;

describe('CRM notes, preferences and key dates over handle(Request)', () => {
  it('keeps odd characters through a note, a wishlist item and a key date, whichever way the XML escapes them', async () => {
    const { call } = connect();
    const saved = await call(saveNote({ notes: ODD }));
    expect(outcome(saved.output)).toBe('Success');
    expect(val(kid(saved.output, 'customerNote'), 'notes')).toBe(ODD);
    // The answer escapes what XML needs and sends the rest as UTF-8.
    expect(saved.xml).toContain('Zoë &amp; Siân &lt;VIP&gt;');
    expect(saved.xml).toContain('👗🎉');
    // Numeric character references and CDATA are the same text.
    await call(saveNote({ noteId: 'N-REF', notes: 'x' }).replace('>x<', '>caf&#xE9; &#x1F457;<'));
    await call(
      saveNote({ noteId: 'N-CDATA', notes: 'x' }).replace('>x<', '><![CDATA[a < b & c]]><'),
    );
    const wishlist = `<retail:wishlistItem><retail:productId>P&amp;1</retail:productId><retail:description>${escape(ODD)}</retail:description><retail:size>15½</retail:size><retail:colour>Crème brûlée</retail:colour></retail:wishlistItem>`;
    await call(saveNote({ noteId: 'W-ODD', noteTypeId: 'WISHLIST', notes: '' }, wishlist));
    const list = kids((await call(getNotes('ASSOC07'))).output, 'customerNote');
    const byId = (id: string) => list.find((n) => val(n, 'noteId') === id);
    expect(val(byId('000000000001'), 'notes')).toBe(ODD);
    expect(val(byId('N-REF'), 'notes')).toBe('café 👗');
    expect(val(byId('N-CDATA'), 'notes')).toBe('a < b & c');
    const item = kid(byId('W-ODD'), 'wishlistItem');
    expect([
      val(item, 'productId'),
      val(item, 'description'),
      val(item, 'size'),
      val(item, 'colour'),
    ]).toEqual(['P&1', ODD, '15½', 'Crème brûlée']);
    await call(saveKeyDate({ description: ODD }));
    const dates = kids((await call(getKeyDates('100'))).output, 'customerKeyDate');
    expect(
      val(
        dates.find((d) => val(d, 'keyDateId') === 'K1'),
        'description',
      ),
    ).toBe(ODD);
  });

  it('applies a note saved once even when the answer is lost, and the retry answers the same without a second write', async () => {
    const { sim, post, call } = connect();
    const control = (path: string, init?: RequestInit) =>
      sim.handle(new Request(`http://sim.test/__simulator/${path}`, init));
    await control('faults', {
      method: 'PUT',
      body: JSON.stringify({ kind: 'disconnect', operation: 'saveCustomerNote' }),
    });
    const body = saveNote({ noteId: '000000004242', notes: 'Lost answer' });
    await expect(post(body)).rejects.toBeInstanceOf(SimulatedDisconnect);
    const retry = await call(body);
    expect(outcome(retry.output)).toBe('Success');
    const notes = kids((await call(getNotes('ASSOC07'))).output, 'customerNote');
    expect(notes.filter((n) => val(n, 'noteId') === '000000004242')).toHaveLength(1);
    const counts = (await (await control('clienteling/100')).json()) as Record<string, unknown>;
    expect(counts).toEqual({
      customerNumber: '100',
      notes: { saved: 1, writes: 1 },
      preferences: { saved: 0, writes: 0 },
      keyDates: { saved: 0, writes: 0 },
    });
    expect((await control('clienteling/999')).status).toBe(404);
    expect((await control('clienteling/reset', { method: 'POST' })).status).toBe(200);
    expect(sim.clienteling.notes.writes).toBe(0);
    const after = kids((await call(getNotes('ASSOC07'))).output, 'customerNote');
    expect(after.map((n) => val(n, 'noteId'))).not.toContain('000000004242');
  });

  it.each([
    ['getCustomerNotes', getNotes('ASSOC07')],
    ['saveCustomerNote', saveNote({ notes: 'x' })],
    ['getCustomerPreferences', getPreferences('100')],
    [
      'saveCustomerPreferenceMap',
      savePreferences('ASSOC07', [
        preferenceItem({ id: 'F1', set: 'SHOE_SIZE', path: 'SHOE:UK7', value: 'true' }),
      ]),
    ],
    ['getCustomerKeyDates', getKeyDates('100')],
    ['saveCustomerKeyDate', saveKeyDate({})],
  ])(
    'lets the fault switch fail %s alone, as every other operation',
    async (operation, payload) => {
      const { sim, post } = connect();
      sim.faults.set({ kind: 'soap-fault', count: 1, operation });
      expect((await post(getKeyDates('7004'))).status).toBe(
        operation === 'getCustomerKeyDates' ? 500 : 200,
      );
      sim.faults.set({ kind: 'soap-fault', count: 1, operation });
      const failed = await post(payload);
      expect(failed.status).toBe(500);
      expect(await failed.text()).toContain('Simulated fault');
      sim.faults.set({ kind: 'http-error', count: 1, operation });
      expect((await post(payload)).status).toBe(503);
      expect((await post(payload)).status).toBe(200);
      // A fault before the work stores nothing.
      expect(
        sim.clienteling.notes.writes +
          sim.clienteling.preferences.writes +
          sim.clienteling.keyDates.writes,
      ).toBe(operation.startsWith('save') ? 1 : 0);
    },
  );

  it('hides a private note from the wire for every operator but its author', async () => {
    const { call } = connect();
    await call(
      saveNote({ noteId: 'PRIV', userId: 'MGR02', isPrivate: 'true', notes: 'Secret-ish remark' }),
    );
    expect((await call(getNotes('MGR02'))).xml).toContain('Secret-ish remark');
    for (const other of ['ASSOC07', 'mgr02', ''])
      expect((await call(getNotes(other))).xml).not.toContain('Secret-ish remark');
  });

  it('answers ValidationFailed with field errors, and NoCustomer for an unknown customer, on every operation', async () => {
    const { call } = connect();
    const invalid = await call(saveNote({ userId: '', notes: '' }));
    expect(outcome(invalid.output)).toBe('ValidationFailed');
    expect(fieldErrors(invalid.output)).toEqual([
      'userId: The operator (userId) is mandatory.',
      'notes: The note is empty.',
    ]);
    const badType = await call(
      getNotes('ASSOC07').replace(
        '</crm:getCustomerNotes>',
        '<retail:noteTypeId>MEMO</retail:noteTypeId></crm:getCustomerNotes>',
      ),
    );
    expect(fieldErrors(badType.output)).toEqual([
      'noteTypeId: MEMO is not a note type (NOTE or WISHLIST).',
    ]);
    const badSet = await call(getPreferences('100', ['COLORS']));
    expect(fieldErrors(badSet.output)).toEqual(['optionSetId: COLORS is not an option set.']);
    const badDate = await call(saveKeyDate({ month: '2', day: '31' }));
    expect(fieldErrors(badDate.output)).toEqual(['day: 31 February does not exist.']);
    const badPreference = await call(
      savePreferences('ASSOC07', [
        preferenceItem({ id: 'X1', set: 'CLOTHING_SIZE', path: 'DRESS:UK13', value: 'true' }),
      ]),
    );
    expect(kids(badPreference.output, 'fieldError').map((e) => e.attributes)).toEqual([
      { field: 'optionPathId', key: 'DRESS:UK13' },
    ]);
    for (const payload of [
      getNotes('ASSOC07', '999'),
      saveNote({ customerId: '999', notes: 'x' }),
      getPreferences('999'),
      savePreferences('ASSOC07', [
        preferenceItem({
          id: 'X2',
          set: 'SHOE_SIZE',
          path: 'SHOE:UK7',
          value: 'true',
          customer: '999',
        }),
      ]),
      getKeyDates('999'),
      saveKeyDate({ customerId: '999' }),
    ]) {
      const { output } = await call(payload);
      expect(outcome(output)).toBe('NoCustomer');
      expect(val(output, 'message')).toBe('There is no customer 999.');
    }
  });

  it('records a give-then-withdraw of SMS consent as two history rows, newest first, with operator and time', async () => {
    const { call } = connect();
    const sms = (id: string, value: string, userId: string, created: string, method: string) =>
      call(
        savePreferences(userId, [
          preferenceItem({
            id,
            set: 'GDPR_CONSENT',
            path: 'SMS:SMS_OPTIN',
            value,
            created,
            method,
            customer: '00100',
          }),
        ]),
      );
    expect(
      outcome((await sms('S1', 'true', 'ASSOC07', '2026-11-22T10:01:00', 'IN_STORE')).output),
    ).toBe('Success');
    expect(
      outcome((await sms('S2', 'false', 'MGR01', '2026-11-22T10:09:00', 'PHONE')).output),
    ).toBe('Success');
    expect(
      outcome((await sms('S2', 'false', 'MGR01', '2026-11-22T10:09:00', 'PHONE')).output),
    ).toBe('Success');
    const { output } = await call(getPreferences('00100', ['GDPR_CONSENT']));
    const history = kids(kid(output, 'customerPreferenceHistory'), 'customerPreference');
    expect(
      history.map((r) => [
        val(r, 'preferenceId'),
        val(r, 'value'),
        val(r, 'userId'),
        val(r, 'created'),
        val(r, 'captureMethod'),
      ]),
    ).toEqual([
      ['S2', 'false', 'MGR01', '2026-11-22T10:09:00Z', 'PHONE'],
      ['S1', 'true', 'ASSOC07', '2026-11-22T10:01:00Z', 'IN_STORE'],
    ]);
    const map = kids(kid(output, 'customerPreferenceMap'), 'item', '');
    expect(map.map((i) => [i.attributes.key, val(kid(i, 'customerPreference'), 'value')])).toEqual([
      ['SMS:SMS_OPTIN', 'false'],
    ]);
  });

  it('returns the option sets with their choices over the wire, and current values keyed by optionPathId', async () => {
    const { call } = connect();
    const { output } = await call(getPreferences('100'));
    const sets = kids(kid(output, 'optionSets'), 'optionSet');
    expect(sets.map((s) => kid(s, 'optionSetId')?.attributes.optionSetId)).toContain(
      'GDPR_CONSENT',
    );
    const consent = sets.find(
      (s) => kid(s, 'optionSetId')?.attributes.optionSetId === 'GDPR_CONSENT',
    )!;
    expect(val(consent, 'keepsHistory')).toBe('true');
    expect(
      kids(kid(consent, 'captureMethods'), 'captureMethod').map((m) => m.attributes.id),
    ).toContain('IN_STORE');
    const dress = kids(sets[0], 'optionType')[0]!;
    expect(kids(dress, 'option').map((o) => val(o, 'optionPathId'))).toContain('DRESS:UK12');
    const keys = kids(kid(output, 'customerPreferenceMap'), 'item', '').map(
      (i) => i.attributes.key,
    );
    expect(keys).toContain('DRESS:UK12');
  });

  it('refuses saveCustomerPreferenceMap in the crm namespace and the crm reads in retail, as any wrong namespace', async () => {
    const { post } = connect();
    for (const payload of [
      savePreferences('ASSOC07', [])
        .replace(/retail:saveCustomerPreferenceMap/g, 'crm:saveCustomerPreferenceMap')
        .replace(
          '<crm:saveCustomerPreferenceMap ',
          `<crm:saveCustomerPreferenceMap xmlns:crm="${CRM}" `,
        ),
      `<retail:getCustomerNotes xmlns:retail="${RETAIL}"><retail:customerId>100</retail:customerId></retail:getCustomerNotes>`,
    ]) {
      const res = await post(payload);
      expect(res.status).toBe(500);
      expect(await res.text()).toContain('Operation not found');
    }
  });

  it.each([
    [
      'a read without its customer',
      `<crm:getCustomerNotes ${NS}/>`,
      'crm:getCustomerNotes/retail:customerId is mandatory',
    ],
    [
      'a note save without its note',
      `<crm:saveCustomerNote ${NS}/>`,
      'retail:customerNote is mandatory',
    ],
    [
      'a note without its customer',
      saveNote({ customerId: '' }),
      'retail:customerNote/retail:customerId is mandatory',
    ],
    [
      'preferences without criteria',
      `<crm:getCustomerPreferences ${NS}/>`,
      'crm:customerPreferenceCriteria is mandatory',
    ],
    [
      'a preference save without its map',
      `<retail:saveCustomerPreferenceMap xmlns:retail="${RETAIL}"/>`,
      'retail:customerPreferenceMap is mandatory',
    ],
    [
      'an empty preference map',
      savePreferences('ASSOC07', []),
      'retail:customerPreferenceMap holds no item',
    ],
    [
      'a key date save without its key date',
      `<crm:saveCustomerKeyDate ${NS}/>`,
      'retail:customerKeyDate is mandatory',
    ],
    [
      'key dates without a customer',
      `<crm:getCustomerKeyDates ${NS}><retail:customerId> </retail:customerId></crm:getCustomerKeyDates>`,
      'is mandatory',
    ],
  ])('answers %s with a client fault', async (_what, payload, reason) => {
    const { post } = connect();
    const res = await post(payload);
    expect(res.status).toBe(500);
    const fault = readSoapRequest(await res.text()).operation;
    expect(fault.local).toBe('Fault');
    expect(fault.children.find((c) => c.local === 'faultcode')?.text).toBe('soapenv:Client');
    expect(fault.children.find((c) => c.local === 'faultstring')?.text).toContain(reason);
  });

  it('answers SOAP 1.2 in kind, and serves a customer CRM created a moment ago', async () => {
    const { sim, post } = connect();
    const created = sim.crm.create({
      ...sim.crm.get('7004')!,
      forename: 'Nia',
      surname: 'Newcomer',
    });
    const res = await post(
      saveNote({ customerId: created.customerNumber, notes: 'First visit' }),
      '1.2',
    );
    expect(res.headers.get('content-type')).toContain('application/soap+xml');
    const output = readSoapRequest(await res.text()).operation.children[0]!;
    expect(outcome(output)).toBe('Success');
    expect(
      sim.clienteling.notes.list(created.customerNumber, 'ASSOC07')!.map((n) => n.notes),
    ).toEqual(['First visit']);
    // A customer created at a till has nothing derived: only what was saved.
    expect(sim.clienteling.preferences.get(created.customerNumber)!.current).toEqual([]);
    expect(sim.clienteling.keyDates.list(created.customerNumber)).toEqual([]);
  });

  it('derives nothing for a customer added after start, even under a number that would have an alert', async () => {
    // 80000051 has an alert note when the simulator generates it (see the next test).
    const { sim } = connect(10);
    const added = await sim.handle(
      new Request('http://sim.test/__simulator/customers', {
        method: 'POST',
        body: JSON.stringify({ customerNumber: '80000051', forename: 'Nia', surname: 'Newcomer' }),
      }),
    );
    expect(added.status).toBe(201);
    expect(sim.clienteling.notes.list('80000051', 'MGR01')).toEqual([]);
    expect(sim.clienteling.keyDates.list('80000051')).toEqual([]);
    expect(sim.clienteling.preferences.get('80000051')!.current).toEqual([]);
  });

  it('gives a generated customer derived data on the wire without storing anything for it', async () => {
    const { sim, call } = connect(100);
    const notes = kids((await call(getNotes('MGR01', '80000051'))).output, 'customerNote');
    expect(notes.some((n) => val(n, 'isAlert') === 'true')).toBe(true);
    const dates = kids((await call(getKeyDates('80000003'))).output, 'customerKeyDate');
    expect(dates.length).toBeGreaterThan(0);
    expect(Number(val(dates[0], 'daysUntil'))).toBeLessThanOrEqual(14);
    expect(val((await call(getKeyDates('80000003'))).output, 'today')).toBe('2026-11-22');
    expect(sim.clienteling.notes.counts('80000051')).toEqual({ saved: 0, writes: 0 });
  });
});
