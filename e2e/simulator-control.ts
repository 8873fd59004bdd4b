import { expect, type APIRequestContext } from '@playwright/test';

export const SIMULATOR_URL = `http://127.0.0.1:${process.env.SIMULATOR_PORT ?? 4010}`;
/**
 * large-answer.spec.ts's own simulator: two ports after the shared one, as playwright.config.ts
 * names it in the page's Content-Security-Policy.
 */
export const SECOND_SIMULATOR_PORT = Number(new URL(SIMULATOR_URL).port) + 2;
/** False when the journeys run against a real Enactor server (E2E_TERMINAL_CONFIG). */
export const AGAINST_SIMULATOR = !process.env.E2E_TERMINAL_CONFIG;
export const DEMO_LOYALTY_TOKEN = 'demo-loyalty-token';

export interface FaultPlan {
  kind: string;
  count?: number;
  delayMs?: number;
  operation?: string;
}

export interface Member {
  PointBalance: number;
  OpenAuthorizations: number;
  AvailablePointBalance: number;
  History: { Document?: string; Reason?: string; PointAmount: number }[];
}

/**
 * The simulator's control API (fault switch, ledger, test data) and its REST programme as
 * another till would call it. Journeys that use it are tagged @simulator.
 */
export class SimulatorControl {
  constructor(private readonly request: APIRequestContext) {}

  async fault(plan: FaultPlan) {
    const res = await this.request.put(`${SIMULATOR_URL}/__simulator/faults`, { data: plan });
    expect(res.ok()).toBe(true);
  }

  /** The fault still armed, or null once every planned call has had it. */
  async armedFault(): Promise<{ remaining: number } | null> {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/status`);
    return ((await res.json()) as { fault: { remaining: number } | null }).fault;
  }

  async clearFaults() {
    await this.request.delete(`${SIMULATOR_URL}/__simulator/faults`);
  }

  /** The server goes down for one operation: connections drop before any work is done. */
  async down(operation: string) {
    await this.fault({ kind: 'unreachable', count: 100_000, operation });
  }

  async up() {
    await this.clearFaults();
  }

  /** Balances back to the seed's (6,028 on account 200) and every update forgotten. */
  async resetAccounts() {
    const res = await this.request.post(`${SIMULATOR_URL}/__simulator/accounts/reset`);
    expect(res.ok()).toBe(true);
  }

  /** An account as the simulator's ledger has it. */
  async account(accountId: string): Promise<{ balance: number; updatesApplied: number }> {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/accounts/${accountId}`);
    expect(res.ok()).toBe(true);
    return (await res.json()) as { balance: number; updatesApplied: number };
  }

  /** A programme member as the simulator's REST controller reports it. */
  async member(customerNumber: string): Promise<Member> {
    const res = await this.request.get(
      `${SIMULATOR_URL}/Loyalty/${encodeURIComponent(customerNumber)}/BalanceCheck`,
      { headers: { Authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` } },
    );
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { Loyalty: Member }).Loyalty;
  }

  /** Another till holds points for a sale, behind this till's back. */
  async authorizeElsewhere(ref: string, saleId: string, points: number) {
    const res = await this.request.post(`${SIMULATOR_URL}/Loyalty/Authorize`, {
      headers: { Authorization: `Bearer ${DEMO_LOYALTY_TOKEN}` },
      data: { Type: 'loyalty', Ref: ref, SaleId: saleId, RequestedPoints: points },
    });
    expect(res.status()).toBe(200);
  }

  async addCustomer(customer: Record<string, unknown>): Promise<{ customerNumber: string }> {
    const res = await this.request.post(`${SIMULATOR_URL}/__simulator/customers`, {
      data: customer,
    });
    expect(res.status()).toBe(201);
    return (await res.json()) as { customerNumber: string };
  }

  /** Forget the contacts and relationships tills saved (generated history stays). */
  async resetCrm() {
    const res = await this.request.post(`${SIMULATOR_URL}/__simulator/crm/reset`);
    expect(res.ok()).toBe(true);
  }

  /** How many contacts tills have saved since the last reset: proof a save happened once. */
  async contactsSaved(): Promise<number> {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/crm/status`);
    expect(res.ok()).toBe(true);
    return ((await res.json()) as { contactsSaved: number }).contactsSaved;
  }

  /** The e-mails tills recorded since the last reset (what the Enactor server would send). */
  async emailsRecorded(): Promise<
    { customerNumber: string; recipients: string[]; subject: string; body: string }[]
  > {
    const res = await this.request.get(`${SIMULATOR_URL}/__simulator/crm/emails`);
    expect(res.ok()).toBe(true);
    return (await res.json()) as {
      customerNumber: string;
      recipients: string[];
      subject: string;
      body: string;
    }[];
  }
}
