import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_LOYALTY_TOKEN } from '../../../../simulator/simulator';
import { balanceOverTime } from '../../domain/points';
import seedResponse from '../fixtures/loyalty-balance-check-response.json';
import {
  HttpStatusError,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  type AnyEnactorError,
} from '../errors';
import type { Transport } from '../transport';
import { BALANCE_CHECK } from './balance-check-codec';

const decodeBalanceCheck = (json: unknown) => BALANCE_CHECK.decode(json, 'test');
import { createLoyaltyProgrammeClient } from './loyalty-programme-client';
import { parseUsDate } from './us-date';

function connect(token = DEMO_LOYALTY_TOKEN) {
  const sim = createSimulator({ customers: 500 });
  const sent: Request[] = [];
  const transport: Transport = async (url, init) => {
    const request = new Request(url, init);
    sent.push(request.clone());
    return sim.handle(request);
  };
  const client = createLoyaltyProgrammeClient({
    baseUrl: 'http://sim.test/',
    token,
    timeoutMs: 2000,
    transport,
  });
  return { sim, client, sent };
}

/** A transport that answers every call with this. */
const answering = (response: (init: RequestInit) => Response | Promise<Response>) =>
  createLoyaltyProgrammeClient({
    baseUrl: 'https://loyalty.example:8443',
    token: 't',
    timeoutMs: 200,
    transport: async (_, init) => response(init),
  });

/** A server that never answers; the call is abandoned, as fetch abandons it, on abort. */
const silent = (init: RequestInit) =>
  new Promise<Response>((_, reject) =>
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
  );

async function failure(promise: Promise<unknown>): Promise<AnyEnactorError> {
  try {
    await promise;
  } catch (error) {
    return error as AnyEnactorError;
  }
  throw new Error('expected a failure');
}

describe('US dates (seed 003: MM/DD/YYYY, UTC)', () => {
  it('reads the calendar date, and refuses dates that do not exist', () => {
    expect(parseUsDate('11/29/2015')).toBe('2015-11-29');
    expect(parseUsDate('7/2/2020')).toBe('2020-07-02');
    expect(parseUsDate('01/01/2019 10:15:00.000')).toBe('2019-01-01');
    expect(parseUsDate('29/11/2015')).toBeNull();
    expect(parseUsDate('02/30/2020')).toBeNull();
    expect(parseUsDate('2020-07-02')).toBeNull();
  });
});

describe('BalanceCheck codec', () => {
  it("decodes the seed's example, every field", () => {
    expect(decodeBalanceCheck(seedResponse)).toEqual({
      customerNumber: 'CPOL-123185',
      programName: 'Loyalty program 1',
      earningDescription: 'Return Listing of CP Earning Rule Descriptions',
      redemptionDescription: 'Return Listing of CP Redemption Rule Descriptions',
      status: 'active',
      pointBalance: 1504,
      openAuthorizations: 1000,
      pendingPointsEarned: 0,
      availablePointBalance: 504,
      history: [
        {
          activity: 'Historical Summary',
          date: '2015-11-29',
          points: 1404,
          document: '',
          reason: '',
          location: '',
        },
        {
          activity: '',
          date: '2020-07-02',
          points: 100,
          document: '123456789',
          reason: 'Facebook Share',
          location: '',
        },
        {
          activity: 'Pending Charge',
          date: '2020-07-02',
          points: 1000,
          document: 'WB-101-10444',
          reason: '',
          location: 'Web Order',
        },
      ],
    });
  });

  it('works the balance over time back from today’s figure; authorisations do not move it', () => {
    expect(balanceOverTime(decodeBalanceCheck(seedResponse))).toEqual([
      { date: '2015-11-29', balance: 1404 },
      { date: '2020-07-02', balance: 1504 },
    ]);
  });

  it('refuses point figures that are not whole, safe and (for balances) not negative', () => {
    const withFigure = (field: string, value: number) => {
      const body = structuredClone(seedResponse) as unknown as { Loyalty: Record<string, unknown> };
      body.Loyalty[field] = value;
      return body;
    };
    for (const field of [
      'PointBalance',
      'OpenAuthorizations',
      'PendingPointsEarned',
      'AvailablePointBalance',
    ]) {
      for (const bad of [1e21, -1, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
        expect(() => decodeBalanceCheck(withFigure(field, bad)), `${field} ${bad}`).toThrow(
          new RegExp(field),
        );
      }
    }
    const history = structuredClone(seedResponse);
    history.Loyalty.History[1]!.PointAmount = 2.5;
    expect(() => decodeBalanceCheck(history)).toThrow(/History\.1\.PointAmount/);
    // A history row is a movement: a deduction is whole, and fine.
    history.Loyalty.History[1]!.PointAmount = -100;
    expect(decodeBalanceCheck(history).history[1]?.points).toBe(-100);
  });

  it('refuses a body of another shape, naming the field', () => {
    expect(() => decodeBalanceCheck({ Loyalty: { CustomerNumber: 'x' } })).toThrow(/PointBalance/);
    const badDate = structuredClone(seedResponse);
    badDate.Loyalty.History[0]!.Date = '29/11/2015';
    expect(() => decodeBalanceCheck(badDate)).toThrow(/History\.0\.Date/);
  });
});

describe('REST loyalty client against the simulator', () => {
  it("BalanceCheck: the seed's member, with the Bearer token", async () => {
    const { client, sent } = connect();
    const member = await client.balanceCheck('CPOL-123185');
    expect(member).toEqual(decodeBalanceCheck(seedResponse));
    expect(sent[0]!.url).toBe('http://sim.test/Loyalty/CPOL-123185/BalanceCheck');
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.headers.get('Authorization')).toBe(`Bearer ${DEMO_LOYALTY_TOKEN}`);
  });

  it("Earn sends the seed's body; the reference makes a repeat the same earning", async () => {
    const { client, sent } = connect();
    const earn = {
      customerNumber: '2059378440',
      points: 100,
      reason: 'Facebook Share',
      reference: 'REF-1',
    };
    await client.earn(earn);
    expect(await sent[0]!.json()).toEqual({
      CustomerNumber: '2059378440',
      Points: 100,
      Reason: 'Facebook Share',
      Reference: 'REF-1',
    });
    await client.earn(earn);
    const member = await client.balanceCheck('2059378440');
    expect(member.pointBalance).toBe(2600);
    expect(member.history.filter((h) => h.document === 'REF-1')).toHaveLength(1);
    expect(member.history.at(-1)).toMatchObject({ points: 100, reason: 'Facebook Share' });
  });

  it('Authorize moves points from available to open authorisations, once per sale', async () => {
    const { client } = connect();
    const request = { ref: '2059378440', saleId: 'S-1', requestedPoints: 1000 };
    expect(await client.authorize(request)).toEqual(request);
    expect(await client.authorize(request)).toEqual(request);
    const member = await client.balanceCheck('2059378440');
    expect(member).toMatchObject({
      pointBalance: 2500,
      openAuthorizations: 1000,
      availablePointBalance: 1500,
    });
    expect(member.history.at(-1)).toMatchObject({
      activity: 'Pending Charge',
      points: 1000,
      document: 'S-1',
    });
  });

  it('an Authorize echo for other points, in money, or of another type is not this hold', async () => {
    const request = { ref: 'CPOL-123185', saleId: 'S', requestedPoints: 100 };
    const echoed = (body: Record<string, unknown>) =>
      failure(
        answering(() =>
          Response.json({ Type: 'loyalty', Ref: 'CPOL-123185', SaleId: 'S', ...body }),
        ).authorize(request),
      );
    for (const body of [
      { RequestedPoints: 1000 },
      { RequestedPoints: 100.5 },
      { RequestedAmount: 1 },
      {},
      { RequestedPoints: 100, Type: 'gift' },
    ]) {
      const error = await echoed(body);
      expect(error, JSON.stringify(body)).toBeInstanceOf(MalformedResponseError);
    }
    expect((await echoed({ RequestedPoints: 1000 })).message).toMatch(/holds 1000 points, not 100/);
    expect(
      await answering(() =>
        Response.json({ Type: 'loyalty', Ref: 'CPOL-123185', SaleId: 'S', RequestedPoints: 100 }),
      ).authorize(request),
    ).toEqual(request);
  });

  it('a customer number with a lone surrogate is asked for, not a crash: "Id not found"', async () => {
    const { client, sent } = connect();
    const error = await failure(client.balanceCheck('CPOL-123185\uD83D'));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 404, detail: 'Id not found' });
    expect(sent[0]!.url).toBe('http://sim.test/Loyalty/CPOL-123185%EF%BF%BD/BalanceCheck');
    // Whole emoji are sent as they are.
    await failure(client.balanceCheck('A😀'));
    expect(sent[1]!.url).toBe('http://sim.test/Loyalty/A%F0%9F%98%80/BalanceCheck');
  });

  it('Earn: the same reference for another amount is refused, not silently dropped', async () => {
    const { client, sim } = connect();
    const earn = {
      customerNumber: '2059378440',
      points: 100,
      reason: 'Goodwill',
      reference: 'R-9',
    };
    await client.earn(earn);
    const error = await failure(client.earn({ ...earn, points: 250 }));
    expect(error).toMatchObject({
      status: 400,
      detail: 'Reference already used for another earning',
    });
    expect(sim.programme.member('2059378440')!.pointBalance).toBe(2600);
    expect(sim.programme.earnApplications('2059378440', 'R-9')).toBe(1);
  });

  it('400 with each documented reason, none retryable', async () => {
    const { client, sim } = connect();
    const reasons = [
      await failure(client.authorize({ ref: 'CPOL-123185', saleId: 'S-2', requestedPoints: 505 })),
      await failure(client.authorize({ ref: '7004', saleId: 'S-3', requestedPoints: 1 })),
      await failure(
        client.earn({ customerNumber: '7004', points: 1, reason: 'x', reference: 'r' }),
      ),
    ];
    expect(reasons.map((e) => e instanceof HttpStatusError && [e.status, e.detail])).toEqual([
      [400, 'No Balance Remaining'],
      [400, 'Not enrolled in Loyalty'],
      [400, 'Not enrolled in Loyalty'],
    ]);
    expect(reasons.every((e) => !e.retryable)).toBe(true);
    // The two the terminal never sends, straight to the simulator.
    const post = (body: unknown) =>
      sim.handle(
        new Request('http://sim.test/Loyalty/Authorize', {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { Authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` },
        }),
      );
    expect(
      await (
        await post({ Type: 'gift', Ref: 'CPOL-123185', SaleId: 'S', RequestedPoints: 1 })
      ).json(),
    ).toEqual({
      Message: 'Type is not valid',
    });
    expect(await (await post({ Type: 'loyalty', Ref: 'CPOL-123185' })).json()).toEqual({
      Message: 'Required: Type, Ref, SaleId, and (RequestedAmount or RequestedPoints)',
    });
  });

  it('401 for a wrong token, not retryable; nothing applied', async () => {
    const { client, sim } = connect('stale-token');
    const error = await failure(
      client.earn({ customerNumber: '2059378440', points: 5, reason: 'x', reference: 'r' }),
    );
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 401, detail: 'Not Authorized', retryable: false });
    expect(sim.programme.member('2059378440')!.pointBalance).toBe(2500);
  });

  it('404 for an unknown id or customer', async () => {
    const { client } = connect();
    expect(await failure(client.balanceCheck('NOPE-1'))).toMatchObject({
      status: 404,
      detail: 'Id not found',
    });
    expect(
      await failure(
        client.earn({ customerNumber: 'NOPE-1', points: 1, reason: 'x', reference: 'r' }),
      ),
    ).toMatchObject({ status: 404, detail: 'CustomerNumber Not Found' });
  });

  it('500, unreachable, slow and unreadable answers each get their own error', async () => {
    const { client, sim } = connect();
    sim.faults.set({ kind: 'soap-fault', count: 1 });
    expect(await failure(client.balanceCheck('CPOL-123185'))).toMatchObject({
      status: 500,
      retryable: true,
    });
    expect(
      await failure(
        answering(() => Promise.reject(new TypeError('Failed to fetch'))).balanceCheck('1'),
      ),
    ).toBeInstanceOf(NetworkError);
    expect(await failure(answering(silent).balanceCheck('1'))).toBeInstanceOf(TimeoutError);
    expect(
      await failure(answering(() => new Response('{"Loyalty":')).balanceCheck('1')),
    ).toBeInstanceOf(MalformedResponseError);
    expect(
      await failure(
        answering(() => Response.json({ Type: 'loyalty', Ref: 'other', SaleId: 'S' })).authorize({
          ref: 'CPOL-123185',
          saleId: 'S',
          requestedPoints: 1,
        }),
      ),
    ).toBeInstanceOf(MalformedResponseError);
    // A proxy's HTML error page is not the server's words.
    expect(
      await failure(
        answering(() => new Response('<html>Bad gateway</html>', { status: 502 })).balanceCheck(
          '1',
        ),
      ),
    ).toMatchObject({ status: 502, detail: '' });
  });
});
