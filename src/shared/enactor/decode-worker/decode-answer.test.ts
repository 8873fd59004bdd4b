import { beforeAll, describe, expect, it } from 'vitest';
import { simulatorSamples, type Sample } from '../../../testing/paged-answers';
import { SEARCH_CUSTOMERS } from '../crm-customer-data-service/search-customers-codec';
import { NAME_SEARCH } from '../customer-service/name-search-codec';
import { POSTCODE_SEARCH } from '../customer-service/postcode-search-codec';
import { openAnswer } from '../soap/open-answer';
import { answerJob, decodeJob, WORKER_OPERATIONS } from './decode-answer';
import { ROWS_PER_MESSAGE, type FromDecodeWorker } from './protocol';

const blobOf = (text: string) => new Blob([text]);

/** What the main thread gets from the worker's messages, put back together. */
async function throughWorker(operation: string, text: string) {
  const messages: FromDecodeWorker[] = [];
  // Messages cross to the page by structured clone, as postMessage sends them.
  await answerJob({ operation, body: blobOf(text) }, (m) => messages.push(structuredClone(m)));
  const rows = messages.flatMap((m) => ('rows' in m ? m.rows : []));
  const last = messages[messages.length - 1];
  if (!last || !('answer' in last)) throw new Error('no answer');
  const { answer } = last;
  return {
    messages,
    answer: answer.kind === 'value' ? { ...answer, value: { ...answer.value, rows } } : answer,
  };
}

describe('the decode worker', () => {
  let samples: Sample[] = [];
  beforeAll(async () => {
    samples = await simulatorSamples();
  }, 60_000);

  it('decodes every search the services page', () => {
    expect([...WORKER_OPERATIONS.values()]).toEqual([
      NAME_SEARCH,
      POSTCODE_SEARCH,
      SEARCH_CUSTOMERS,
    ]);
  });

  it('gives exactly the main thread’s domain rows, on every fixture and simulator answer', async () => {
    for (const { name, op, text } of samples) {
      const main = openAnswer(text, op);
      expect(main.kind, name).toBe('value');
      expect(decodeJob(op.operation, text), name).toEqual(main);
      expect((await throughWorker(op.operation, text)).answer, name).toEqual(main);
    }
  });

  it('sends the rows of an unpaged answer in batches, and the answer last with none of its own', async () => {
    const unpaged = samples.find((s) => s.name.includes('unpaged'))!;
    const { messages, answer } = await throughWorker(unpaged.op.operation, unpaged.text);
    expect(answer).toMatchObject({ kind: 'value' });
    const rows = answer.kind === 'value' ? answer.value.rows : [];
    expect(rows.length).toBeGreaterThan(ROWS_PER_MESSAGE);
    expect(answer).toEqual(openAnswer(unpaged.text, unpaged.op));
    expect(messages).toHaveLength(Math.ceil(rows.length / ROWS_PER_MESSAGE) + 1);
    expect(messages.every((m) => !('rows' in m) || m.rows.length <= ROWS_PER_MESSAGE)).toBe(true);
  });

  it('reads the body as UTF-8, as Response.text() does, byte-order mark and all', async () => {
    const seed = samples[0]!;
    const text = seed.text.replace('Amelia', 'Zoë 😀');
    const withMark = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(await new Response(withMark).text()).toBe(text);
    const messages: FromDecodeWorker[] = [];
    await answerJob({ operation: seed.op.operation, body: new Blob([withMark]) }, (m) =>
      messages.push(m),
    );
    const rows = messages.flatMap((m) => ('rows' in m ? m.rows : []));
    const main = openAnswer(text, seed.op);
    expect(main.kind === 'value' && main.value.rows).toEqual(rows);
    expect(rows[0]).toMatchObject({ forename: 'Zoë 😀' });
  });

  it('answers faults and unreadable answers as the main thread would', async () => {
    const fault =
      '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>' +
      '<faultcode>s:Server</faultcode><faultstring>Down</faultstring></s:Fault></s:Body></s:Envelope>';
    expect((await throughWorker(NAME_SEARCH.operation, fault)).answer).toEqual({
      kind: 'fault',
      fault: { code: 's:Server', reason: 'Down', detail: '' },
    });
    expect((await throughWorker(NAME_SEARCH.operation, '<a><b></a>')).answer).toMatchObject({
      kind: 'problem',
      problem: 'End tag </a> does not match <b> (at character 6)',
    });
    expect((await throughWorker('someOtherSearch', fault)).answer).toMatchObject({
      kind: 'problem',
    });
  });
});
