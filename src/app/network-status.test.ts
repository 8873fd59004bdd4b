import { afterEach, describe, expect, it } from 'vitest';
import { selectOffline, useNetworkStore } from '../shared/network/network-store';
import { observeReachability } from './network-status';

const offline = () => selectOffline(useNetworkStore.getState());

afterEach(() => useNetworkStore.setState({ browserOnline: true, callsFailing: false }));

describe('the offline state', () => {
  it('follows calls: a failed connection marks it, any answer (even HTTP 503) clears it', async () => {
    let fail = true;
    const transport = observeReachability(async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return new Response('busy', { status: 503 });
    });
    await expect(transport('/axis2/services/CustomerService', {})).rejects.toThrow(TypeError);
    expect(offline()).toBe(true);
    fail = false;
    expect((await transport('/axis2/services/CustomerService', {})).status).toBe(503);
    expect(offline()).toBe(false);
  });

  it('is not marked by a cancelled or timed-out call', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('late', 'TimeoutError'));
    const transport = observeReachability(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    await expect(transport('/x', { signal: controller.signal })).rejects.toThrow();
    expect(offline()).toBe(false);
  });

  it("follows the browser's flag, and coming back online clears a failed call", () => {
    const { setBrowserOnline, callReached } = useNetworkStore.getState();
    setBrowserOnline(false);
    expect(offline()).toBe(true);
    callReached(false);
    setBrowserOnline(true);
    expect(offline()).toBe(false);
  });
});
