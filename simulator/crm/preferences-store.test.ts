import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../customers/customer-record.ts';
import { CustomerStore } from '../customers/customer-store.ts';
import { generateCustomers } from '../customers/generate-customers.ts';
import { OPTION_SETS } from './option-sets.ts';
import { PreferencesStore, type PreferenceInput } from './preferences-store.ts';

const NOW = new Date('2026-11-22T10:15:00Z');

function setup(count = 300, seed?: number) {
  const customers = new CustomerStore([...SEED_CUSTOMERS, ...generateCustomers(count, seed)]);
  let now = NOW;
  return {
    prefs: new PreferencesStore(customers, () => now),
    tick: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

let counter = 0;
const item = (fields: Partial<PreferenceInput> = {}): PreferenceInput => {
  const optionPathId = fields.optionPathId ?? 'DRESS:UK14';
  return {
    key: optionPathId,
    preferenceId: `P${++counter}`,
    customerId: '100',
    optionSetId: 'CLOTHING_SIZE',
    optionPathId,
    value: 'true',
    valueId: optionPathId,
    created: '',
    captureMethod: '',
    ...fields,
  };
};
const consent = (channel: string, value: boolean, fields: Partial<PreferenceInput> = {}) =>
  item({
    optionSetId: 'GDPR_CONSENT',
    optionPathId: `${channel}:${channel}_OPTIN`,
    valueId: `${channel}:${channel}_OPTIN`,
    value: String(value),
    captureMethod: 'IN_STORE',
    ...fields,
  });

const current = (p: PreferencesStore, customer: string, set?: string) =>
  p
    .get(customer, set ? [set] : [])!
    .current.map((r) => `${r.optionSetId}/${r.optionPathId}=${r.value}`);

describe('PreferencesStore', () => {
  it("returns every option set with its choices and the customer's current values", () => {
    const { prefs } = setup();
    const got = prefs.get('100')!;
    expect(got.sets.map((s) => s.optionSetId)).toEqual([
      'CLOTHING_SIZE',
      'SHOE_SIZE',
      'FIT',
      'FAVOURITE_BRANDS',
      'COLOURS',
      'PREFERRED_STORE',
      'GDPR_CONSENT',
    ]);
    expect(got.sets[0]!.types.map((t) => t.typeId)).toEqual(['DRESS', 'SHIRT', 'TROUSER']);
    expect(got.sets.at(-1)!.captureMethods.map((m) => m.id)).toEqual([
      'IN_STORE',
      'PHONE',
      'EMAIL',
      'POST',
      'WEB',
    ]);
    expect(current(prefs, '100')).toEqual([
      'CLOTHING_SIZE/DRESS:UK12=true',
      'SHOE_SIZE/SHOE:UK6=true',
      'FAVOURITE_BRANDS/BRAND:HOBBS=true',
      'FAVOURITE_BRANDS/BRAND:WHISTLES=true',
      'COLOURS/COLOUR:NAVY=true',
      'PREFERRED_STORE/STORE:0005=true',
      // Consent: given, withdrawn, refused; post was never asked, so it has no value at all.
      'GDPR_CONSENT/EMAIL:EMAIL_OPTIN=true',
      'GDPR_CONSENT/SMS:SMS_OPTIN=false',
      'GDPR_CONSENT/PHONE:PHONE_OPTIN=false',
    ]);
    expect(prefs.get('100', ['SHOE_SIZE'])!.sets.map((s) => s.optionSetId)).toEqual(['SHOE_SIZE']);
    expect(prefs.unknownSets(['SHOE_SIZE', 'COLORS'])).toEqual(['COLORS']);
  });

  it('records give then withdraw of SMS consent as two changes, newest first, each with operator, time and method', () => {
    const { prefs, tick } = setup();
    expect(prefs.get('00100')!.history).toEqual([]);
    expect(current(prefs, '00100', 'GDPR_CONSENT')).toEqual([]); // never asked
    expect(prefs.save('ASSOC07', [consent('SMS', true, { customerId: '00100' })])).toMatchObject({
      outcome: 'Success',
    });
    tick(3 * 60_000);
    expect(
      prefs.save('MGR01', [consent('SMS', false, { customerId: '00100', captureMethod: 'PHONE' })]),
    ).toMatchObject({ outcome: 'Success' });
    const { history } = prefs.get('00100', ['GDPR_CONSENT'])!;
    expect(
      history.map((r) => [r.optionPathId, r.value, r.userId, r.captureMethod, r.created]),
    ).toEqual([
      ['SMS:SMS_OPTIN', false, 'MGR01', 'PHONE', '2026-11-22T10:18:00Z'],
      ['SMS:SMS_OPTIN', true, 'ASSOC07', 'IN_STORE', '2026-11-22T10:15:00Z'],
    ]);
    expect(current(prefs, '00100', 'GDPR_CONSENT')).toEqual(['GDPR_CONSENT/SMS:SMS_OPTIN=false']);
  });

  it("orders consent by the till's created time, and equal times by arrival", () => {
    const { prefs } = setup();
    prefs.save('ASSOC07', [
      consent('EMAIL', true, { customerId: '00100', created: '2026-11-22T10:00:00' }),
    ]);
    // Arrives later but was captured earlier (an outbox delivering late).
    prefs.save('ASSOC07', [
      consent('EMAIL', false, { customerId: '00100', created: '2026-11-22T09:00:00Z' }),
    ]);
    prefs.save('ASSOC12', [
      consent('POST', true, { customerId: '00100', created: '2026-11-22T10:00:00+00:00' }),
    ]);
    const { history } = prefs.get('00100')!;
    expect(history.map((r) => `${r.optionPathId}=${r.value}@${r.created}`)).toEqual([
      'POST:POST_OPTIN=true@2026-11-22T10:00:00Z',
      'EMAIL:EMAIL_OPTIN=true@2026-11-22T10:00:00Z',
      'EMAIL:EMAIL_OPTIN=false@2026-11-22T09:00:00Z',
    ]);
    expect(current(prefs, '00100', 'GDPR_CONSENT')).toEqual([
      'GDPR_CONSENT/EMAIL:EMAIL_OPTIN=true',
      'GDPR_CONSENT/POST:POST_OPTIN=true',
    ]);
  });

  it('keeps one choice per type for sizes: a new size replaces the old, false clears only the current one', () => {
    const { prefs, tick } = setup();
    prefs.save('ASSOC07', [item({ optionPathId: 'DRESS:UK14' })]);
    expect(current(prefs, '100', 'CLOTHING_SIZE')).toEqual(['CLOTHING_SIZE/DRESS:UK14=true']);
    tick(1000);
    prefs.save('ASSOC07', [item({ optionPathId: 'DRESS:UK12', value: 'false' })]);
    expect(current(prefs, '100', 'CLOTHING_SIZE')).toEqual(['CLOTHING_SIZE/DRESS:UK14=true']);
    tick(1000);
    prefs.save('ASSOC07', [item({ optionPathId: 'DRESS:UK14', value: 'false' })]);
    expect(current(prefs, '100', 'CLOTHING_SIZE')).toEqual([]);
    // Several categories at once.
    prefs.save('ASSOC07', [
      item({ optionPathId: 'SHIRT:M' }),
      item({ optionPathId: 'TROUSER:W32' }),
      item({ optionSetId: 'FIT', optionPathId: 'TROUSER:SLIM' }),
    ]);
    expect(current(prefs, '100', 'CLOTHING_SIZE')).toEqual([
      'CLOTHING_SIZE/SHIRT:M=true',
      'CLOTHING_SIZE/TROUSER:W32=true',
    ]);
    expect(current(prefs, '100', 'FIT')).toEqual(['FIT/TROUSER:SLIM=true']);
  });

  it('adds and removes favourite brands independently', () => {
    const { prefs } = setup();
    const brands = () => current(prefs, '100', 'FAVOURITE_BRANDS');
    prefs.save('ASSOC07', [
      item({ optionSetId: 'FAVOURITE_BRANDS', optionPathId: 'BRAND:CAFE_COUTURE' }),
    ]);
    prefs.save('ASSOC07', [
      item({ optionSetId: 'FAVOURITE_BRANDS', optionPathId: 'BRAND:HOBBS', value: 'false' }),
    ]);
    expect(brands()).toEqual([
      'FAVOURITE_BRANDS/BRAND:WHISTLES=true',
      'FAVOURITE_BRANDS/BRAND:CAFE_COUTURE=true',
    ]);
  });

  it('stores a repeated save once, refuses the same id with other content, and is all or nothing', () => {
    const { prefs } = setup();
    const map = [consent('SMS', true), item({ optionPathId: 'DRESS:UK16' })];
    const first = prefs.save('ASSOC07', map);
    expect(first).toMatchObject({ outcome: 'Success', applied: true });
    const again = prefs.save('ASSOC07', map);
    expect(again).toMatchObject({ outcome: 'Success', applied: false });
    expect(again.outcome === 'Success' && again.record).toEqual(
      first.outcome === 'Success' && first.record,
    );
    expect(prefs.writes).toBe(2);
    const historyLength = prefs.get('100')!.history.length;
    expect(prefs.save('ASSOC07', [{ ...map[0]!, value: 'false' }])).toMatchObject({
      outcome: 'ValidationFailed',
      problems: [{ field: 'preferenceId' }],
    });
    expect(
      prefs.save('ASSOC07', [consent('EMAIL', false), item({ optionPathId: 'DRESS:UK13' })]),
    ).toMatchObject({ outcome: 'ValidationFailed', problems: [{ field: 'optionPathId' }] });
    expect(prefs.writes).toBe(2);
    expect(prefs.get('100')!.history).toHaveLength(historyLength);
    expect(prefs.counts('100')).toEqual({ saved: 2, writes: 2 });
  });

  it('answers NoCustomer for a customer the store does not have', () => {
    const { prefs } = setup();
    expect(prefs.save('ASSOC07', [item({ customerId: '999' })])).toEqual({ outcome: 'NoCustomer' });
    expect(prefs.get('999')).toBeUndefined();
  });

  it.each([
    ['userId', [item()], '', 'The operator (userId) is mandatory.'],
    ['preferenceId', [item({ preferenceId: '' })], 'A', 'The preference id is mandatory.'],
    ['preferenceId', [item({ preferenceId: 'a b' })], 'A', 'a b is not a preference id.'],
    [
      'preferenceId',
      [item({ preferenceId: 'X' }), item({ preferenceId: 'X', optionPathId: 'SHIRT:M' })],
      'A',
      'Preference X is in this save twice.',
    ],
    ['optionSetId', [item({ optionSetId: 'COLORS' })], 'A', 'COLORS is not an option set.'],
    ['optionSetId', [item({ optionSetId: '' })], 'A', 'The option set is mandatory.'],
    [
      'optionPathId',
      [item({ optionPathId: 'DRESS:UK13' })],
      'A',
      'DRESS:UK13 is not an option of CLOTHING_SIZE.',
    ],
    [
      'optionPathId',
      [item({ optionPathId: 'HAT:M' })],
      'A',
      'HAT:M is not an option of CLOTHING_SIZE.',
    ],
    [
      'optionPathId',
      [item({ optionPathId: 'DRESS:UK10' }), item({ optionPathId: 'DRESS:UK12' })],
      'A',
      'One choice per type in CLOTHING_SIZE: DRESS:UK10 and DRESS:UK12 are both chosen.',
    ],
    [
      'optionPathId',
      [consent('SMS', true), consent('SMS', false)],
      'A',
      'SMS:SMS_OPTIN is in this save twice.',
    ],
    ['value', [item({ value: 'yes' })], 'A', 'The value must be true or false, not "yes".'],
    [
      'value',
      [item({ valueId: 'DRESS:UK12' })],
      'A',
      'value@id names DRESS:UK12, not the optionPathId DRESS:UK14.',
    ],
    ['created', [item({ created: '22/11/2026' })], 'A', '22/11/2026 is not a date and time.'],
    [
      'created',
      [item({ created: '2026-11-22T11:00:00Z' })],
      'A',
      '2026-11-22T11:00:00Z is in the future.',
    ],
    [
      'captureMethod',
      [consent('SMS', true, { captureMethod: '' })],
      'A',
      'Say how the marketing consent was captured (IN_STORE, PHONE, EMAIL, POST, WEB).',
    ],
    [
      'captureMethod',
      [consent('SMS', true, { captureMethod: 'PIGEON' })],
      'A',
      'PIGEON is not a capture method.',
    ],
    [
      'captureMethod',
      [item({ captureMethod: 'IN_STORE' })],
      'A',
      'CLOTHING_SIZE records no capture method.',
    ],
    ['customerId', [item({ customerId: '' })], 'A', 'The customer (customerId) is mandatory.'],
    [
      'customerId',
      [item(), item({ customerId: '7004', optionPathId: 'SHIRT:M' })],
      'A',
      'One save is for one customer: the items name several.',
    ],
  ] as const)(
    'refuses a bad %s with its message and stores nothing (%#)',
    (field, items, userId, message) => {
      const { prefs } = setup();
      const result = prefs.save(userId, items);
      expect(result.outcome).toBe('ValidationFailed');
      const problems = result.outcome === 'ValidationFailed' ? result.problems : [];
      expect(problems.map((p) => ({ field: p.field, message: p.message }))).toContainEqual({
        field,
        message,
      });
      expect(prefs.writes).toBe(0);
    },
  );

  it('names the item a problem belongs to by its key', () => {
    const { prefs } = setup();
    const result = prefs.save('A', [
      item(),
      item({ key: 'DRESS:UK13', optionPathId: 'DRESS:UK13', valueId: null }),
    ]);
    expect(result).toMatchObject({
      outcome: 'ValidationFailed',
      problems: [{ field: 'optionPathId', key: 'DRESS:UK13' }],
    });
  });

  it('derives the same values for the same customers, consent in every state, and stores nothing for reads', () => {
    const a = setup(1000, 7).prefs;
    const b = setup(1000, 7).prefs;
    const numbers = Array.from({ length: 1000 }, (_, i) => String(80_000_000 + i));
    const got = numbers.map((n) => a.get(n)!);
    const values = (g: { current: unknown; history: unknown }) => [g.current, g.history];
    expect(numbers.map((n) => values(b.get(n)!))).toEqual(got.map(values));
    const channelStates = new Set<string>();
    for (const g of got) {
      for (const channel of ['EMAIL', 'SMS', 'POST', 'PHONE']) {
        const changes = g.history.filter((r) => r.optionPathId.startsWith(`${channel}:`));
        channelStates.add(changes.map((r) => r.value).join('>') || 'never asked');
      }
    }
    expect(channelStates).toEqual(new Set(['never asked', 'true', 'false', 'false>true']));
    expect(got.some((g) => g.history.length === 0)).toBe(true);
    const categories = new Set(
      got.flatMap((g) => g.current.map((r) => r.optionPathId.split(':')[0])),
    );
    for (const c of ['DRESS', 'SHIRT', 'TROUSER', 'SHOE', 'BRAND', 'COLOUR', 'STORE'])
      expect(categories).toContain(c);
    // Every derived value is one of its set's options.
    const options = new Set(
      OPTION_SETS.flatMap((s) =>
        s.types.flatMap((t) => t.options.map((o) => `${s.optionSetId}/${t.typeId}:${o.id}`)),
      ),
    );
    const strays = got
      .flatMap((g) => g.history.concat(g.current))
      .filter((r) => !options.has(`${r.optionSetId}/${r.optionPathId}`));
    expect(strays).toEqual([]);
    expect(a.writes).toBe(0);
  });
});
