import { describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../../../../simulator/simulator';
import { connectSimulator } from '../../../testing/enactor';
import { NetworkError, SoapFaultError } from '../errors';
import { createCustomerService } from './customer-service';

// The client against the simulator in-process: the same pairing as training mode.
function connect(options: SimulatorOptions, soapVersion: '1.1' | '1.2' = '1.1') {
  const { sim, endpoint } = connectSimulator(options);
  const service = createCustomerService(endpoint('customerService', { soapVersion }));
  return { sim, service };
}

describe('CustomerService client against the simulator', () => {
  it('finds the seed customers and pages through every match', async () => {
    const { service } = connect({ customers: 3000 });
    const first = await service.search('name', 'a', { offset: 0, count: 50 });
    expect(first.pagedBy).toBe('server');
    expect(first.total).toBeGreaterThan(200);
    expect(first.rows.slice(0, 2).map((r) => `${r.forename} ${r.surname}`)).toEqual([
      'Amelia Baldwin',
      'Aspen Green',
    ]);
    const seen = new Set<string>();
    for (let offset = 0; offset < first.total; offset += 50) {
      const page = await service.search('name', 'a', { offset, count: 50 });
      for (const row of page.rows) seen.add(row.customerNumber);
    }
    expect(seen.size).toBe(first.total);
  });

  it('pages locally when the server ignores pageInfo, with the same rows', async () => {
    const paged = connect({ customers: 500 }).service;
    const unpaged = connect({ customers: 500, ignorePaging: true }).service;
    const a = await paged.search('postcode', 'sg', { offset: 20, count: 20 });
    const b = await unpaged.search('postcode', 'sg', { offset: 20, count: 20 });
    expect(b.pagedBy).toBe('client');
    expect(b.total).toBe(a.total);
    expect(b.rows).toEqual(a.rows);
  });

  it('speaks SOAP 1.2 end to end, faults included', async () => {
    const { sim, service } = connect({ customers: 100 }, '1.2');
    const page = await service.search('name', 'amelia baldwin', { offset: 0, count: 5 });
    expect(page.rows.map((r) => r.customerNumber)).toEqual(['100']);
    sim.faults.set({ kind: 'soap-fault', count: 1 });
    await expect(service.search('name', 'a', { offset: 0, count: 5 })).rejects.toMatchObject({
      code: 'soapenv:Receiver',
      reason: 'Simulated fault: the service is temporarily unavailable',
    });
  });

  it('shows the postcode seed example', async () => {
    const { service } = connect({ customers: 100 });
    const page = await service.search('postcode', 'sg14', { offset: 0, count: 20 });
    expect(page.rows.slice(0, 2).map((r) => r.customerNumber)).toEqual(['00100', '100']);
  });

  it('surfaces simulator faults as typed errors', async () => {
    const { sim, service } = connect({ customers: 10 });
    sim.faults.set({ kind: 'soap-fault', count: 1 });
    await expect(service.search('name', 'a', { offset: 0, count: 5 })).rejects.toBeInstanceOf(
      SoapFaultError,
    );
    sim.faults.set({ kind: 'disconnect', count: 1 });
    await expect(service.search('name', 'a', { offset: 0, count: 5 })).rejects.toBeInstanceOf(
      NetworkError,
    );
    await expect(service.search('name', 'a', { offset: 0, count: 5 })).resolves.toBeDefined();
  });

  it('round-trips odd characters through a store and a search', async () => {
    const { sim, service } = connect({ customers: 10 });
    sim.store.add({
      ...sim.store.at(0),
      customerNumber: '999',
      forename: 'Zoë 😀',
      surname: "<b>O'Brien</b> & Co",
    });
    const page = await service.search('name', 'zoe', { offset: 0, count: 5 });
    expect(page.rows.map((r) => r.surname)).toEqual(["<b>O'Brien</b> & Co"]);
    expect(page.rows[0]?.forename).toBe('Zoë 😀');
  });
});
