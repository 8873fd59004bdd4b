import { describe, expect, it } from 'vitest';
import { ConfigError, loadTerminalConfig, parseTerminalConfig } from './terminal-config';

const valid = {
  mode: 'live',
  locationId: '0005',
  deviceId: 'POS-01',
  currency: 'GBP',
  services: {
    customerService: 'https://enactor.example/axis2/services/CustomerService',
    accountBalanceService: '/axis2/services/AccountBalanceService',
    crmCustomerDataService: '/axis2/services/CRMCustomerDataService',
  },
};

const problemsOf = (raw: unknown) => {
  try {
    parseTerminalConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
  }
  return [];
};

describe('terminal configuration', () => {
  it('fills the documented defaults', () => {
    expect(parseTerminalConfig(valid)).toMatchObject({
      soapVersion: '1.1',
      locale: 'en-GB',
      requestTimeoutMs: 10_000,
      searchPageSize: 50,
      training: { customers: 5000 },
    });
  });

  it('caps answers at 25 MB unless told otherwise, within 1 MB to 500 MB', () => {
    expect(parseTerminalConfig(valid).maxResponseBytes).toBe(25_000_000);
    expect(parseTerminalConfig({ ...valid, maxResponseBytes: 50_000_000 }).maxResponseBytes).toBe(
      50_000_000,
    );
    expect(problemsOf({ ...valid, maxResponseBytes: 1000 })[0]).toMatch(/^maxResponseBytes: /);
    expect(problemsOf({ ...valid, maxResponseBytes: 2.5e6 + 0.5 })[0]).toMatch(
      /^maxResponseBytes: /,
    );
  });

  it('names each bad field', () => {
    expect(
      problemsOf({
        ...valid,
        mode: 'demo',
        currency: 'pounds',
        services: { ...valid.services, customerService: 'ftp://x' },
      }),
    ).toEqual([
      expect.stringMatching(/^mode: /),
      expect.stringMatching(/^currency: must be an ISO 4217 code/),
      expect.stringMatching(/^services\.customerService: must be an http\(s\) URL/),
    ]);
    expect(problemsOf({ ...valid, deviceId: undefined })).toEqual(['deviceId: is missing']);
    expect(problemsOf({ ...valid, soapVersion: '2.0' })[0]).toMatch(/^soapVersion: /);
    expect(problemsOf({ ...valid, locale: 'not a locale!' })[0]).toMatch(/^locale: /);
  });

  it('explains a file that is missing or not JSON', async () => {
    const serve =
      (body: string, status = 200) =>
      async () =>
        new Response(body, { status });
    await expect(loadTerminalConfig(serve('', 404))).rejects.toThrow(/could not be loaded/);
    await expect(loadTerminalConfig(serve('{ mode: live'))).rejects.toThrow(/not valid JSON/);
    await expect(loadTerminalConfig(serve(JSON.stringify(valid)))).resolves.toMatchObject({
      mode: 'live',
    });
  });
});
