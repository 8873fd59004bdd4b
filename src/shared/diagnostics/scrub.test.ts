import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LOG_LIMITS, openDiagnosticsLog } from './diagnostics-log';
import { scrub } from './scrub';

describe('scrub', () => {
  it.each([
    ['an e-mail', 'no customer with amelia.baldwin@example.co.uk', 'amelia'],
    ['a UK phone', 'phone 078 1839 3795 not found', '3795'],
    ['an international phone', 'phone +44 (0)7818-393795', '393795'],
    ['a card', 'card 1442 0000 refused', '0000'],
    ['a postcode', 'nobody at SG14 3AG', 'SG14'],
    ['a quoted search term', 'search "Amelia Baldwin" failed', 'Amelia'],
    ['a single-quoted name', "the answer is for 'Zoë O'Brien' not", 'Zoë'],
    ['all of a name with an apostrophe', "the answer is for 'Zoë O'Brien' not", 'Brien'],
  ])('removes %s', (_what, text, secret) => {
    expect(scrub(text)).not.toContain(secret);
  });

  it('keeps what the help desk needs', () => {
    expect(scrub('submitCustomerNameSearch: HTTP 503 Service Unavailable')).toBe(
      'submitCustomerNameSearch: HTTP 503 Service Unavailable',
    );
    expect(scrub("TypeError: Cannot read properties of undefined (reading 'rows')")).toContain(
      'Cannot read properties of undefined',
    );
  });
});

describe('the diagnostics log', () => {
  it('keeps the newest events, scrubbed, newest first', async () => {
    let t = 0;
    const log = await openDiagnosticsLog('diag-test-1', () => ++t);
    for (let i = 0; i < LOG_LIMITS.events + 5; i++) {
      await log.record({ type: 'uncaught', source: 'window', name: 'Error', message: `n ${i}` });
    }
    await log.record({
      type: 'uncaught',
      source: 'boundary',
      name: 'Error',
      message: 'lookup of "Amelia Baldwin" (amelia.baldwin@example.co.uk) failed',
    });
    const events = await log.list();
    expect(events).toHaveLength(LOG_LIMITS.events);
    expect(JSON.stringify(events)).not.toMatch(/Amelia|amelia/);
    expect(events[0]).toMatchObject({ source: 'boundary' });
    expect(events.at(-1)).toMatchObject({ message: 'n 6' });
  });

  it('drops events older than a week', async () => {
    let t = 0;
    const log = await openDiagnosticsLog('diag-test-2', () => t);
    await log.record({ type: 'outbox-refused', kind: 'balance-update', message: 'NoAccount' });
    t = LOG_LIMITS.maxAgeMs + 1;
    await log.record({ type: 'outbox-refused', kind: 'balance-update', message: 'Fail' });
    expect((await log.list()).map((e) => (e.type === 'outbox-refused' ? e.message : ''))).toEqual([
      'Fail',
    ]);
  });
});
