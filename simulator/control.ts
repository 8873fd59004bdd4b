import { z } from 'zod';
import type { AccountStore } from './accounts/account-store.ts';
import type { CustomerStore } from './customers/customer-store.ts';
import type { Clienteling } from './crm/clienteling-stores.ts';
import type { ProgrammeStore } from './loyalty-programme/programme-store.ts';
import { FAULT_KINDS, type FaultSwitch } from './faults.ts';

/** JSON control API under /__simulator/: faults and test data for QA and trainers. */
const faultSchema = z.object({
  kind: z
    .enum(['random', ...FAULT_KINDS] as [string, ...string[]])
    .transform((k) => k as (typeof FAULT_KINDS)[number] | 'random'),
  count: z.number().int().min(1).max(1_000_000).default(1),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  operation: z.string().min(1).optional(),
  probability: z.number().gt(0).max(1).optional(),
  seed: z.number().int().optional(),
});

const text = z.string().max(200).default('');
const customerSchema = z.object({
  customerNumber: z
    .string()
    .regex(/^\w{1,20}$/)
    .optional(),
  title: text,
  forename: z.string().min(1).max(100),
  surname: z.string().min(1).max(100),
  dateOfBirth: z.string().nullable().default(null),
  organisation: text,
  tradingName: text,
  street1: text,
  street2: text,
  street3: text,
  town: text,
  province: text,
  postCode: text,
  hasLoyaltyAccounts: z.boolean().default(false),
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export async function handleControl(
  request: Request,
  path: string,
  deps: {
    store: CustomerStore;
    faults: FaultSwitch;
    accounts: AccountStore;
    programme: ProgrammeStore;
    clienteling: Clienteling;
  },
): Promise<Response> {
  const { store, faults, accounts, programme, clienteling } = deps;
  const body = async (): Promise<unknown> => {
    try {
      return (await request.json()) as unknown;
    } catch {
      return undefined;
    }
  };
  if (path === 'status' && request.method === 'GET') {
    return json(200, {
      customers: store.size,
      fault: faults.status(),
      idempotent: accounts.idempotent && programme.idempotent,
    });
  }
  // Proof that tests can see doubles: a server that applies every repeat. Reset restores it.
  if (path === 'idempotency' && request.method === 'PUT') {
    const parsed = z.object({ idempotent: z.boolean() }).safeParse(await body());
    if (!parsed.success) return json(400, { error: z.prettifyError(parsed.error) });
    accounts.idempotent = parsed.data.idempotent;
    programme.idempotent = parsed.data.idempotent;
    return json(200, { idempotent: parsed.data.idempotent });
  }
  if (path === 'faults' && request.method === 'PUT') {
    const parsed = faultSchema.safeParse(await body());
    if (!parsed.success) return json(400, { error: z.prettifyError(parsed.error) });
    faults.set(parsed.data);
    return json(200, { fault: faults.status() });
  }
  if (path === 'faults' && request.method === 'DELETE') {
    faults.clear();
    return json(200, { fault: null });
  }
  if (path === 'customers' && request.method === 'POST') {
    const parsed = customerSchema.safeParse(await body());
    if (!parsed.success) return json(400, { error: z.prettifyError(parsed.error) });
    const { customerNumber, ...fields } = parsed.data;
    try {
      const record = store.add({
        ...fields,
        customerNumber: customerNumber ?? store.nextCustomerNumber(),
        lastTransactionDate: null,
      });
      return json(201, record);
    } catch (error) {
      return json(409, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Every balance back to the seed's: AccountBalanceService accounts and programme members;
  // the server idempotent again.
  if (path === 'accounts/reset' && request.method === 'POST') {
    accounts.reset();
    programme.reset();
    return json(200, { reset: true });
  }
  const account = /^accounts\/([^/]+)$/.exec(path);
  if (account && request.method === 'GET') {
    const found = accounts.byId(decodeURIComponent(account[1] as string));
    if (!found) return json(404, { error: 'no such account' });
    return json(200, {
      accountId: found.accountId,
      balance: found.balance,
      balanceDate: found.balanceDate,
      updatesApplied: accounts.updatesApplied(found.accountId),
    });
  }
  // What the till saved as notes, preferences and key dates: cleared, or counted per customer
  // (each record once, and every write that changed one: a doubled save shows as a write).
  if (path === 'clienteling/reset' && request.method === 'POST') {
    clienteling.notes.reset();
    clienteling.preferences.reset();
    clienteling.keyDates.reset();
    return json(200, { reset: true });
  }
  const saved = /^clienteling\/([^/]+)$/.exec(path);
  if (saved && request.method === 'GET') {
    const customerNumber = decodeURIComponent(saved[1] as string);
    if (!store.get(customerNumber)) return json(404, { error: 'no such customer' });
    return json(200, {
      customerNumber,
      notes: clienteling.notes.counts(customerNumber),
      preferences: clienteling.preferences.counts(customerNumber),
      keyDates: clienteling.keyDates.counts(customerNumber),
    });
  }
  return json(404, { error: `no control endpoint ${request.method} /__simulator/${path}` });
}
