import { describe, expect, it } from 'vitest';
import { connectSimulator } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';

/** The client against the simulator in this process: the contract both sides keep. */
function connect(customers = 50) {
  const connected = connectSimulator({ customers });
  return {
    ...connected,
    crm: createCrmCustomerDataService(connected.endpoint('crmCustomerDataService')),
  };
}

const typeOf = async (crm: ReturnType<typeof connect>['crm'], customer: string, related: string) =>
  (await crm.relationships(customer))!.find((r) => r.relatedCustomerNumber === related)?.typeId;

describe('CRMCustomerDataService relationships against the simulator', () => {
  it('Amelia adds Aspen as her sibling: Aspen sees Amelia as sibling; removed, neither sees it', async () => {
    const { crm } = connect();
    expect(await typeOf(crm, '100', '7004')).toBe('ASSISTANT');
    const saved = await crm.saveRelationships('100', [
      { kind: 'set', relatedCustomerNumber: '7004', typeId: 'SIBLING' },
    ]);
    expect(saved).toMatchObject({
      outcome: 'Success',
      relationships: [
        {
          relatedCustomerNumber: '7004',
          typeId: 'SIBLING',
          related: { forename: 'Aspen', surname: 'Green' },
        },
      ],
    });
    expect(await crm.relationships('7004')).toEqual([
      {
        customerNumber: '7004',
        relatedCustomerNumber: '100',
        typeId: 'SIBLING',
        related: { title: 'Mrs', forename: 'Amelia', surname: 'Baldwin' },
      },
    ]);
    await crm.saveRelationships('100', [{ kind: 'remove', relatedCustomerNumber: '7004' }]);
    expect(await crm.relationships('100')).toEqual([]);
    expect(await crm.relationships('7004')).toEqual([]);
  });

  it('a parent seen from the child is a child; a retry of the same change stores one record', async () => {
    const { crm, sim } = connect();
    const change = [{ kind: 'set', relatedCustomerNumber: '00100', typeId: 'PARENT' }] as const;
    await crm.saveRelationships('100', change);
    await crm.saveRelationships('100', change);
    expect(sim.relationships.savedCount).toBe(1);
    expect(await typeOf(crm, '00100', '100')).toBe('CHILD');
  });

  it('refuses a relation to oneself or to nobody, saving nothing, with the list as it stands', async () => {
    const { crm, sim } = connect();
    const result = await crm.saveRelationships('100', [
      { kind: 'set', relatedCustomerNumber: '100', typeId: 'SIBLING' },
      { kind: 'set', relatedCustomerNumber: '99999999', typeId: 'OTHER' },
    ]);
    expect(result).toMatchObject({
      outcome: 'Invalid',
      fieldErrors: [
        { index: 0, field: 'relatedCustomer', message: expect.stringMatching(/themselves/) },
        { index: 1, field: 'relatedCustomer', message: 'There is no customer 99999999.' },
      ],
      relationships: [{ relatedCustomerNumber: '7004', typeId: 'ASSISTANT' }],
    });
    expect(sim.relationships.savedCount).toBe(0);
    expect(await crm.relationships('nobody')).toBeNull();
    expect(
      await crm.saveRelationships('nobody', [
        { kind: 'set', relatedCustomerNumber: '100', typeId: 'OTHER' },
      ]),
    ).toMatchObject({ outcome: 'NoCustomer' });
  });

  it("pages Amelia's affiliated customers: her household (Ricky Gervais) first, then Enactor", async () => {
    const { crm } = connect(400);
    const first = (await crm.affiliated('100', { offset: 0, count: 5 }))!;
    expect(first.pagedBy).toBe('server');
    expect(first.rows[0]).toMatchObject({
      customerNumber: '00100',
      forename: 'Ricky',
      affiliationTypeId: 'HOUSEHOLD',
    });
    expect(first.rows.slice(1).every((r) => r.organisation === 'Enactor')).toBe(true);
    const second = (await crm.affiliated('100', { offset: 5, count: 5 }))!;
    expect(second.total).toBe(first.total);
    const numbers = [...first.rows, ...second.rows].map((r) => r.customerNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await crm.affiliated('nobody', { offset: 0, count: 5 })).toBeNull();
  });

  it('Load Customer Details brings the whole record with its stamp', async () => {
    const { crm } = connect();
    const full = (await crm.loadDetails('100'))!;
    const light = (await crm.details('100'))!;
    expect(full.customer.customerNumber).toBe('100');
    expect(full.customer.lastUpdated).toBe(light.lastUpdated);
    expect(full.customer.emails.length).toBeGreaterThan(0);
  });
});
