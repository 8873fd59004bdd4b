import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';
import { loadTerminalConfig } from './load-terminal-config';
import { parseTerminalConfig } from './terminal-config';

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
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.field}: ${p.problem}`);
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
      idleTimeoutSeconds: 120,
      signOffOnIdle: false,
      maskContactDetails: true,
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

  it('takes a programme with no token (the proxy adds it) and an idle timeout of 0 (off)', () => {
    const config = parseTerminalConfig({
      ...valid,
      loyaltyProgramme: { baseUrl: '/' },
      idleTimeoutSeconds: 0,
    });
    expect(config.loyaltyProgramme).toEqual({ baseUrl: '/' });
    expect(config.idleTimeoutSeconds).toBe(0);
    expect(problemsOf({ ...valid, loyaltyProgramme: { baseUrl: '/', token: '' } })).toEqual([
      'loyaltyProgramme.token: config.problem.empty',
    ]);
    expect(problemsOf({ ...valid, idleTimeoutSeconds: 5 })).toEqual([
      'idleTimeoutSeconds: config.problem.idleTimeout',
    ]);
    expect(problemsOf({ ...valid, maskContactDetails: 'yes' })[0]).toMatch(/^maskContactDetails: /);
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
      'mode: config.problem.oneOf',
      'currency: config.problem.currency',
      'services.customerService: config.problem.url',
    ]);
    expect(problemsOf({ ...valid, deviceId: undefined })).toEqual([
      'deviceId: config.problem.missing',
    ]);
    expect(problemsOf({ ...valid, soapVersion: '2.0' })).toEqual([
      'soapVersion: config.problem.oneOf',
    ]);
    expect(problemsOf({ ...valid, locale: 'not a locale!' })).toEqual([
      'locale: config.problem.locale',
    ]);
    expect(problemsOf({ ...valid, requestTimeoutMs: 5 })).toEqual([
      'requestTimeoutMs: config.problem.range',
    ]);
    expect(problemsOf({ ...valid, searchPageSize: '50' })).toEqual([
      'searchPageSize: config.problem.integer',
    ]);
    expect(problemsOf({ ...valid, services: undefined })).toEqual([
      'services: config.problem.missing',
    ]);
    expect(problemsOf({ ...valid, country: 'France', timeZone: 'Mars/Olympus' })).toEqual([
      'country: config.problem.country',
      'timeZone: config.problem.timeZone',
    ]);
    expect(problemsOf([])).toEqual(['(the whole file): config.problem.object']);
  });

  it("takes the store's country from the locale and the zone from the browser unless given", () => {
    expect(parseTerminalConfig(valid)).toMatchObject({
      country: 'GB',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      training: { locale: 'en-GB' },
    });
    expect(parseTerminalConfig({ ...valid, locale: 'fr-FR' })).toMatchObject({
      country: 'FR',
      training: { locale: 'fr-FR' },
    });
    expect(parseTerminalConfig({ ...valid, locale: 'de' }).country).toBe('DE');
    expect(
      parseTerminalConfig({ ...valid, locale: 'en-GB', country: 'IE', timeZone: 'Europe/Dublin' }),
    ).toMatchObject({ country: 'IE', timeZone: 'Europe/Dublin' });
  });

  it('keeps the locale of a bad file, so its error screen is in the store language', () => {
    try {
      parseTerminalConfig({ ...valid, locale: 'de-DE', deviceId: '' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).locale).toBe('de-DE');
    }
    expect.assertions(2);
  });

  it('explains a file that is missing or not JSON', async () => {
    const serve =
      (body: string, status = 200) =>
      async () =>
        new Response(body, { status });
    await expect(loadTerminalConfig(serve('', 404))).rejects.toMatchObject({
      title: 'config.title.unloaded',
    });
    await expect(loadTerminalConfig(serve('{ mode: live'))).rejects.toMatchObject({
      title: 'config.title.json',
    });
    await expect(loadTerminalConfig(serve(JSON.stringify(valid)))).resolves.toMatchObject({
      mode: 'live',
    });
  });
});
