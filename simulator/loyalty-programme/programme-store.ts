import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';

/** One row of a member's history, as seed 003 writes it (dates `MM/DD/YYYY`, UTC). */
export interface HistoryRow {
  readonly Activity?: string;
  readonly Date: string;
  readonly PointAmount: number;
  readonly Document?: string;
  readonly Reason?: string;
  readonly Location?: string;
}

export interface Member {
  readonly customerNumber: string;
  readonly programName: string;
  readonly earningDescription: string;
  readonly redemptionDescription: string;
  readonly status: string;
  pointBalance: number;
  openAuthorizations: number;
  pendingPointsEarned: number;
  readonly history: HistoryRow[];
  /** Earn references already applied, with what they earned: a repeat adds nothing. */
  readonly earned: Map<string, { readonly points: number; readonly reason: string }>;
  /** Sale id -> the echo first given: a repeat holds nothing more. */
  readonly authorised: Map<string, unknown>;
}

const PROGRAM = {
  programName: 'Loyalty program 1',
  earningDescription: 'Return Listing of CP Earning Rule Descriptions',
  redemptionDescription: 'Return Listing of CP Redemption Rule Descriptions',
  status: 'active',
};

/** The references a history already holds (seed 003: an earning's Document is its Reference). */
function earnedFrom(history: readonly HistoryRow[]): Member['earned'] {
  return new Map(
    history
      .filter((h) => h.Document && !h.Activity)
      .map((h) => [h.Document as string, { points: h.PointAmount, reason: h.Reason ?? '' }]),
  );
}

/** Seed 003's member exactly, and the member of its Earn example. */
function seedMembers(): Member[] {
  const member = (
    customerNumber: string,
    pointBalance: number,
    openAuthorizations: number,
    history: HistoryRow[],
  ): Member => ({
    customerNumber,
    ...PROGRAM,
    pointBalance,
    openAuthorizations,
    pendingPointsEarned: 0,
    history,
    earned: earnedFrom(history),
    authorised: new Map(),
  });
  return [
    member('CPOL-123185', 1504, 1000, [
      { Activity: 'Historical Summary', Date: '11/29/2015', PointAmount: 1404 },
      { Date: '07/02/2020', PointAmount: 100, Document: '123456789', Reason: 'Facebook Share' },
      {
        Activity: 'Pending Charge',
        Date: '07/02/2020',
        PointAmount: 1000,
        Location: 'Web Order',
        Document: 'WB-101-10444',
      },
    ]),
    member('2059378440', 2500, 0, [
      { Activity: 'Historical Summary', Date: '12/01/2025', PointAmount: 2500 },
    ]),
  ];
}

/** The customers the seed members are (names are the simulator's; seed 003 gives none). */
export const PROGRAMME_CUSTOMERS: readonly CustomerRecord[] = [
  ['CPOL-123185', 'Ms', 'Chloe', 'Porter', '12 Fore Street', 'Hertford', 'SG13 7AA'],
  ['2059378440', 'Mr', 'Daniel', 'Fraser', '4 Castle Street', 'Luton', 'LU1 3AJ'],
].map(([customerNumber, title, forename, surname, street1, town, postCode]) => ({
  customerNumber: customerNumber as string,
  title: title as string,
  forename: forename as string,
  surname: surname as string,
  dateOfBirth: null,
  organisation: '',
  tradingName: '',
  lastTransactionDate: null,
  street1: street1 as string,
  street2: '',
  street3: '',
  town: town as string,
  province: '',
  postCode: postCode as string,
  hasLoyaltyAccounts: false,
}));

export const usDate = (d: Date) =>
  `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const REASONS = ['Purchase', 'Facebook Share', 'Product Review', 'Birthday Bonus'];

/**
 * Programme members: the seed's, and every simulator customer with loyalty accounts (derived
 * from the customer number, so they cost nothing until they earn or redeem).
 */
export class ProgrammeStore {
  private readonly members = new Map<string, Member>();
  /** Every time an Earn added points, per (customer, reference): a doubled write shows here. */
  private readonly applications = new Map<string, number>();
  /** False only to prove the tests can see doubles: every Earn and Authorize then applies. */
  idempotent = true;

  constructor(
    private readonly customers: CustomerStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.reset();
  }

  reset(): void {
    this.members.clear();
    this.applications.clear();
    this.idempotent = true;
    for (const m of seedMembers()) this.members.set(m.customerNumber, m);
  }

  /** Counts one application of an Earn (called each time points are added). */
  countEarn(customerNumber: string, reference: string): void {
    const key = `${customerNumber}\u0000${reference}`;
    this.applications.set(key, (this.applications.get(key) ?? 0) + 1);
  }

  /** How many times this Earn added points: 1 when exactly once. */
  earnApplications(customerNumber: string, reference: string): number {
    return this.applications.get(`${customerNumber}\u0000${reference}`) ?? 0;
  }

  isCustomer(customerNumber: string): boolean {
    return this.members.has(customerNumber) || this.customers.get(customerNumber) !== undefined;
  }

  member(customerNumber: string): Member | undefined {
    const known = this.members.get(customerNumber);
    if (known) return known;
    const customer = this.customers.get(customerNumber);
    if (!customer?.hasLoyaltyAccounts) return undefined;
    const derived = this.derive(customer);
    this.members.set(customerNumber, derived);
    return derived;
  }

  private derive(customer: CustomerRecord): Member {
    const h = hash(customer.customerNumber);
    const day = 86_400_000;
    const today = this.now().getTime();
    const history: HistoryRow[] = [
      {
        Activity: 'Historical Summary',
        Date: usDate(new Date(today - (330 + (h % 30)) * day)),
        PointAmount: 200 + (h % 1800),
      },
    ];
    for (let i = 0; i < 1 + (h % 4); i++) {
      history.push({
        Date: usDate(new Date(today - (300 - i * 70 - ((h >>> i) % 20)) * day)),
        PointAmount: 10 + ((h >>> (i + 3)) % 240),
        Document: `R${(h % 90000) + 10000}-${i + 1}`,
        Reason: REASONS[(h >>> i) % REASONS.length] as string,
        Location: 'Store 0005',
      });
    }
    const pointBalance = history.reduce((n, r) => n + r.PointAmount, 0);
    return {
      customerNumber: customer.customerNumber,
      ...PROGRAM,
      pointBalance,
      openAuthorizations: 0,
      pendingPointsEarned: 0,
      history,
      earned: earnedFrom(history),
      authorised: new Map(),
    };
  }
}
