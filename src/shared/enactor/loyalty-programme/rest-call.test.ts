import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_LOYALTY_TOKEN } from '../../../../simulator/simulator';
import { HttpStatusError } from '../errors';
import type { Transport } from '../transport';
import { callRest } from './rest-call';

/** The programme behind a store's reverse proxy, which may add the Bearer token itself. */
function behindProxy(proxyAddsToken: boolean) {
  const sim = createSimulator({ customers: 50 });
  const fromBrowser: Request[] = [];
  const transport: Transport = async (url, init) => {
    const request = new Request(url, init);
    fromBrowser.push(request.clone());
    if (proxyAddsToken) request.headers.set('Authorization', `Bearer ${DEMO_LOYALTY_TOKEN}`);
    return sim.handle(request);
  };
  return { transport, fromBrowser };
}

const balanceCheck = {
  operation: 'BalanceCheck',
  method: 'GET',
  path: '/Loyalty/CPOL-123185/BalanceCheck',
} as const;

describe('REST call without a token in the browser', () => {
  it('sends no Authorization header; a proxy that adds the token gets the answer', async () => {
    const { transport, fromBrowser } = behindProxy(true);
    const body = await callRest(
      { baseUrl: 'http://sim.test', timeoutMs: 2000, transport },
      balanceCheck,
    );
    expect(body).toMatchObject({ Loyalty: { PointBalance: 1504 } });
    expect(fromBrowser[0]!.headers.has('Authorization')).toBe(false);
  });

  it('a proxy that adds nothing gets the 401, as with a wrong token', async () => {
    const { transport } = behindProxy(false);
    await expect(
      callRest({ baseUrl: 'http://sim.test', timeoutMs: 2000, transport }, balanceCheck),
    ).rejects.toBeInstanceOf(HttpStatusError);
  });

  it('with a token configured, the browser sends it', async () => {
    const { transport, fromBrowser } = behindProxy(false);
    await callRest(
      { baseUrl: 'http://sim.test', token: DEMO_LOYALTY_TOKEN, timeoutMs: 2000, transport },
      balanceCheck,
    );
    expect(fromBrowser[0]!.headers.get('Authorization')).toBe(`Bearer ${DEMO_LOYALTY_TOKEN}`);
  });
});
