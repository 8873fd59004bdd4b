import { describe, expect, it } from 'vitest';
import {
  consentFor,
  linesTotal,
  NO_CONTACT_CRITERIA,
  NO_TRANSACTION_CRITERIA,
  type ContactDraft,
} from '../../domain/crm-history';
import { connectSimulator } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';

/** The client against the simulator in this process: the contract both sides keep. */
function connect() {
  const connected = connectSimulator({ customers: 50 });
  return {
    ...connected,
    crm: createCrmCustomerDataService(connected.endpoint('crmCustomerDataService')),
  };
}

const crmStatus = async (sim: ReturnType<typeof connect>['sim']) =>
  (await (await sim.handle(new Request('http://sim.test/__simulator/crm/status'))).json()) as {
    contactsSaved: number;
  };

describe('CRM history against the simulator', () => {
  it("Amelia's 50 transactions come newest first in 3 pages of 20, with the summary of all 50", async () => {
    const { crm } = connect();
    const pages = [];
    for (const offset of [0, 20, 40]) {
      const result = await crm.transactionHistory('100', NO_TRANSACTION_CRITERIA, {
        offset,
        count: 20,
      });
      if (result.outcome !== 'Success') throw new Error(result.outcome);
      pages.push(result);
    }
    expect(pages.map((p) => p.page.rows.length)).toEqual([20, 20, 10]);
    expect(pages[0]!.page.total).toBe(50);
    expect(pages[0]!.page.rows[0]).toMatchObject({
      date: expect.stringMatching(/^2026-11-14/),
      value: 12900,
    });
    expect(pages[2]!.page.rows.at(-1)!.date).toMatch(/^2022-05-03/);
    const dates = pages.flatMap((p) => p.page.rows.map((r) => r.date));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(pages[2]!.summary).toMatchObject({
      transactionCount: 50,
      totalSpend: 689500,
      averageBasket: 16880,
    });
  });

  it('Christmas 2025 is six transactions and a summary of six', async () => {
    const { crm } = connect();
    const result = await crm.transactionHistory(
      '100',
      { ...NO_TRANSACTION_CRITERIA, fromDate: '2025-12-01', toDate: '2026-01-31' },
      { offset: 0, count: 20 },
    );
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.page.total).toBe(6);
    expect(result.summary).toMatchObject({
      visitCount: 6,
      totalSpend: 39900,
      averageBasket: 11350,
    });
    const returns = await crm.transactionHistory(
      '100',
      { ...NO_TRANSACTION_CRITERIA, typeIds: ['RETURN'], minimumValue: 10000 },
      { offset: 0, count: 20 },
    );
    if (returns.outcome !== 'Success') throw new Error(returns.outcome);
    expect(returns.page.rows.map((r) => r.value)).toEqual([-12900, -18020, -12900]);
  });

  it("every listed transaction's lines add up to its value", async () => {
    const { crm } = connect();
    const result = await crm.transactionHistory('100', NO_TRANSACTION_CRITERIA, {
      offset: 0,
      count: 20,
    });
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    for (const row of result.page.rows) {
      const enquiry = await crm.transaction(row.customerNumber, row.transactionId);
      if (enquiry.outcome !== 'Success') throw new Error(enquiry.outcome);
      expect(linesTotal(enquiry.transaction)).toBe(row.value);
    }
    expect(await crm.transaction('100', 'NOT-A-TRANSACTION')).toMatchObject({
      outcome: 'NoTransaction',
    });
  });

  it('a saved call heads Contact History; the same id again records nothing more', async () => {
    const { crm, sim } = connect();
    const before = await crm.contactHistory('100', NO_CONTACT_CRITERIA, { offset: 0, count: 1 });
    if (before.outcome !== 'Success') throw new Error(before.outcome);
    expect(before.page).toMatchObject({
      total: 14,
      rows: [{ contactHistoryId: 'GEN-100-014', userId: '1042' }],
    });
    const call: ContactDraft = {
      contactHistoryId: 'TEST-1-000000000001',
      customerNumber: '100',
      typeId: 'CALL',
      date: new Date(Date.now() - 60_000).toISOString(),
      userId: '1042',
      subject: 'Coat ready',
      text: "O'Brien & Sons <re: order>",
      callOutcomeId: 'ANSWERED',
    };
    const first = await crm.saveContact(call);
    const again = await crm.saveContact(call);
    expect(first).toMatchObject({
      outcome: 'Success',
      contact: { contactHistoryId: call.contactHistoryId, text: call.text },
    });
    expect(again).toEqual(first);
    expect((await crmStatus(sim)).contactsSaved).toBe(1);
    const after = await crm.contactHistory('100', NO_CONTACT_CRITERIA, { offset: 0, count: 20 });
    if (after.outcome !== 'Success') throw new Error(after.outcome);
    expect(after.page.total).toBe(15);
    expect(after.page.rows[0]).toMatchObject({
      contactHistoryId: call.contactHistoryId,
      text: call.text,
    });
    expect(await crm.saveContact({ ...call, subject: 'Something else' })).toMatchObject({
      outcome: 'Invalid',
      fieldErrors: { contactHistoryId: expect.stringMatching(/already recorded/) },
    });
  });

  it("Amelia's phone consent is withdrawn, from the preferences store", async () => {
    const { crm } = connect();
    const loaded = await crm.loadDetails('100');
    expect(consentFor(loaded!.consents, 'PHONE')).toBe('withdrawn');
    expect(await crm.loadDetails('NOPE')).toBeNull();
  });
});
