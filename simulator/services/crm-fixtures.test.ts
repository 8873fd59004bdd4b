import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator.ts';
import { readSoapRequest, type RequestElement } from '../xml/request-reader.ts';

/**
 * The terminal's CRM fixtures (src/shared/enactor/fixtures/crm/) are what the lead's codecs
 * are written against: each request, sent to a fresh simulator, must get exactly the answer
 * beside it. Compared by namespace URI and local name (not prefix); whitespace between
 * elements is layout, text inside an element must match exactly.
 */
const DIR = join(import.meta.dirname, '../../src/shared/enactor/fixtures/crm');

// The consents Load Customer Details shows in its fixture, as the preferences store would.
const CONSENTS = [
  { channelId: 'EMAIL', granted: true, created: '2026-03-01T10:12:00Z', userId: '1042' },
  { channelId: 'SMS', granted: false, created: '2026-03-01T10:12:00Z', userId: '1042' },
];

interface Tree {
  name: string;
  attributes: Record<string, string>;
  text?: string;
  children?: Tree[];
}

/** Comparable form: {ns}local names; text only where an element has no child elements. */
function tree(e: RequestElement): Tree {
  const name = `{${e.ns}}${e.local}`;
  const attributes = { ...e.attributes };
  if (e.children.length === 0) return { name, attributes, text: e.text };
  expect(e.text.trim(), `mixed content in ${e.local}`).toBe('');
  return { name, attributes, children: e.children.map(tree) };
}

const fresh = () => createSimulator({ consentsOf: (n) => (n === '100' ? CONSENTS : []) });
let shared: ReturnType<typeof createSimulator> | undefined;

const OPERATIONS = [
  'getAddressBook',
  'getAffiliatedCustomers',
  'getCustomerRelationships',
  'getCustomerTransaction',
  'loadCustomerDetails',
  'saveContactHistory',
  'saveCustomerRelationships',
  'searchContactHistory',
  'searchCustomerTransactionHistory',
];

// The folder also holds the notes, preferences and key dates fixtures (their own test).
const pairs = readdirSync(DIR)
  .filter((f) => f.endsWith('-request.xml'))
  .filter((f) =>
    OPERATIONS.includes(readSoapRequest(readFileSync(join(DIR, f), 'utf8')).operation.local),
  )
  .map((f) => f.slice(0, -'-request.xml'.length))
  .sort();

describe('CRM fixtures answered by the simulator', () => {
  it('cover the nine operations, a ValidationFailed answer for each write', () => {
    const operations = pairs.map(
      (p) => readSoapRequest(readFileSync(join(DIR, `${p}-request.xml`), 'utf8')).operation.local,
    );
    expect([...new Set(operations)].sort()).toEqual(OPERATIONS);
    expect(pairs.filter((p) => p.endsWith('-validation-failed'))).toEqual([
      'save-contact-history-validation-failed',
      'save-customer-relationships-validation-failed',
    ]);
    for (const p of pairs) expect(readdirSync(DIR)).toContain(`${p}-response.xml`);
  });

  it.each(pairs)('%s', async (name) => {
    const request = readFileSync(join(DIR, `${name}-request.xml`), 'utf8');
    const expected = readFileSync(join(DIR, `${name}-response.xml`), 'utf8');
    const operation = readSoapRequest(request).operation.local;
    // Reads share one simulator; every write starts from a fresh one.
    const sim = operation.startsWith('save') ? fresh() : (shared ??= fresh());
    const send = async () => {
      const response = await sim.handle(
        new Request('http://sim.test/axis2/services/CRMCustomerDataService', {
          method: 'POST',
          body: request,
          headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"urn:${operation}"` },
        }),
      );
      expect(response.status).toBe(200);
      return tree(readSoapRequest(await response.text()).operation);
    };
    const want = tree(readSoapRequest(expected).operation);
    expect(await send()).toEqual(want);
    // A write sent again answers the same (and, for a save, stores nothing more).
    if (operation.startsWith('save')) expect(await send()).toEqual(want);
  });
});
