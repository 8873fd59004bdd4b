import { describe, expect, it, vi } from 'vitest';
import type { NoteDraft, PreferenceChange } from '../../domain/clienteling';
import { MalformedResponseError, SoapFaultError } from '../errors';
import getKeyDatesRequest from '../fixtures/crm/get-customer-key-dates-request.xml?raw';
import getKeyDatesResponse from '../fixtures/crm/get-customer-key-dates-response.xml?raw';
import noCustomerNotesResponse from '../fixtures/crm/get-customer-notes-no-customer-response.xml?raw';
import getNotesRequest from '../fixtures/crm/get-customer-notes-request.xml?raw';
import getNotesResponse from '../fixtures/crm/get-customer-notes-response.xml?raw';
import getPreferencesRequest from '../fixtures/crm/get-customer-preferences-request.xml?raw';
import getPreferencesResponse from '../fixtures/crm/get-customer-preferences-response.xml?raw';
import invalidKeyDateResponse from '../fixtures/crm/save-customer-key-date-invalid-response.xml?raw';
import saveKeyDateRequest from '../fixtures/crm/save-customer-key-date-request.xml?raw';
import saveKeyDateResponse from '../fixtures/crm/save-customer-key-date-response.xml?raw';
import invalidNoteResponse from '../fixtures/crm/save-customer-note-invalid-response.xml?raw';
import removeNoteRequest from '../fixtures/crm/save-customer-note-remove-request.xml?raw';
import removeNoteResponse from '../fixtures/crm/save-customer-note-remove-response.xml?raw';
import saveNoteRequest from '../fixtures/crm/save-customer-note-request.xml?raw';
import saveNoteResponse from '../fixtures/crm/save-customer-note-response.xml?raw';
import wishlistRequest from '../fixtures/crm/save-customer-note-wishlist-request.xml?raw';
import wishlistResponse from '../fixtures/crm/save-customer-note-wishlist-response.xml?raw';
import invalidPreferencesResponse from '../fixtures/crm/save-customer-preference-map-invalid-response.xml?raw';
import savePreferencesRequest from '../fixtures/crm/save-customer-preference-map-request.xml?raw';
import savePreferencesResponse from '../fixtures/crm/save-customer-preference-map-response.xml?raw';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import type { XmlElement } from '../soap/xml-reader';
import type { Transport } from '../transport';
import { testEndpoint } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';
import { GET_CUSTOMER_KEY_DATES } from './get-customer-key-dates-codec';
import { GET_CUSTOMER_NOTES } from './get-customer-notes-codec';
import { GET_CUSTOMER_PREFERENCES } from './get-customer-preferences-codec';
import { SAVE_CUSTOMER_KEY_DATE } from './save-customer-key-date-codec';
import { SAVE_CUSTOMER_NOTE } from './save-customer-note-codec';
import { SAVE_CUSTOMER_PREFERENCE_MAP } from './save-customer-preference-map-codec';

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

/** Namespaces by URI, attributes, leaf text and order: prefixes and indentation aside. */
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

/** The request an operation builds, as the fixture's payload would read. */
const built = (payload: string) => canonical(payloadOf(buildEnvelope('1.1', payload)));
const fixture = (xml: string) => canonical(payloadOf(xml));

const fault = (reason: string) =>
  `<soapenv:Envelope xmlns:soapenv="${NS.soap11}"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Client</faultcode><faultstring>${reason}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>`;

const ODD = 'Zoë & <Ørsted> "quoted" it’s 👗 ✓';

const ALERT_NOTE: NoteDraft = {
  noteId: '004718230965',
  customerNumber: '100',
  type: 'NOTE',
  text: 'Alterations ready: ask Zoë at the desk for ticket <A&B> 12 👗',
  isPrivate: false,
  isAlert: true,
  wishlistItem: null,
};

describe('getCustomerNotes (get-customer-notes-*.xml)', () => {
  it('builds the fixture request', () => {
    expect(
      built(GET_CUSTOMER_NOTES.encode({ customerNumber: '100', operatorId: 'MGR01' })),
    ).toEqual(fixture(getNotesRequest));
  });

  it("decodes customer 100's notes field by field, newest first, MGR01's private note included", async () => {
    const { crm, sent } = answering(getNotesResponse);
    const notes = await crm.notes('100', 'MGR01');
    expect(sent[0]!.headers).toMatchObject({ SOAPAction: '"urn:getCustomerNotes"' });
    expect(notes).toEqual([
      {
        noteId: 'SIM-100-N3',
        customerNumber: '100',
        author: 'MGR01',
        type: 'NOTE',
        isPrivate: true,
        isAlert: false,
        text: 'Unhappy with the wait at the last visit: offer a priority fitting.',
        wishlistItem: null,
        status: 'ACTIVE',
        created: '2026-11-16T11:40:00Z',
        lastUpdated: '2026-11-16T11:40:00Z',
        lastUpdatedBy: 'MGR01',
      },
      {
        noteId: 'SIM-100-N2',
        customerNumber: '100',
        author: 'ASSOC07',
        type: 'WISHLIST',
        isPrivate: false,
        isAlert: false,
        text: 'For her sister’s wedding in the spring.',
        wishlistItem: {
          productId: '100234',
          description: 'Silk wrap dress',
          size: 'UK 12',
          colour: 'Navy',
        },
        status: 'ACTIVE',
        created: '2026-11-10T10:30:00Z',
        lastUpdated: '2026-11-10T10:30:00Z',
        lastUpdatedBy: 'ASSOC07',
      },
      expect.objectContaining({
        noteId: 'SIM-100-N1',
        type: 'NOTE',
        text: 'Prefers the fitting room by the window; likes a glass of water while trying things on.',
        created: '2026-11-02T14:05:00Z',
      }),
    ]);
  });

  it('asks without a userId when no operator is signed on, and with a type when asked', () => {
    const payload = payloadOf(
      buildEnvelope(
        '1.1',
        GET_CUSTOMER_NOTES.encode({ customerNumber: '7004', operatorId: null, type: 'NOTE' }),
      ),
    );
    expect(payload.children.map((c) => `${c.local}=${c.text}`)).toEqual([
      'customerId=7004',
      'noteTypeId=NOTE',
    ]);
  });

  it('NoCustomer is null', async () => {
    const { crm } = answering(noCustomerNotesResponse);
    expect(await crm.notes('999', 'ASSOC07')).toBeNull();
  });

  it('a SOAP fault is a SoapFaultError naming the operation', async () => {
    const { crm } = answering(fault('retail:customerId is mandatory'), 500);
    const error = await crm.notes('', null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoapFaultError);
    expect(error).toMatchObject({
      operation: 'getCustomerNotes',
      service: 'crmCustomerDataService',
      reason: 'retail:customerId is mandatory',
    });
  });

  it('a note with an unknown status or a boolean that is not one is a malformed answer', async () => {
    for (const broken of [
      getNotesResponse.replace(
        '<retail:status>ACTIVE</retail:status>',
        '<retail:status>GONE</retail:status>',
      ),
      getNotesResponse.replace(
        '<retail:isPrivate>true</retail:isPrivate>',
        '<retail:isPrivate>yes</retail:isPrivate>',
      ),
    ]) {
      const { crm } = answering(broken);
      await expect(crm.notes('100', 'MGR01')).rejects.toBeInstanceOf(MalformedResponseError);
    }
  });

  it('text in CDATA or character references comes back as the characters', async () => {
    const { crm } = answering(
      getNotesResponse
        .replace(
          'Unhappy with the wait at the last visit: offer a priority fitting.',
          `<![CDATA[${ODD}]]>`,
        )
        .replace('For her sister’s wedding in the spring.', 'Zo&#235; &amp; &lt;&#x1F457;&gt;'),
    );
    const notes = (await crm.notes('100', 'MGR01'))!;
    expect(notes[0]!.text).toBe(ODD);
    expect(notes[1]!.text).toBe('Zoë & <👗>');
  });
});

describe('saveCustomerNote (save-customer-note-*.xml)', () => {
  it('builds the fixture requests: an alert note, a wishlist item, a removal', () => {
    expect(
      built(
        SAVE_CUSTOMER_NOTE.encode({
          operatorId: 'ASSOC07',
          change: { kind: 'save', draft: ALERT_NOTE, lastUpdated: null },
        }),
      ),
    ).toEqual(fixture(saveNoteRequest));
    expect(
      built(
        SAVE_CUSTOMER_NOTE.encode({
          operatorId: 'ASSOC07',
          change: {
            kind: 'save',
            lastUpdated: null,
            draft: {
              noteId: '000318842207',
              customerNumber: '100',
              type: 'WISHLIST',
              text: 'Wants it before Christmas',
              isPrivate: false,
              isAlert: false,
              wishlistItem: {
                productId: '100871',
                description: 'Merino crew-neck jumper',
                size: 'M',
                colour: 'Forest green',
              },
            },
          },
        }),
      ),
    ).toEqual(fixture(wishlistRequest));
    expect(
      built(
        SAVE_CUSTOMER_NOTE.encode({
          operatorId: 'ASSOC07',
          change: { kind: 'remove', noteId: 'SIM-100-N2', customerNumber: '100' },
        }),
      ),
    ).toEqual(fixture(removeNoteRequest));
  });

  it('decodes the stored note field by field, and checks it is the note sent', async () => {
    const { crm } = answering(saveNoteResponse);
    const result = await crm.saveNote('ASSOC07', {
      kind: 'save',
      draft: ALERT_NOTE,
      lastUpdated: null,
    });
    expect(result).toEqual({
      outcome: 'Success',
      record: {
        noteId: '004718230965',
        customerNumber: '100',
        author: 'ASSOC07',
        type: 'NOTE',
        isPrivate: false,
        isAlert: true,
        text: 'Alterations ready: ask Zoë at the desk for ticket <A&B> 12 👗',
        wishlistItem: null,
        status: 'ACTIVE',
        created: '2026-11-22T10:15:00Z',
        lastUpdated: '2026-11-22T10:15:00Z',
        lastUpdatedBy: 'ASSOC07',
      },
    });
  });

  it('a wishlist item comes back with its date added; a removal comes back DELETED', async () => {
    const wish = await answering(wishlistResponse).crm.saveNote('ASSOC07', {
      kind: 'save',
      lastUpdated: null,
      draft: {
        noteId: '000318842207',
        customerNumber: '100',
        type: 'WISHLIST',
        text: ' Wants it before Christmas ',
        isPrivate: false,
        isAlert: false,
        wishlistItem: {
          productId: '100871',
          description: 'Merino crew-neck jumper',
          size: 'M',
          colour: 'Forest green',
        },
      },
    });
    expect(wish).toMatchObject({
      outcome: 'Success',
      record: {
        type: 'WISHLIST',
        created: '2026-11-22T10:15:00Z',
        wishlistItem: { productId: '100871', size: 'M', colour: 'Forest green' },
      },
    });
    const removed = await answering(removeNoteResponse).crm.saveNote('ASSOC07', {
      kind: 'remove',
      noteId: 'SIM-100-N2',
      customerNumber: '100',
    });
    expect(removed).toMatchObject({
      outcome: 'Success',
      record: { noteId: 'SIM-100-N2', status: 'DELETED' },
    });
  });

  it('ValidationFailed: the server words per field, in a Map; unknown fields go in the message', async () => {
    const { crm } = answering(
      invalidNoteResponse.replace(
        '</retail:customerNoteSaveOutput>',
        '<retail:fieldError field="__proto__">Odd one.</retail:fieldError><retail:fieldError field="constructor">Another.</retail:fieldError></retail:customerNoteSaveOutput>',
      ),
    );
    const result = await crm.saveNote('', {
      kind: 'save',
      draft: { ...ALERT_NOTE, noteId: '000000000042', text: '   ' },
      lastUpdated: null,
    });
    if (result.outcome !== 'Invalid') throw new Error(result.outcome);
    expect([...result.fieldErrors]).toEqual([
      ['operator', 'The operator (userId) is mandatory.'],
      ['text', 'The note is empty.'],
    ]);
    expect(result.message).toBe(
      'The note was not saved: correct the fields shown. Odd one. Another.',
    );
  });

  it('an answer that is not the note sent is a malformed answer, not a success', async () => {
    for (const [from, to] of [
      [
        '<retail:noteId>004718230965</retail:noteId>',
        '<retail:noteId>004718230966</retail:noteId>',
      ],
      ['ticket &lt;A&amp;B&gt; 12', 'ticket A B 12'],
    ] as const) {
      const { crm } = answering(saveNoteResponse.replace(from, to));
      const error = await crm
        .saveNote('ASSOC07', { kind: 'save', draft: ALERT_NOTE, lastUpdated: null })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect(String(error)).toMatch(/not what was saved/);
    }
    // Asked to remove, answered with the note still active.
    const { crm } = answering(removeNoteResponse.replace('DELETED', 'ACTIVE'));
    await expect(
      crm.saveNote('ASSOC07', { kind: 'remove', noteId: 'SIM-100-N2', customerNumber: '100' }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('Conflict carries the note as it stands', async () => {
    const conflict = saveNoteResponse.replace(
      '<retail:outcome name="Success"/>',
      '<retail:outcome name="Conflict"/><retail:message>Note 004718230965 was changed at 2026-11-22T10:15:00Z, after this till read it.</retail:message>',
    );
    const result = await answering(conflict).crm.saveNote('ASSOC07', {
      kind: 'save',
      draft: ALERT_NOTE,
      lastUpdated: '2026-11-20T09:00:00Z',
    });
    expect(result).toMatchObject({
      outcome: 'Conflict',
      message: expect.stringMatching(/after this till read it/),
      current: { noteId: '004718230965' },
    });
  });

  it('carries &, <, accents and emoji exactly', () => {
    const payload = payloadOf(
      buildEnvelope(
        '1.1',
        SAVE_CUSTOMER_NOTE.encode({
          operatorId: 'ASSOC07',
          change: {
            kind: 'save',
            lastUpdated: null,
            draft: {
              ...ALERT_NOTE,
              type: 'WISHLIST',
              isAlert: false,
              text: ODD,
              wishlistItem: { productId: 'A&B', description: ODD, size: '<12>', colour: 'Écru' },
            },
          },
        }),
      ),
    );
    const note = payload.children[0]!;
    const text = (local: string, parent = note) =>
      parent.children.find((c) => c.local === local)?.text;
    expect(text('notes')).toBe(ODD);
    const item = note.children.find((c) => c.local === 'wishlistItem')!;
    expect([
      text('productId', item),
      text('description', item),
      text('size', item),
      text('colour', item),
    ]).toEqual(['A&B', ODD, '<12>', 'Écru']);
  });
});

describe('getCustomerPreferences (get-customer-preferences-*.xml)', () => {
  it('builds the fixture request', () => {
    expect(built(GET_CUSTOMER_PREFERENCES.encode({ customerNumber: '100' }))).toEqual(
      fixture(getPreferencesRequest),
    );
  });

  it('decodes the option sets, the current values and the consent history field by field', async () => {
    const { crm } = answering(getPreferencesResponse);
    const found = (await crm.preferences('100'))!;
    expect(found.optionSets.map((s) => [s.optionSetId, s.selection, s.keepsHistory])).toEqual([
      ['CLOTHING_SIZE', 'ONE_PER_TYPE', false],
      ['SHOE_SIZE', 'ONE_PER_TYPE', false],
      ['FIT', 'ONE_PER_TYPE', false],
      ['FAVOURITE_BRANDS', 'MANY', false],
      ['COLOURS', 'MANY', false],
      ['PREFERRED_STORE', 'ONE_PER_TYPE', false],
      ['GDPR_CONSENT', 'MANY', true],
    ]);
    const clothing = found.optionSets[0]!;
    expect(clothing.group).toEqual({
      groupId: 'All',
      groupHierarchyId: 'All',
      groupTypeId: 'region',
    });
    expect(clothing.description).toBe('Clothing size');
    expect(clothing.captureMethods).toEqual([]);
    expect(clothing.types.map((t) => t.typeId)).toEqual(['DRESS', 'SHIRT', 'TROUSER']);
    expect(clothing.types[0]!.options[3]).toEqual({
      optionPathId: 'DRESS:UK12',
      optionId: 'UK12',
      description: 'UK 12',
    });
    const consent = found.optionSets[6]!;
    expect(consent.captureMethods).toEqual([
      { id: 'IN_STORE', description: 'In store' },
      { id: 'PHONE', description: 'By phone' },
      { id: 'EMAIL', description: 'By e-mail' },
      { id: 'POST', description: 'By post' },
      { id: 'WEB', description: 'Online' },
    ]);
    expect(consent.types.map((t) => `${t.description}: ${t.options[0]!.optionPathId}`)).toEqual([
      'E-mail: EMAIL:EMAIL_OPTIN',
      'SMS: SMS:SMS_OPTIN',
      'Post: POST:POST_OPTIN',
      'Phone: PHONE:PHONE_OPTIN',
    ]);
    expect(found.current.map((p) => `${p.optionPathId}=${p.value}`)).toEqual([
      'DRESS:UK12=true',
      'SHOE:UK6=true',
      'BRAND:HOBBS=true',
      'BRAND:WHISTLES=true',
      'COLOUR:NAVY=true',
      'STORE:0005=true',
      'EMAIL:EMAIL_OPTIN=true',
      'SMS:SMS_OPTIN=false',
      'PHONE:PHONE_OPTIN=false',
    ]);
    expect(found.current[0]).toEqual({
      preferenceId: 'SIM-100-R1',
      customerNumber: '100',
      optionSetId: 'CLOTHING_SIZE',
      optionPathId: 'DRESS:UK12',
      value: true,
      created: '2026-05-06T10:00:00Z',
      operatorId: 'ASSOC07',
      captureMethod: null,
    });
    expect(found.history).toEqual([
      expect.objectContaining({
        preferenceId: 'SIM-100-R10',
        optionPathId: 'SMS:SMS_OPTIN',
        value: false,
        operatorId: 'MGR01',
        captureMethod: 'PHONE',
        created: '2026-10-23T10:09:00Z',
      }),
      expect.objectContaining({ preferenceId: 'SIM-100-R9', value: false }),
      expect.objectContaining({
        preferenceId: 'SIM-100-R8',
        optionPathId: 'SMS:SMS_OPTIN',
        value: true,
      }),
      expect.objectContaining({ preferenceId: 'SIM-100-R7', optionPathId: 'EMAIL:EMAIL_OPTIN' }),
    ]);
  });

  it('a value that is not true or false is a malformed answer', async () => {
    const { crm } = answering(
      getPreferencesResponse.replace(
        '<retail:value id="DRESS:UK12">true</retail:value>',
        '<retail:value id="DRESS:UK12">maybe</retail:value>',
      ),
    );
    await expect(crm.preferences('100')).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('asks for chosen sets only when told', () => {
    const payload = payloadOf(
      buildEnvelope(
        '1.1',
        GET_CUSTOMER_PREFERENCES.encode({ customerNumber: '7004', optionSetIds: ['GDPR_CONSENT'] }),
      ),
    );
    expect(payload.children[0]!.children.map((c) => `${c.local}=${c.text}`)).toEqual([
      'customerId=7004',
      'optionSetId=GDPR_CONSENT',
    ]);
  });
});

const SMS: PreferenceChange = {
  preferenceId: '510274693318',
  customerNumber: '100',
  optionSetId: 'GDPR_CONSENT',
  group: { groupId: 'All', groupHierarchyId: 'All', groupTypeId: 'region' },
  optionPathId: 'SMS:SMS_OPTIN',
  value: true,
  created: '2026-11-22T10:12:30Z',
  captureMethod: 'IN_STORE',
};
const DRESS: PreferenceChange = {
  ...SMS,
  preferenceId: '510274693319',
  optionSetId: 'CLOTHING_SIZE',
  optionPathId: 'DRESS:UK14',
  captureMethod: null,
};

describe('saveCustomerPreferenceMap (save-customer-preference-map-*.xml)', () => {
  it('builds the fixture request: the wrapper in retail:, items keyed by optionPathId', () => {
    expect(
      built(SAVE_CUSTOMER_PREFERENCE_MAP.encode({ operatorId: 'ASSOC07', changes: [SMS, DRESS] })),
    ).toEqual(fixture(savePreferencesRequest));
  });

  it('decodes the records as stored, and checks they are the ones sent', async () => {
    const { crm, sent } = answering(savePreferencesResponse);
    const result = await crm.savePreferences('ASSOC07', [SMS, DRESS]);
    expect(sent[0]!.headers).toMatchObject({ SOAPAction: '"urn:saveCustomerPreferenceMap"' });
    expect(result).toEqual({
      outcome: 'Success',
      record: [
        {
          preferenceId: '510274693318',
          customerNumber: '100',
          optionSetId: 'GDPR_CONSENT',
          optionPathId: 'SMS:SMS_OPTIN',
          value: true,
          created: '2026-11-22T10:12:30Z',
          operatorId: 'ASSOC07',
          captureMethod: 'IN_STORE',
        },
        {
          preferenceId: '510274693319',
          customerNumber: '100',
          optionSetId: 'CLOTHING_SIZE',
          optionPathId: 'DRESS:UK14',
          value: true,
          created: '2026-11-22T10:12:30Z',
          operatorId: 'ASSOC07',
          captureMethod: null,
        },
      ],
    });
    // Another id, a missing record or another value is not the save that was sent.
    for (const [from, to] of [
      ['510274693319', '510274693399'],
      [
        '<retail:value id="DRESS:UK14">true</retail:value>',
        '<retail:value id="DRESS:UK14">false</retail:value>',
      ],
    ] as const) {
      await expect(
        answering(savePreferencesResponse.replace(from, to)).crm.savePreferences('ASSOC07', [
          SMS,
          DRESS,
        ]),
      ).rejects.toBeInstanceOf(MalformedResponseError);
    }
    await expect(
      answering(savePreferencesResponse).crm.savePreferences('ASSOC07', [SMS]),
    ).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('ValidationFailed: problems per item by their key, the operator by field', async () => {
    const result = await answering(invalidPreferencesResponse).crm.savePreferences('', [SMS]);
    if (result.outcome !== 'Invalid') throw new Error(result.outcome);
    expect([...result.fieldErrors]).toEqual([['operator', 'The operator (userId) is mandatory.']]);
    expect(result.itemErrors.get('DRESS:UK13')).toBe(
      'DRESS:UK13 is not an option of CLOTHING_SIZE.',
    );
    expect(result.itemErrors.get('COLOUR:TEAL')).toBe('COLORS is not an option set.');
    expect(result.itemErrors.get('POST:POST_OPTIN')).toMatch(/^Say how the marketing consent/);
    expect(result.message).toBe(
      'The preferences were not saved (none of them): correct the fields shown.',
    );
  });

  it('a fault answer is a SoapFaultError', async () => {
    await expect(
      answering(fault('retail:customerPreferenceMap holds no item'), 500).crm.savePreferences(
        'ASSOC07',
        [],
      ),
    ).rejects.toBeInstanceOf(SoapFaultError);
  });
});

describe('getCustomerKeyDates (get-customer-key-dates-*.xml)', () => {
  it('builds the fixture request', () => {
    expect(built(GET_CUSTOMER_KEY_DATES.encode('100'))).toEqual(fixture(getKeyDatesRequest));
  });

  it('decodes the types and dates field by field, soonest first', async () => {
    const found = (await answering(getKeyDatesResponse).crm.keyDates('100'))!;
    expect(found.today).toBe('2026-11-22');
    expect(found.types).toEqual([
      { id: 'BIRTHDAY', description: 'Birthday' },
      { id: 'ANNIVERSARY', description: 'Anniversary' },
      { id: 'OTHER', description: 'Other occasion' },
    ]);
    expect(found.dates).toEqual([
      {
        keyDateId: 'SIM-100-K2',
        customerNumber: '100',
        author: 'ASSOC07',
        typeId: 'OTHER',
        month: 12,
        day: 2,
        year: null,
        description: 'Sister’s wedding',
        reminderDays: 14,
        status: 'ACTIVE',
        created: '2026-10-23T09:00:00Z',
        lastUpdated: '2026-10-23T09:00:00Z',
        lastUpdatedBy: 'ASSOC07',
        nextOccurrence: '2026-12-02',
        daysUntil: 10,
      },
      {
        keyDateId: 'SIM-100-K1',
        customerNumber: '100',
        author: 'ASSOC07',
        typeId: 'BIRTHDAY',
        month: 2,
        day: 3,
        year: 1987,
        description: '',
        reminderDays: 14,
        status: 'ACTIVE',
        created: '2026-10-23T09:00:00Z',
        lastUpdated: '2026-10-23T09:00:00Z',
        lastUpdatedBy: 'ASSOC07',
        nextOccurrence: '2027-02-03',
        daysUntil: 73,
      },
    ]);
  });

  it('a month that is not one, or a count that is not a number, is a malformed answer', async () => {
    for (const [from, to] of [
      ['<retail:month>12</retail:month>', '<retail:month>13</retail:month>'],
      ['<retail:daysUntil>10</retail:daysUntil>', '<retail:daysUntil>soon</retail:daysUntil>'],
    ] as const) {
      await expect(
        answering(getKeyDatesResponse.replace(from, to)).crm.keyDates('100'),
      ).rejects.toBeInstanceOf(MalformedResponseError);
    }
  });
});

describe('saveCustomerKeyDate (save-customer-key-date-*.xml)', () => {
  const ANNIVERSARY = {
    keyDateId: '730051992846',
    customerNumber: '100',
    typeId: 'ANNIVERSARY',
    month: 6,
    day: 14,
    year: null,
    description: 'Wedding anniversary',
    reminderDays: 7,
  };

  it('builds the fixture request (no year: not known)', () => {
    expect(
      built(
        SAVE_CUSTOMER_KEY_DATE.encode({
          operatorId: 'ASSOC07',
          change: { kind: 'save', draft: ANNIVERSARY, lastUpdated: null },
        }),
      ),
    ).toEqual(fixture(saveKeyDateRequest));
  });

  it('decodes the stored date with its next occurrence, and checks it is the one sent', async () => {
    const result = await answering(saveKeyDateResponse).crm.saveKeyDate('ASSOC07', {
      kind: 'save',
      draft: ANNIVERSARY,
      lastUpdated: null,
    });
    expect(result).toEqual({
      outcome: 'Success',
      record: {
        ...ANNIVERSARY,
        author: 'ASSOC07',
        status: 'ACTIVE',
        created: '2026-11-22T10:15:00Z',
        lastUpdated: '2026-11-22T10:15:00Z',
        lastUpdatedBy: 'ASSOC07',
        nextOccurrence: '2027-06-14',
        daysUntil: 204,
      },
    });
    await expect(
      answering(
        saveKeyDateResponse.replace('<retail:day>14</retail:day>', '<retail:day>15</retail:day>'),
      ).crm.saveKeyDate('ASSOC07', {
        kind: 'save',
        draft: ANNIVERSARY,
        lastUpdated: null,
      }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('ValidationFailed lands on the day', async () => {
    const result = await answering(invalidKeyDateResponse).crm.saveKeyDate('ASSOC07', {
      kind: 'save',
      draft: { ...ANNIVERSARY, keyDateId: '730051992847', typeId: 'OTHER', month: 2, day: 31 },
      lastUpdated: null,
    });
    if (result.outcome !== 'Invalid') throw new Error(result.outcome);
    expect([...result.fieldErrors]).toEqual([['day', '31 February does not exist.']]);
  });

  it('an edit carries the stamp it began from; a removal only the id', () => {
    const edit = payloadOf(
      buildEnvelope(
        '1.1',
        SAVE_CUSTOMER_KEY_DATE.encode({
          operatorId: 'ASSOC12',
          change: {
            kind: 'save',
            draft: { ...ANNIVERSARY, description: ` ${ODD} `, year: 1998 },
            lastUpdated: '2026-11-22T10:15:00Z',
          },
        }),
      ),
    ).children[0]!;
    expect(edit.children.map((c) => `${c.local}=${c.text}`)).toEqual([
      'keyDateId=730051992846',
      'customerId=100',
      'userId=ASSOC12',
      'keyDateTypeId=ANNIVERSARY',
      'month=6',
      'day=14',
      'year=1998',
      `description=${ODD}`,
      'reminderDays=7',
      'lastUpdated=2026-11-22T10:15:00Z',
    ]);
    const removal = payloadOf(
      buildEnvelope(
        '1.1',
        SAVE_CUSTOMER_KEY_DATE.encode({
          operatorId: 'ASSOC12',
          change: { kind: 'remove', keyDateId: 'SIM-100-K2', customerNumber: '100' },
        }),
      ),
    ).children[0]!;
    expect(removal.children.map((c) => `${c.local}=${c.text}`)).toEqual([
      'keyDateId=SIM-100-K2',
      'customerId=100',
      'userId=ASSOC12',
      'status=DELETED',
    ]);
  });
});
