import { describe, expect, it } from 'vitest';
import { updateKey } from '../../../../simulator/accounts/account-store';
import enquiryResponse from '../fixtures/balance-enquiry-response.xml?raw';
import { openEnvelope } from '../soap/envelope';
import { NetworkError } from '../errors';
import type { AccountReference } from '../../domain/loyalty';
import { connectSimulator } from '../../../testing/enactor';
import { createAccountBalanceService } from './account-balance-service';
import { BALANCE_ENQUIRY } from './balance-enquiry-codec';

const LOYALTY = 'customerLoyaltyAccount';

function connect(customers = 2000) {
  const { sim, endpoint } = connectSimulator({ customers });
  const service = createAccountBalanceService(endpoint('accountBalanceService'), {
    currencyId: 'GBP',
    locationId: '0005',
  });
  return { sim, service };
}

const update = (
  transactionId: string,
  updateAmount: number,
  account: AccountReference = { accountId: '200', accountType: LOYALTY },
) => ({
  transactionId,
  deviceId: 'POS-01',
  locationId: '0005',
  account,
  updateAmount,
  dateTimeUpdated: '2026-11-22T10:15:00Z',
  currencyId: 'GBP',
});

describe('AccountBalanceService client against the simulator', () => {
  it("lists customer 100's accounts 200 and 4, as the seed does", async () => {
    const { service } = connect();
    expect(await service.searchLoyaltyAccounts('100')).toEqual([
      { accountId: '200', accountType: LOYALTY, status: 'ACTIVE' },
      { accountId: '4', accountType: LOYALTY, status: 'ACTIVE' },
    ]);
    expect(await service.searchLoyaltyAccounts('7004')).toEqual([]);
  });

  it('answers card 14420000 with exactly what the seed example says', async () => {
    const { service } = connect();
    const seed = openEnvelope(enquiryResponse);
    if (seed.kind !== 'payload') throw new Error('fault');
    expect(await service.enquire({ cardNumber: '14420000', accountType: LOYALTY })).toEqual(
      BALANCE_ENQUIRY.decode(seed.payload, {
        account: { cardNumber: '14420000', accountType: LOYALTY },
        context: { currencyId: 'GBP', locationId: '0005' },
      }),
    );
  });

  it('reaches every outcome', async () => {
    const { sim, service } = connect();
    expect(
      await service.enquire({ cardNumber: '9999999999999999', accountType: LOYALTY }),
    ).toMatchObject({ outcome: 'NoAccount' });
    expect(
      await service.enquire({ cardNumber: '14420000', accountType: 'giftCard' }),
    ).toMatchObject({ outcome: 'UnknownAccountType' });
    let closed: string | undefined;
    for (let p = 0; p < sim.store.size && !closed; p++) {
      for (const a of sim.accounts.forCustomer(sim.store.at(p).customerNumber))
        if (a.status === 'CLOSED') closed = a.accountId;
    }
    expect(closed).toBeDefined();
    expect(await service.enquire({ accountId: closed!, accountType: LOYALTY })).toEqual({
      outcome: 'Fail',
      message: `Account ${closed} is closed.`,
    });
  });

  it("finds a generated customer's account by its card", async () => {
    const { sim, service } = connect();
    const member = Array.from({ length: 50 }, (_, p) => sim.store.at(p + 3)).find(
      (c) => c.hasLoyaltyAccounts,
    )!;
    const [account] = await service.searchLoyaltyAccounts(member.customerNumber);
    const byId = await service.enquire({ accountId: account!.accountId, accountType: LOYALTY });
    if (byId.outcome !== 'Success' || !byId.card)
      throw new Error('expected an account with a card');
    expect(byId.card.pan).toMatch(/^633785\d{10}$/);
    const byCard = await service.enquire({ cardNumber: byId.card.pan, accountType: LOYALTY });
    expect(byCard).toEqual(byId);
    expect(byCard.outcome === 'Success' && byCard.customer?.surname).toBe(member.surname);
  });

  it('applies an update once per (device, transaction), even when repeated', async () => {
    const { service } = connect();
    const first = await service.update(update('5000001', 150));
    expect(first).toMatchObject({ outcome: 'Success', balance: 6178, updateAmount: 150 });
    expect(await service.update(update('5000001', 150))).toEqual(first);
    expect(await service.update(update('5000002', 150))).toMatchObject({ balance: 6328 });
    const enquiry = await service.enquire({ cardNumber: '14420000', accountType: LOYALTY });
    expect(enquiry.outcome === 'Success' && enquiry.balance.balance).toBe(6328);
  });

  it('the same key for another amount gets the first answer, which the client refuses', async () => {
    const { sim, service } = connect();
    await service.update(update('5000003', 150));
    await expect(service.update(update('5000003', 200))).rejects.toThrow(
      /the answer is for amount 150, not 200/,
    );
    expect(sim.accounts.byId('200')?.balance).toBe(6178);
    expect(sim.accounts.updatesApplied('200')).toBe(1);
  });

  it('non-idempotent on request: every repeat moves the balance, and is counted', async () => {
    const { sim, service } = connect();
    const control = (body: unknown) =>
      sim.handle(
        new Request('http://sim.test/__simulator/idempotency', {
          method: 'PUT',
          body: JSON.stringify(body),
        }),
      );
    expect((await control({ idempotent: 'no' })).status).toBe(400);
    expect(await (await control({ idempotent: false })).json()).toEqual({ idempotent: false });
    await service.update(update('5000004', 150));
    await service.update(update('5000004', 150));
    expect(sim.accounts.byId('200')?.balance).toBe(6328);
    expect(sim.accounts.updatesApplied('200')).toBe(2);
    expect(sim.accounts.applicationsOf(updateKey('POS-01', '5000004'))).toBe(2);
    // A reset makes it idempotent again.
    sim.accounts.reset();
    expect(sim.accounts.idempotent).toBe(true);
  });

  it('a connection dropped after the update is applied: the retry does not apply it twice', async () => {
    const { sim, service } = connect();
    sim.faults.set({ kind: 'disconnect', count: 1, operation: 'submitAccountBalanceUpdate' });
    await expect(service.update(update('7000001', 150))).rejects.toBeInstanceOf(NetworkError);
    expect(await service.update(update('7000001', 150))).toMatchObject({
      outcome: 'Success',
      balance: 6178,
    });
  });

  it('refuses an update for an unknown card without applying anything', async () => {
    const { service } = connect();
    expect(
      await service.update(update('1', 10, { cardNumber: '123', accountType: LOYALTY })),
    ).toMatchObject({
      outcome: 'NoAccount',
    });
  });

  it('a server that is down applies nothing: the till hears a network error', async () => {
    const { sim, service } = connect();
    sim.faults.set({ kind: 'unreachable', count: 1, operation: 'submitAccountBalanceUpdate' });
    await expect(service.update(update('8000001', 150))).rejects.toBeInstanceOf(NetworkError);
    expect(sim.accounts.byId('200')?.balance).toBe(6028);
    expect(sim.accounts.updatesApplied('200')).toBe(0);
    expect(await service.update(update('8000001', 150))).toMatchObject({ balance: 6178 });
    expect(sim.accounts.updatesApplied('200')).toBe(1);
  });

  it('control API: reads an account and its ledger, and resets to the seed', async () => {
    const { sim, service } = connect();
    await service.update(update('9000001', 150));
    const read = async () =>
      (await sim.handle(new Request('http://sim.test/__simulator/accounts/200'))).json();
    expect(await read()).toMatchObject({ accountId: '200', balance: 6178, updatesApplied: 1 });
    const reset = await sim.handle(
      new Request('http://sim.test/__simulator/accounts/reset', { method: 'POST' }),
    );
    expect(reset.status).toBe(200);
    expect(await read()).toMatchObject({ balance: 6028, updatesApplied: 0 });
    // The ledger is forgotten too: the same transaction applies again after a reset.
    expect(await service.update(update('9000001', 150))).toMatchObject({ balance: 6178 });
  });

  it('chaos faults hit about the chance asked for, every kind, replayably', async () => {
    const { sim } = connect(10);
    const run = () => {
      sim.faults.set({ kind: 'random', count: 100_000, probability: 0.3, seed: 99 });
      return Array.from({ length: 2000 }, () => sim.faults.take('x')?.kind ?? null);
    };
    const first = run();
    const hits = first.filter((k) => k !== null);
    expect(hits.length / first.length).toBeGreaterThan(0.27);
    expect(hits.length / first.length).toBeLessThan(0.33);
    expect(new Set(hits).size).toBe(6);
    expect(run()).toEqual(first);
  });
});
