import { describe, expect, it, vi } from 'vitest';
import { testEndpoint } from '../../../testing/enactor';
import type { Transport } from '../transport';
import { buildEnvelope } from './envelope';
import { NS } from './namespaces';
import { readPagedRows, type PagedAnswer } from './paged-array-list';
import {
  createPagedCall,
  forgetUnpagedAnswers,
  pageOf,
  serverPaged,
  UNPAGED_ANSWER_TTL_MS,
  type PagedOperation,
} from './paged-call';

const answer = (n: number, totalRows: number, paging = { rowsPerPage: 0, currentRowOffset: 0 }) =>
  ({
    rows: Array.from({ length: n }, (_, i) => i),
    paging: { ...paging, totalRows },
  }) satisfies PagedAnswer<number>;

describe('serverPaged', () => {
  it('trusts a page no longer than asked with a total', () => {
    expect(serverPaged(answer(20, 312), { offset: 0, count: 20 })).toBe(true);
    expect(serverPaged(answer(0, 0), { offset: 0, count: 20 })).toBe(true);
  });
  it('sees every way a server ignores pageInfo', () => {
    // More rows than asked for.
    expect(serverPaged(answer(21, 21), { offset: 0, count: 20 })).toBe(false);
    // Rows but zeros in the attributes, as in seed 002's name search.
    expect(serverPaged(answer(2, 0), { offset: 0, count: 20 })).toBe(false);
    // A later page answered from the start with no paging figures.
    expect(serverPaged(answer(0, 5), { offset: 20, count: 20 })).toBe(false);
  });
  it('slices an unpaged answer and counts it whole', () => {
    expect(pageOf(answer(45, 0), { offset: 40, count: 20 })).toEqual({
      rows: [40, 41, 42, 43, 44],
      offset: 40,
      total: 45,
      pagedBy: 'client',
    });
  });
});

const ROWS = (n: number) =>
  `<c:listResponse xmlns:c="${NS.core}" xmlns:i="${NS.xsi}"><c:pagedArrayList rowsPerPage="0" currentRowOffset="0" totalRows="0">` +
  Array.from(
    { length: n },
    (_, i) =>
      `<c:contents><c:key>${i}</c:key><c:data><c:values><c:arrayObject i:type="c:String">r${i}</c:arrayObject></c:values></c:data></c:contents>`,
  ).join('') +
  '<c:propertyNames>name</c:propertyNames></c:pagedArrayList></c:listResponse>';

const LIST: PagedOperation<string, string> = {
  operation: 'list',
  responseNs: NS.core,
  encode: ({ criteria }) => `<c:list xmlns:c="${NS.core}">${criteria}</c:list>`,
  decode: (response) => readPagedRows(response, { name: 'name' }, (row) => row.text('name')),
};

describe('createPagedCall', () => {
  it('downloads an unpaged answer once and pages through it for a minute', async () => {
    const transport = vi.fn<Transport>(async () => new Response(buildEnvelope('1.1', ROWS(45))));
    let now = 0;
    const call = createPagedCall(
      testEndpoint('customerService', transport),
      LIST,
      (c) => c,
      () => now,
    );
    expect((await call('a', { offset: 0, count: 20 })).rows).toHaveLength(20);
    expect((await call('a', { offset: 40, count: 20 })).rows).toEqual([
      'r40',
      'r41',
      'r42',
      'r43',
      'r44',
    ]);
    expect(transport).toHaveBeenCalledTimes(1);
    // Another search, or the same one after the minute, asks the server again.
    await call('b', { offset: 0, count: 20 });
    expect(transport).toHaveBeenCalledTimes(2);
    now += UNPAGED_ANSWER_TTL_MS;
    await call('b', { offset: 20, count: 20 });
    expect(transport).toHaveBeenCalledTimes(3);
  });

  it('passes on what an answer carries beside its list, paged here or by the server', async () => {
    // A summary of every match beside the list, as transaction history answers.
    const WITH_SUMMARY: PagedOperation<string, string, { summary: string }> = {
      ...LIST,
      decode: (response, input) => ({
        ...LIST.decode(response, input),
        summary: `all ${response.local}`,
      }),
    };
    const transport = vi.fn<Transport>(async () => new Response(buildEnvelope('1.1', ROWS(45))));
    const call = createPagedCall(
      testEndpoint('customerService', transport),
      WITH_SUMMARY,
      (c) => c,
    );
    const first = await call('a', { offset: 0, count: 20 });
    const kept = await call('a', { offset: 40, count: 20 });
    expect(first).toEqual({
      rows: Array.from({ length: 20 }, (_, i) => `r${i}`),
      offset: 0,
      total: 45,
      pagedBy: 'client',
      summary: 'all listResponse',
    });
    expect(kept).toMatchObject({ offset: 40, total: 45, summary: 'all listResponse' });
    expect(kept).not.toHaveProperty('paging');
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('forgets every kept answer when the till clears the customer', async () => {
    const transport = vi.fn<Transport>(async () => new Response(buildEnvelope('1.1', ROWS(45))));
    const names = createPagedCall(testEndpoint('customerService', transport), LIST, (c) => c);
    const crm = createPagedCall(testEndpoint('crmCustomerDataService', transport), LIST, (c) => c);
    await names('a', { offset: 0, count: 20 });
    await crm('a', { offset: 0, count: 20 });
    expect(transport).toHaveBeenCalledTimes(2);
    forgetUnpagedAnswers();
    // The next page of either search is asked for again, within the minute.
    await names('a', { offset: 20, count: 20 });
    await crm('a', { offset: 20, count: 20 });
    expect(transport).toHaveBeenCalledTimes(4);
  });
});
