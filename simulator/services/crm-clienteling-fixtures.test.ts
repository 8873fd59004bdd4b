import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator.ts';
import { readSoapRequest, type RequestElement } from '../xml/request-reader.ts';

/**
 * The XML fixtures the terminal's codecs are written against
 * (src/shared/enactor/fixtures/crm/*): every `*-response.xml` is exactly what the simulator
 * answers to the `*-request.xml` beside it, element for element (namespaces by URI, text,
 * attributes, order). After a deliberate change of the wire shape, rewrite the responses with
 *   UPDATE_CRM_FIXTURES=1 npx vitest run simulator/services/crm-clienteling-fixtures.test.ts
 * and review the diff: the fixtures are the documented shape (docs/API.md).
 */
const DIR = new URL('../../src/shared/enactor/fixtures/crm/', import.meta.url);
/** The clock every fixture answer was taken at. */
const FIXTURE_NOW = '2026-11-22T10:15:00Z';

interface Canonical {
  ns: string;
  local: string;
  attributes: [string, string][];
  text: string;
  children: Canonical[];
}

/** The payload as namespace URIs, attributes and leaf text: prefixes and indentation aside. */
function canonical(e: RequestElement): Canonical {
  return {
    ns: e.ns,
    local: e.local,
    attributes: Object.entries(e.attributes).sort(([a], [b]) => (a < b ? -1 : 1)),
    text: e.children.length === 0 ? e.text : '',
    children: e.children.map(canonical),
  };
}

/** One element per line (these answers have no mixed content). */
function pretty(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const pad = '  '.repeat(depth);
    if (t.startsWith('<?')) lines.push(t);
    else if (t.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.endsWith('/>')) lines.push(pad + t);
    else if (t.startsWith('<')) {
      const next = tokens[i + 1] ?? '';
      const after = tokens[i + 2] ?? '';
      if (!next.startsWith('<') && after.startsWith('</')) {
        lines.push(pad + t + next + after);
        i += 2;
      } else {
        lines.push(pad + t);
        depth++;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

const header = (request: string) =>
  `<!-- The simulator's answer (at ${FIXTURE_NOW}, seed customers) to ${request}; checked by simulator/services/crm-clienteling-fixtures.test.ts. [OURS] shape except where docs/API.md marks [PUB]. -->`;

async function answer(requestXml: string): Promise<string> {
  const sim = createSimulator({ customers: 0, now: () => new Date(FIXTURE_NOW) });
  const wrapper = readSoapRequest(requestXml).operation.local;
  const res = await sim.handle(
    new Request('http://sim.test/axis2/services/CRMCustomerDataService', {
      method: 'POST',
      body: requestXml,
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"urn:${wrapper}"` },
    }),
  );
  expect(res.status).toBe(200);
  return res.text();
}

const OPERATIONS = new Set([
  'getCustomerNotes',
  'saveCustomerNote',
  'getCustomerPreferences',
  'saveCustomerPreferenceMap',
  'getCustomerKeyDates',
  'saveCustomerKeyDate',
]);

// The folder also holds the history and network operations' fixtures (crm-fixtures.test.ts).
const requests = readdirSync(DIR)
  .filter((f) => f.endsWith('-request.xml'))
  .filter((f) =>
    OPERATIONS.has(readSoapRequest(readFileSync(new URL(f, DIR), 'utf8')).operation.local),
  )
  .sort();

describe('CRM clienteling fixtures', () => {
  it('has a request and an answer for each of the six operations and a ValidationFailed for each save', () => {
    const operations = requests.map(
      (f) => readSoapRequest(readFileSync(new URL(f, DIR), 'utf8')).operation.local,
    );
    expect(new Set(operations)).toEqual(OPERATIONS);
    expect(requests.filter((f) => f.includes('-invalid-'))).toHaveLength(3);
  });

  it.each(requests)('%s: the simulator answers exactly the response fixture', async (file) => {
    const requestXml = readFileSync(new URL(file, DIR), 'utf8');
    const got = await answer(requestXml);
    const responseFile = file.replace(/-request\.xml$/, '-response.xml');
    if (process.env.UPDATE_CRM_FIXTURES) {
      const [declaration, ...rest] = pretty(got).split('\n');
      writeFileSync(
        new URL(responseFile, DIR),
        [declaration, header(file), ...rest].join('\n'),
        'utf8',
      );
    }
    const fixture = readFileSync(new URL(responseFile, DIR), 'utf8');
    expect(canonical(readSoapRequest(got).operation)).toEqual(
      canonical(readSoapRequest(fixture).operation),
    );
  });
});
