import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TerminalConfig } from '../shared/config/terminal-config';
import { createClearCustomer } from './clear-customer';
import {
  applyUpdateIfReady,
  newDeploymentInControl,
  newDeploymentWaiting,
  useDeploymentStore,
} from './deployment-update';
import { usesServiceWorker } from './service-worker';
import { QueryClient } from '@tanstack/react-query';

vi.mock('virtual:pwa-register', () => ({ registerSW: vi.fn() }));

const reload = vi.fn();
beforeEach(() => {
  vi.stubGlobal('window', { location: { reload } });
  useDeploymentStore.setState({ phase: 'none', activate: null });
});
afterEach(() => {
  vi.unstubAllGlobals();
  reload.mockReset();
});

describe('a new deployment', () => {
  it('is not taken while none is ready', () => {
    applyUpdateIfReady();
    expect(reload).not.toHaveBeenCalled();
  });

  it('waits for an idle moment, then is let in once; its taking over reloads the page', async () => {
    const activate = vi.fn(async () => newDeploymentInControl());
    newDeploymentWaiting(activate);
    expect(activate).not.toHaveBeenCalled();
    applyUpdateIfReady();
    applyUpdateIfReady();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('taken over by another tab: this page reloads at its own next idle moment, not before', () => {
    newDeploymentInControl();
    expect(reload).not.toHaveBeenCalled();
    applyUpdateIfReady();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is applied by the clear of the customer, after the clear', () => {
    const order: string[] = [];
    const clear = createClearCustomer({
      queryClient: new QueryClient(),
      navigate: () => order.push('start screen'),
      startVisit: () => undefined,
      signOffOnIdle: false,
      afterClear: () => order.push('update'),
    });
    clear('next-customer');
    expect(order).toEqual(['start screen', 'update']);
  });
});

describe('the service worker', () => {
  const config = (mode: TerminalConfig['mode']) => ({ mode }) as TerminalConfig;
  const place = { supported: true, secure: true, built: true };
  it('runs on a built till over HTTPS or localhost, live or against the HTTP simulator', () => {
    expect(usesServiceWorker(config('live'), place)).toBe(true);
    expect(usesServiceWorker(config('simulator'), place)).toBe(true);
  });
  it('is not used on plain HTTP, in development, or in training', () => {
    expect(usesServiceWorker(config('live'), { ...place, secure: false })).toBe(false);
    expect(usesServiceWorker(config('live'), { ...place, built: false })).toBe(false);
    expect(usesServiceWorker(config('training'), place)).toBe(false);
  });
});
