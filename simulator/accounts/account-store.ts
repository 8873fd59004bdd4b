import type { CustomerStore } from '../customers/customer-store.ts';

export const LOYALTY = 'customerLoyaltyAccount';

/** The idempotency key of a balance update: device id and transaction id. */
export const updateKey = (deviceId: string, transactionId: string) =>
  `${deviceId}\u0000${transactionId}`;
export const KNOWN_ACCOUNT_TYPES = new Set([
  LOYALTY,
  'customerCreditAccount',
  'customerDepositAccount',
]);

export interface AccountRecord {
  readonly accountId: string;
  readonly accountType: string;
  readonly status: 'ACTIVE' | 'CLOSED';
  readonly customerNumber: string;
  readonly currencyId: string;
  readonly openedDate: string;
  readonly loyaltySchemeId: string;
  readonly tierCode: string;
  readonly pan: string | null;
  readonly cardCreatedOn: string | null;
  balance: number;
  balanceDate: string;
}

/** The seed's accounts exactly (seed 002): customer 100 has 200 (card 14420000) and 4. */
function seedAccounts(): AccountRecord[] {
  return [
    {
      accountId: '200',
      accountType: LOYALTY,
      status: 'ACTIVE',
      customerNumber: '100',
      currencyId: 'GBP',
      openedDate: '2021-11-01T00:00:00Z',
      loyaltySchemeId: 'LOYALTY_UK',
      tierCode: 'UK3',
      pan: '14420000',
      cardCreatedOn: '2021-11-01T00:00:00Z',
      balance: 6028,
      balanceDate: '2024-02-14T14:13:38Z',
    },
    {
      accountId: '4',
      accountType: LOYALTY,
      status: 'ACTIVE',
      customerNumber: '100',
      currencyId: 'GBP',
      openedDate: '2019-06-12T00:00:00Z',
      loyaltySchemeId: 'LOYALTY_UK',
      tierCode: 'UK1',
      pan: null,
      cardCreatedOn: null,
      balance: 310,
      balanceDate: '2023-08-30T11:02:00Z',
    },
  ];
}

const CARD_PREFIX = '633785';
const TIERS = ['UK1', 'UK2', 'UK3'];

/** A stable small hash, so a customer's generated accounts are the same every run. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * Loyalty accounts and cards. Generated customers' accounts are derived from their number
 * (account id = number x 10 + k, card = prefix + account id + Luhn digit), so a million
 * customers cost no memory until an account's balance changes.
 */
export class AccountStore {
  private readonly seeded = new Map<string, AccountRecord>();
  private readonly seededCards = new Map<string, string>();
  private readonly touched = new Map<string, AccountRecord>();
  /** (device id, transaction id) -> the answer first given: a repeat is the same update. */
  private readonly applied = new Map<string, { accountId: string; answer: string }>();
  /** Every time a balance moved, per account and per key: a doubled write shows here. */
  private readonly appliedPerAccount = new Map<string, number>();
  private readonly applications = new Map<string, number>();
  /**
   * False only to prove the tests can see doubles: every update then moves the balance,
   * repeats included, as a server that ignores the idempotency key would.
   */
  idempotent = true;

  constructor(private readonly customers: CustomerStore) {
    this.reset();
  }

  /** Back to the seed's balances, forgetting every update (QA between journeys). */
  reset(): void {
    this.seeded.clear();
    this.seededCards.clear();
    this.touched.clear();
    this.applied.clear();
    this.appliedPerAccount.clear();
    this.applications.clear();
    this.idempotent = true;
    for (const a of seedAccounts()) {
      this.seeded.set(a.accountId, a);
      if (a.pan) this.seededCards.set(a.pan, a.accountId);
    }
  }

  /** The answer given to an update already applied under this idempotency key. */
  answerFor(key: string): string | undefined {
    return this.applied.get(key)?.answer;
  }

  /** How many times this account's balance moved since the last reset (repeats included). */
  updatesApplied(accountId: string): number {
    return this.appliedPerAccount.get(accountId) ?? 0;
  }

  /** How many times the update under this key moved a balance: 1 when exactly once. */
  applicationsOf(key: string): number {
    return this.applications.get(key) ?? 0;
  }

  /** Every key applied at least once, with its count. */
  ledger(): ReadonlyMap<string, number> {
    return this.applications;
  }

  forCustomer(customerNumber: string): AccountRecord[] {
    const seeded = [...this.seeded.values()].filter((a) => a.customerNumber === customerNumber);
    if (seeded.length > 0) return seeded;
    const customer = this.customers.get(customerNumber);
    if (!customer?.hasLoyaltyAccounts || !/^\d{1,14}$/.test(customerNumber)) return [];
    const count = hash(customerNumber) % 10 === 0 ? 2 : 1;
    return Array.from(
      { length: count },
      (_, k) => this.byId(String(Number(customerNumber) * 10 + k)) as AccountRecord,
    );
  }

  byId(accountId: string): AccountRecord | undefined {
    const known = this.seeded.get(accountId) ?? this.touched.get(accountId);
    if (known) return known;
    if (!/^\d{2,15}$/.test(accountId)) return undefined;
    const id = Number(accountId);
    const customerNumber = String(Math.floor(id / 10));
    const k = id % 10;
    const customer = this.customers.get(customerNumber);
    if (!customer?.hasLoyaltyAccounts) return undefined;
    const h = hash(customerNumber);
    if (k >= (h % 10 === 0 ? 2 : 1)) return undefined;
    const body = CARD_PREFIX + accountId.padStart(9, '0');
    const year = 2015 + (h % 10);
    return {
      accountId,
      accountType: LOYALTY,
      status: h % 97 === 0 ? 'CLOSED' : 'ACTIVE',
      customerNumber,
      currencyId: 'GBP',
      openedDate: `${year}-0${1 + (h % 9)}-1${h % 10}T00:00:00Z`,
      loyaltySchemeId: 'LOYALTY_UK',
      tierCode: TIERS[(h >>> 4) % 3] as string,
      pan: body + luhnDigit(body),
      cardCreatedOn: `${year}-0${1 + (h % 9)}-1${h % 10}T00:00:00Z`,
      balance: (h >>> 8) % 20000,
      balanceDate: '2026-10-01T09:00:00Z',
    };
  }

  byCard(pan: string): AccountRecord | undefined {
    const digits = pan.replace(/[\s-]/g, '');
    const seeded = this.seededCards.get(digits);
    if (seeded) return this.byId(seeded);
    if (!digits.startsWith(CARD_PREFIX) || digits.length !== 16) return undefined;
    const body = digits.slice(0, 15);
    if (luhnDigit(body) !== digits[15]) return undefined;
    const account = this.byId(String(Number(body.slice(CARD_PREFIX.length))));
    return account?.pan === digits ? account : undefined;
  }

  /**
   * Applies an amount once per idempotency key and returns the account as it now stands;
   * `answer` builds the reply that a repeat of the key will get.
   */
  apply(
    key: string,
    account: AccountRecord,
    amount: number,
    at: string,
    answer: (account: AccountRecord) => string,
  ): string {
    const earlier = this.applied.get(key);
    if (earlier && this.idempotent) return earlier.answer;
    const current = this.seeded.get(account.accountId) ??
      this.touched.get(account.accountId) ?? { ...account };
    current.balance += amount;
    current.balanceDate = at;
    if (!this.seeded.has(current.accountId)) this.touched.set(current.accountId, current);
    const reply = answer(current);
    if (!earlier) this.applied.set(key, { accountId: current.accountId, answer: reply });
    this.applications.set(key, (this.applications.get(key) ?? 0) + 1);
    this.appliedPerAccount.set(
      current.accountId,
      (this.appliedPerAccount.get(current.accountId) ?? 0) + 1,
    );
    return reply;
  }
}
