import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import type { Households } from './households.ts';

/**
 * Relationships between customers. One record per PAIR of customers (the natural key), read
 * from either side: "B is A's PARENT" is, seen from B, "A is B's CHILD". Saving the same pair
 * again changes its type, never adds a second record, so a retried save is harmless.
 * Generated households are related on read (spouse, parent/child, sibling); what tills save
 * overrides them pair by pair.
 */

export const RELATIONSHIP_TYPES = [
  'SPOUSE',
  'PARENT',
  'CHILD',
  'SIBLING',
  'ASSISTANT',
  'EMPLOYER',
  'OTHER',
] as const;
export type RelationshipTypeId = (typeof RELATIONSHIP_TYPES)[number];

/** What the related customer is to the other, seen from the other side. */
export const INVERSE: Readonly<Record<RelationshipTypeId, RelationshipTypeId>> = {
  SPOUSE: 'SPOUSE',
  PARENT: 'CHILD',
  CHILD: 'PARENT',
  SIBLING: 'SIBLING',
  ASSISTANT: 'EMPLOYER',
  EMPLOYER: 'ASSISTANT',
  OTHER: 'OTHER',
};

/** `to` is `from`'s `type` (e.g. from 100, to 7004, ASSISTANT: 7004 is 100's assistant). */
export interface RelationshipEdge {
  readonly from: string;
  readonly to: string;
  readonly type: RelationshipTypeId;
}

export interface Relationship {
  readonly customerNumber: string;
  readonly relatedCustomerNumber: string;
  readonly typeId: RelationshipTypeId;
  readonly related: CustomerRecord;
}

export interface RelationshipChange {
  readonly relatedCustomerNumber: string;
  readonly typeId: string;
  readonly deleted: boolean;
}

export type ValidationProblem = { field: string; message: string };

/** Demo data of the seed customers: Aspen Green (7004) is Amelia Baldwin's (100) assistant. */
export const SEED_RELATIONSHIPS: readonly RelationshipEdge[] = [
  { from: '100', to: '7004', type: 'ASSISTANT' },
];

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const YEAR = 365.25 * 86_400_000;
const ORDER = new Map(RELATIONSHIP_TYPES.map((t, i) => [t, i]));
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function viewFrom(customerNumber: string, edge: RelationshipEdge) {
  return edge.from === customerNumber
    ? { related: edge.to, type: edge.type }
    : { related: edge.from, type: INVERSE[edge.type] };
}

export class RelationshipStore {
  /** Pair -> what a till saved (null: removed). */
  private readonly saved = new Map<string, RelationshipEdge | null>();
  private readonly savedPairsOf = new Map<string, Set<string>>();

  constructor(
    private readonly customers: CustomerStore,
    private readonly households: Households,
    private readonly seedEdges: readonly RelationshipEdge[] = SEED_RELATIONSHIPS,
  ) {}

  /** Relationships the data starts with: the seed's and the generated households'. */
  private generated(customerNumber: string): RelationshipEdge[] {
    const edges = this.seedEdges.filter(
      (e) => e.from === customerNumber || e.to === customerNumber,
    );
    const members = this.households.membersOf(customerNumber);
    if (members.length < 2) return edges;
    const born = members.map((n) => {
      const dob = this.customers.get(n)?.dateOfBirth;
      return dob ? Date.parse(dob) : NaN;
    });
    const head = born[0] as number;
    const childOfHead = (i: number) => (born[i] as number) - head >= 18 * YEAR;
    const at = members.indexOf(customerNumber);
    for (let i = 0; i < members.length; i++) {
      if (i === at) continue;
      const [a, b] = i < at ? [i, at] : [at, i];
      const gap = (born[b] as number) - (born[a] as number);
      const from = members[a] as string;
      const to = members[b] as string;
      let edge: RelationshipEdge;
      if (Math.abs(gap) >= 18 * YEAR)
        edge = gap > 0 ? { from: to, to: from, type: 'PARENT' } : { from, to, type: 'PARENT' };
      else if (a === 0 && b === 1) edge = { from, to, type: 'SPOUSE' };
      else if (a > 0 && childOfHead(a) && childOfHead(b)) edge = { from, to, type: 'SIBLING' };
      else edge = { from, to, type: 'OTHER' };
      edges.push(edge);
    }
    return edges;
  }

  /** The customer's relationships, by type then the related customer's name. */
  of(customerNumber: string): Relationship[] {
    const edges = new Map<string, RelationshipEdge>();
    for (const e of this.generated(customerNumber)) {
      const key = pairKey(e.from, e.to);
      if (!this.saved.has(key)) edges.set(key, e);
    }
    for (const key of this.savedPairsOf.get(customerNumber) ?? []) {
      const e = this.saved.get(key);
      if (e) edges.set(key, e);
    }
    const out: Relationship[] = [];
    for (const e of edges.values()) {
      const { related, type } = viewFrom(customerNumber, e);
      const record = this.customers.get(related);
      if (record)
        out.push({ customerNumber, relatedCustomerNumber: related, typeId: type, related: record });
    }
    const nameKey = (r: Relationship) =>
      `${fold(r.related.surname)}\u0000${fold(r.related.forename)}\u0000${r.relatedCustomerNumber}`;
    return out.sort(
      (a, b) =>
        (ORDER.get(a.typeId) as number) - (ORDER.get(b.typeId) as number) ||
        (nameKey(a) < nameKey(b) ? -1 : 1),
    );
  }

  /** The relationship between two customers as the first sees it, if any. */
  between(customerNumber: string, relatedCustomerNumber: string): RelationshipTypeId | null {
    const key = pairKey(customerNumber, relatedCustomerNumber);
    if (this.saved.has(key)) {
      const e = this.saved.get(key);
      return e ? viewFrom(customerNumber, e).type : null;
    }
    const e = this.generated(customerNumber).find((g) => pairKey(g.from, g.to) === key);
    return e ? viewFrom(customerNumber, e).type : null;
  }

  /** Field problems of a save, named `customerRelationship[i].field` (i from 0). */
  validate(customerNumber: string, changes: readonly RelationshipChange[]): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const seen = new Set<string>();
    changes.forEach((c, i) => {
      const field = (name: string) => `customerRelationship[${i}].${name}`;
      const related = c.relatedCustomerNumber;
      if (related === '')
        problems.push({
          field: field('relatedCustomerId'),
          message: 'Choose the related customer.',
        });
      else if (related === customerNumber)
        problems.push({
          field: field('relatedCustomerId'),
          message: 'A customer cannot be related to themselves.',
        });
      else if (!this.customers.get(related))
        problems.push({
          field: field('relatedCustomerId'),
          message: `There is no customer ${related}.`,
        });
      else if (seen.has(related))
        problems.push({
          field: field('relatedCustomerId'),
          message: `Customer ${related} is listed more than once.`,
        });
      seen.add(related);
      if (!c.deleted && !(RELATIONSHIP_TYPES as readonly string[]).includes(c.typeId))
        problems.push({
          field: field('relationshipTypeId'),
          message: `The relationship must be one of ${RELATIONSHIP_TYPES.join(', ')}.`,
        });
    });
    return problems;
  }

  /** Applies validated changes: each sets (or removes) the one record of its pair. */
  apply(customerNumber: string, changes: readonly RelationshipChange[]): void {
    for (const c of changes) {
      const key = pairKey(customerNumber, c.relatedCustomerNumber);
      if (c.deleted) {
        const started = this.generated(customerNumber).some((g) => pairKey(g.from, g.to) === key);
        if (started) this.saved.set(key, null);
        else this.saved.delete(key);
      } else {
        this.saved.set(key, {
          from: customerNumber,
          to: c.relatedCustomerNumber,
          type: c.typeId as RelationshipTypeId,
        });
      }
      for (const n of [customerNumber, c.relatedCustomerNumber]) {
        const pairs = this.savedPairsOf.get(n) ?? new Set<string>();
        pairs.add(key);
        this.savedPairsOf.set(n, pairs);
      }
    }
  }

  /** Relationship records tills have saved and not removed (one per pair). */
  get savedCount(): number {
    let n = 0;
    for (const e of this.saved.values()) if (e) n++;
    return n;
  }

  reset(): void {
    this.saved.clear();
    this.savedPairsOf.clear();
  }
}
