import type { CustomerStore } from '../customers/customer-store.ts';
import { seededRandom } from '../random.ts';
import {
  CATALOGUE,
  item,
  locationById,
  productByCode,
  STORES,
  WEB_SHOP_ID,
  itemById,
  type Item,
  type Location,
  type Product,
  type Salesperson,
} from './retail-estate.ts';

/**
 * Completed transactions per customer, DERIVED from the customer number and the simulator's
 * seed on every read (a small cache saves paging from regenerating): a million customers cost
 * no memory until their history is asked for. Returns and exchanges take back lines of the
 * customer's own earlier sales; every transaction's value is the sum of its lines.
 */

export type TransactionTypeId = 'SALE' | 'RETURN' | 'EXCHANGE' | 'WEB_ORDER';

export const TRANSACTION_TYPES: Readonly<Record<TransactionTypeId, string>> = {
  SALE: 'Sale',
  RETURN: 'Return',
  EXCHANGE: 'Exchange',
  WEB_ORDER: 'Web order',
};

export interface TransactionLine {
  readonly lineNumber: number;
  readonly productId: string;
  readonly description: string;
  /** Negative for a line taken back. */
  readonly quantity: number;
  /** Minor units; negative for a line taken back. */
  readonly effectiveNetValue: number;
  readonly salespersonUserId: string;
  readonly salespersonDisplayName: string;
  /** For a line taken back: the transaction it was bought in. */
  readonly originalTransactionId: string | null;
}

export interface CustomerTransaction {
  readonly customerNumber: string;
  readonly applicationId: string;
  readonly transactionId: string;
  readonly transactionTypeId: TransactionTypeId;
  /** The list's description: the first line, and how many more. */
  readonly description: string;
  readonly locationId: string;
  readonly locationDescription: string;
  readonly deviceId: string;
  /** xsd:dateTime, UTC. */
  readonly transactionDate: string;
  /** The same instant in epoch milliseconds (for filters and ordering). */
  readonly time: number;
  /** Minor units: the sum of the lines' effectiveNetValue. */
  readonly value: number;
  readonly currencyId: string;
  readonly itemCount: number;
  readonly lines: readonly TransactionLine[];
}

/** The generated data ends here, whatever the clock says: the same seed, the same history. */
export const HISTORY_END = Date.parse('2026-11-30T17:30:00Z');
const DAY = 86_400_000;

export function hashText(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Lines are made once, as the final objects; a taken-back line's original id is set last. */
type Line = { -readonly [K in keyof TransactionLine]: TransactionLine[K] };

interface Draft {
  time: number;
  /** Set once the drafts are in time order. */
  id: string;
  readonly type: TransactionTypeId;
  readonly location: Location;
  readonly device: string;
  readonly lines: Line[];
  /** For lines taken back: the draft each came from (by line index). */
  origins?: (Draft | null)[];
  /** Units of each line not yet taken back (sales and web orders only). */
  readonly remaining: number[];
}

interface Profile {
  readonly seed: number;
  readonly count: number;
  readonly start: number;
  readonly end: number;
  readonly homeStore: Location;
  readonly webShare: number;
  /** Where in each size range the customer's fit lies (0 smallest .. 1 largest). */
  readonly fit: number;
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T;

function sizeFor(rnd: () => number, sizes: number, fit: number): number {
  if (sizes === 1) return 0;
  const jitter = rnd() < 0.2 ? (rnd() < 0.5 ? -1 : 1) : 0;
  return Math.min(sizes - 1, Math.max(0, Math.round(fit * (sizes - 1)) + jitter));
}

function timeOfDay(rnd: () => number, day: number, web: boolean): number {
  const minutes = web ? 7 * 60 + Math.floor(rnd() * 960) : 9 * 60 + Math.floor(rnd() * 510);
  return day + minutes * 60_000;
}

function addLine(
  draft: Draft,
  it: Item,
  quantity: number,
  net: number,
  salesperson: Salesperson | null,
  original: Draft | null = null,
): void {
  if (original) {
    draft.origins ??= [];
    draft.origins[draft.lines.length] = original;
  }
  draft.lines.push({
    lineNumber: draft.lines.length + 1,
    productId: it.productId,
    description: it.description,
    quantity,
    effectiveNetValue: net,
    salespersonUserId: salesperson?.userId ?? '',
    salespersonDisplayName: salesperson?.displayName ?? '',
    originalTransactionId: null,
  });
}

const LINE_COUNTS = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4];

function addSaleLines(
  draft: Draft,
  rnd: () => number,
  profile: Profile,
  staff: Salesperson | null,
  others: readonly Salesperson[],
): void {
  const count = pick(rnd, LINE_COUNTS);
  const taken: Product[] = [];
  for (let i = 0; i < count; i++) {
    let product = pick(rnd, CATALOGUE);
    while (taken.includes(product)) product = pick(rnd, CATALOGUE);
    taken.push(product);
    const it = item(
      product,
      Math.floor(rnd() * product.colours.length),
      sizeFor(rnd, product.sizes.length, profile.fit),
    );
    // Several of one item only for the cheaper things (socks, T-shirts, ties...).
    const q = rnd();
    const quantity = it.price > 4000 || q < 0.85 ? 1 : q < 0.96 ? 2 : 3;
    const promoted = rnd() < 0.15;
    const gross = it.price * quantity;
    addLine(
      draft,
      it,
      quantity,
      promoted ? Math.round(gross * 0.8) : gross,
      staff && others.length > 1 && rnd() < 0.1 ? pick(rnd, others) : staff,
    );
  }
}

/** Adds a line taking back `quantity` units of line `index` of `original`, at what was paid. */
function takeBack(
  draft: Draft,
  original: Draft,
  index: number,
  quantity: number,
  staff: Salesperson | null,
): Item {
  const bought = original.lines[index] as Line;
  original.remaining[index] = (original.remaining[index] as number) - quantity;
  const net =
    quantity === bought.quantity
      ? bought.effectiveNetValue
      : Math.round((bought.effectiveNetValue / bought.quantity) * quantity);
  const it = itemById(bought.productId);
  addLine(draft, it, -quantity, -net, staff, original);
  return it;
}

function generateDrafts(profile: Profile): Draft[] {
  const rnd = seededRandom(profile.seed);
  const lastDay = Math.floor(profile.end / DAY) * DAY;
  // Every other transaction falls on an earlier day than the last one.
  const span = Math.max(DAY, lastDay - profile.start);
  const days: number[] = [];
  for (let i = 0; i < profile.count - 1; i++) {
    days.push(Math.min(lastDay - DAY, Math.floor((profile.start + rnd() * span) / DAY) * DAY));
  }
  days.sort((a, b) => a - b);
  const drafts: Draft[] = [];
  let windowStart = 0;
  const returnable: Draft[] = [];
  for (let i = 0; i < profile.count; i++) {
    const day = i < profile.count - 1 ? (days[i] as number) : lastDay;
    // Lines of sales from earlier days within 60 days that could still come back.
    while (windowStart < drafts.length && (drafts[windowStart] as Draft).time < day - 60 * DAY)
      windowStart++;
    returnable.length = 0;
    for (let j = windowStart; j < drafts.length; j++) {
      const d = drafts[j] as Draft;
      if (
        d.time < day &&
        (d.type === 'SALE' || d.type === 'WEB_ORDER') &&
        d.remaining.some((units) => units > 0)
      )
        returnable.push(d);
    }
    const r = rnd();
    const type: TransactionTypeId =
      returnable.length > 0 && r < 0.09
        ? 'RETURN'
        : returnable.length > 0 && r < 0.14
          ? 'EXCHANGE'
          : rnd() < profile.webShare
            ? 'WEB_ORDER'
            : 'SALE';
    const location =
      type === 'WEB_ORDER'
        ? locationById(WEB_SHOP_ID)
        : rnd() < 0.75
          ? profile.homeStore
          : pick(rnd, STORES);
    const staff = location.staff.length > 0 ? pick(rnd, location.staff) : null;
    const draft: Draft = {
      time: timeOfDay(rnd, day, type === 'WEB_ORDER'),
      id: '',
      type,
      location,
      device: pick(rnd, location.devices),
      lines: [],
      remaining: [],
    };
    if (type === 'SALE' || type === 'WEB_ORDER') {
      addSaleLines(draft, rnd, profile, staff, location.staff);
    } else {
      const original = pick(rnd, returnable);
      const open = original.remaining.flatMap((units, index) => (units > 0 ? [index] : []));
      const index = pick(rnd, open);
      const units = original.remaining[index] as number;
      const quantity = type === 'RETURN' && units > 1 && rnd() < 0.3 ? units : 1;
      const was = takeBack(draft, original, index, quantity, staff);
      if (type === 'RETURN' && open.length > 1 && rnd() < 0.2) {
        const second = open.find((o) => o !== index) as number;
        takeBack(draft, original, second, 1, staff);
      }
      if (type === 'EXCHANGE') {
        // The same product in the next size (or colour); anything else if it has neither.
        const product = was.product;
        const replacement =
          product.sizes.length > 1
            ? item(
                product,
                was.colour,
                was.size + 1 < product.sizes.length ? was.size + 1 : was.size - 1,
              )
            : product.colours.length > 1
              ? item(product, (was.colour + 1) % product.colours.length, was.size)
              : item(
                  pick(
                    rnd,
                    CATALOGUE.filter((p) => p !== product),
                  ),
                  0,
                  0,
                );
        addLine(draft, replacement, 1, replacement.price, staff);
      }
    }
    if (i === profile.count - 1) draft.time = profile.end;
    for (const line of draft.lines) draft.remaining.push(line.quantity > 0 ? line.quantity : 0);
    drafts.push(draft);
  }
  return drafts;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const dayNames = new Map<number, string>();

/** xsd:dateTime to the second, UTC (the day's part made once per day). */
function stamp(time: number): string {
  const day = Math.floor(time / DAY);
  let date = dayNames.get(day);
  if (date === undefined) {
    date = new Date(day * DAY).toISOString().slice(0, 10);
    dayNames.set(day, date);
  }
  const minutes = Math.floor((time - day * DAY) / 60_000);
  const seconds = Math.floor((time % 60_000) / 1000);
  return `${date}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:${two(seconds)}Z`;
}

/** Drafts in time order -> transactions with ids (location, till, date, a sequence). */
function finish(customerNumber: string, drafts: Draft[]): CustomerTransaction[] {
  drafts.sort((a, b) => a.time - b.time);
  const offset = hashText(customerNumber) % 10_000;
  const dates = drafts.map((d) => stamp(d.time));
  drafts.forEach((d, index) => {
    const date = dates[index] as string;
    const yymmdd = `${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
    // index * 7919 mod 10,000 never repeats below 10,000 transactions: ids are unique.
    const sequence = String((offset + index * 7919) % 10_000).padStart(4, '0');
    d.id = `${d.location.locationId}${d.device.slice(-2)}${yymmdd}${sequence}`;
  });
  return drafts.map((d, index) => {
    const lines = d.lines;
    d.origins?.forEach((origin, i) => {
      if (origin) (lines[i] as Line).originalTransactionId = origin.id;
    });
    let value = 0;
    let itemCount = 0;
    for (const l of lines) {
      value += l.effectiveNetValue;
      itemCount += Math.abs(l.quantity);
    }
    const first = lines[0] as TransactionLine;
    return {
      customerNumber,
      applicationId: d.location.applicationId,
      transactionId: d.id,
      transactionTypeId: d.type,
      description:
        lines.length > 1 ? `${first.description} + ${lines.length - 1} more` : first.description,
      locationId: d.location.locationId,
      locationDescription: d.location.description,
      deviceId: d.device,
      transactionDate: dates[index] as string,
      time: d.time,
      value,
      currencyId: 'GBP',
      itemCount,
      lines,
    };
  });
}

// Known histories the journeys and the bench rely on ------------------------------------

type ExplicitLine = readonly [code: string, colour: string, size: string, quantity: number];
interface Explicit {
  readonly at: string;
  readonly type: TransactionTypeId;
  readonly location: string;
  readonly device: string;
  readonly staff?: string;
  readonly lines?: readonly ExplicitLine[];
  /** [index of an earlier explicit transaction, its line index, units]. */
  readonly back?: readonly (readonly [number, number, number])[];
}

/**
 * Amelia Baldwin (customer 100), after 42 generated transactions from 2022-03-05 to
 * 2025-11-22: Christmas 2025 (6 transactions, 1 Dec 2025 - 10 Jan 2026, a return and an
 * exchange among them), then two sales in 2026. docs/API.md lists the figures.
 */
const AMELIA_EXPLICIT: readonly Explicit[] = [
  {
    at: '2025-12-06T10:42:00Z',
    type: 'SALE',
    location: '0005',
    device: 'POS02',
    staff: '1042',
    lines: [
      ['SC601', 'NVY', 'One size', 1],
      ['GL602', 'BLK', 'M', 1],
    ],
  },
  {
    at: '2025-12-13T20:15:00Z',
    type: 'WEB_ORDER',
    location: WEB_SHOP_ID,
    device: 'WEB01',
    lines: [['CT501', 'CML', '12', 1]],
  },
  {
    at: '2025-12-20T16:30:00Z',
    type: 'SALE',
    location: '0001',
    device: 'POS03',
    staff: '2107',
    lines: [
      ['KN210', 'RED', 'M', 2],
      ['SO604', 'MIX', '4-7', 3],
    ],
  },
  {
    at: '2025-12-23T11:15:00Z',
    type: 'SALE',
    location: '0005',
    device: 'POS01',
    staff: '1051',
    lines: [['TI603', 'BUR', 'One size', 1]],
  },
  {
    at: '2026-01-03T12:04:00Z',
    type: 'RETURN',
    location: '0005',
    device: 'POS01',
    staff: '1042',
    back: [[2, 0, 1]],
  },
  {
    at: '2026-01-10T15:20:00Z',
    type: 'EXCHANGE',
    location: '0005',
    device: 'POS02',
    staff: '1043',
    back: [[0, 1, 1]],
    lines: [['GL602', 'BLK', 'L', 1]],
  },
  {
    at: '2026-05-16T14:48:00Z',
    type: 'SALE',
    location: '0005',
    device: 'POS01',
    staff: '1042',
    lines: [
      ['DR101', 'EMR', '12', 1],
      ['SN701', 'WHT', '6', 1],
    ],
  },
  {
    at: '2026-11-14T11:32:00Z',
    type: 'SALE',
    location: '0005',
    device: 'POS02',
    staff: '1042',
    lines: [['KN215', 'CML', 'M', 1]],
  },
];

function explicitDrafts(list: readonly Explicit[]): Draft[] {
  const drafts: Draft[] = [];
  for (const e of list) {
    const location = locationById(e.location);
    const staff = location.staff.find((s) => s.userId === e.staff) ?? null;
    const draft: Draft = {
      time: Date.parse(e.at),
      id: '',
      type: e.type,
      location,
      device: e.device,
      lines: [],
      remaining: [],
    };
    for (const [index, line, units] of e.back ?? []) {
      takeBack(draft, drafts[index] as Draft, line, units, staff);
    }
    for (const [code, colour, size, quantity] of e.lines ?? []) {
      const product = productByCode(code);
      const it = item(
        product,
        product.colours.findIndex(([c]) => c === colour),
        product.sizes.indexOf(size),
      );
      addLine(draft, it, quantity, it.price * quantity, staff);
    }
    for (const line of draft.lines) draft.remaining.push(line.quantity > 0 ? line.quantity : 0);
    drafts.push(draft);
  }
  return drafts;
}

const storeById = (id: string) => locationById(id);

/** Profiles fixed whatever the simulator's seed: the journeys and the bench rely on them. */
const KNOWN: Readonly<Record<string, () => Draft[]>> = {
  '100': () => [
    ...generateDrafts({
      seed: 100_100,
      count: 42,
      start: Date.parse('2022-03-05T00:00:00Z'),
      end: Date.parse('2025-11-22T15:05:00Z'),
      homeStore: storeById('0005'),
      webShare: 0.15,
      fit: 0.45,
    }),
    ...explicitDrafts(AMELIA_EXPLICIT),
  ],
  // Aspen Green: 500 transactions over nearly nine years, for paging and the bench.
  '7004': () =>
    generateDrafts({
      seed: 7004,
      count: 500,
      start: Date.parse('2018-01-08T00:00:00Z'),
      end: Date.parse('2026-11-28T16:40:00Z'),
      homeStore: storeById('0001'),
      webShare: 0.3,
      fit: 0.3,
    }),
};

/** A generated customer's history: a few to a few hundred transactions over years. */
function derivedProfile(
  customerNumber: string,
  lastTransactionDate: string | null,
  seed: number,
): Profile {
  const rnd = seededRandom(hashText(`history:${seed}:${customerNumber}`));
  const count = 2 + Math.floor(300 * rnd() ** 4);
  const last = lastTransactionDate === null ? NaN : Date.parse(lastTransactionDate);
  const end = Number.isNaN(last)
    ? HISTORY_END - Math.floor(rnd() * 700) * DAY
    : Math.min(last, HISTORY_END);
  const years = Math.min(8, 1 + count / 40 + rnd() * 4);
  return {
    seed: hashText(`lines:${seed}:${customerNumber}`),
    count,
    start: end - Math.round(years * 365 * DAY),
    end,
    homeStore: pick(rnd, STORES),
    webShare: rnd() < 0.4 ? 0.1 + rnd() * 0.4 : 0,
    fit: rnd(),
  };
}

export function generateHistory(
  customerNumber: string,
  lastTransactionDate: string | null,
  seed: number,
): CustomerTransaction[] {
  const known = KNOWN[customerNumber];
  return finish(
    customerNumber,
    known ? known() : generateDrafts(derivedProfile(customerNumber, lastTransactionDate, seed)),
  );
}

// Search -------------------------------------------------------------------------------

export interface TransactionFilter {
  /** Epoch ms, inclusive. */
  readonly from?: number;
  /** Epoch ms, inclusive. */
  readonly to?: number;
  readonly locationIds?: readonly string[];
  readonly typeIds?: readonly string[];
  /** Minor units: transactions whose value is at least this far from zero (either sign). */
  readonly minimumValue?: number;
}

export type TransactionSort = 'transactionDate' | 'value';

export interface MonthTotal {
  /** YYYY-MM */
  readonly month: string;
  readonly transactionCount: number;
  readonly salesValue: number;
  readonly returnsValue: number;
  readonly totalSpend: number;
}

/** Figures over the whole filtered set, whatever page is sent. */
export interface TransactionSummary {
  readonly transactionCount: number;
  /** Distinct (UTC day, location) pairs: two tills in one store on one day are one visit. */
  readonly visitCount: number;
  /** Transactions with a positive value, and the sum of their values. */
  readonly salesCount: number;
  readonly salesValue: number;
  /** Transactions with a negative value, and the sum of their values (<= 0). */
  readonly returnsCount: number;
  readonly returnsValue: number;
  /** salesValue + returnsValue: the sum of every value in the set. */
  readonly totalSpend: number;
  /** salesValue / salesCount, rounded to the nearest minor unit (0 with no sales). */
  readonly averageBasket: number;
  readonly firstTransactionDate: string | null;
  readonly lastTransactionDate: string | null;
  /** Every month from the first transaction's to the last's, empty months included. */
  readonly months: readonly MonthTotal[];
}

export function summarise(set: readonly CustomerTransaction[]): TransactionSummary {
  let salesCount = 0;
  let salesValue = 0;
  let returnsCount = 0;
  let returnsValue = 0;
  let first: CustomerTransaction | null = null;
  let last: CustomerTransaction | null = null;
  const visits = new Set<number>();
  const months = new Map<string, { count: number; sales: number; returns: number }>();
  for (const t of set) {
    if (t.value > 0) {
      salesCount++;
      salesValue += t.value;
    } else if (t.value < 0) {
      returnsCount++;
      returnsValue += t.value;
    }
    if (!first || t.time < first.time) first = t;
    if (!last || t.time > last.time) last = t;
    // One visit a UTC day and location (location ids are numbers: 0005, 0999).
    visits.add(Math.floor(t.time / DAY) * 10_000 + Number(t.locationId));
    const month = t.transactionDate.slice(0, 7);
    const m = months.get(month) ?? { count: 0, sales: 0, returns: 0 };
    m.count++;
    if (t.value > 0) m.sales += t.value;
    else m.returns += t.value;
    months.set(month, m);
  }
  const dense: MonthTotal[] = [];
  if (first && last) {
    let year = Number(first.transactionDate.slice(0, 4));
    let month = Number(first.transactionDate.slice(5, 7));
    const end = last.transactionDate.slice(0, 7);
    for (;;) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      const m = months.get(key);
      dense.push({
        month: key,
        transactionCount: m?.count ?? 0,
        salesValue: m?.sales ?? 0,
        returnsValue: m?.returns ?? 0,
        totalSpend: (m?.sales ?? 0) + (m?.returns ?? 0),
      });
      if (key === end) break;
      month++;
      if (month === 13) {
        month = 1;
        year++;
      }
    }
  }
  return {
    transactionCount: set.length,
    visitCount: visits.size,
    salesCount,
    salesValue,
    returnsCount,
    returnsValue,
    totalSpend: salesValue + returnsValue,
    averageBasket: salesCount === 0 ? 0 : Math.round(salesValue / salesCount),
    firstTransactionDate: first?.transactionDate ?? null,
    lastTransactionDate: last?.transactionDate ?? null,
    months: dense,
  };
}

export function matches(t: CustomerTransaction, f: TransactionFilter): boolean {
  if (f.from !== undefined && t.time < f.from) return false;
  if (f.to !== undefined && t.time > f.to) return false;
  if (f.locationIds && f.locationIds.length > 0 && !f.locationIds.includes(t.locationId))
    return false;
  if (f.typeIds && f.typeIds.length > 0 && !f.typeIds.includes(t.transactionTypeId)) return false;
  if (f.minimumValue !== undefined && Math.abs(t.value) < f.minimumValue) return false;
  return true;
}

/** Histories over the customer store, with a small cache of the latest customers asked. */
export class TransactionHistory {
  private readonly cache = new Map<string, readonly CustomerTransaction[]>();

  constructor(
    private readonly customers: CustomerStore,
    private readonly seed: number,
    private readonly cacheSize = 64,
  ) {}

  /** The customer's transactions, oldest first; undefined when there is no such customer. */
  of(customerNumber: string): readonly CustomerTransaction[] | undefined {
    const hit = this.cache.get(customerNumber);
    if (hit) return hit;
    const customer = this.customers.get(customerNumber);
    if (!customer) return undefined;
    const history = generateHistory(customerNumber, customer.lastTransactionDate, this.seed);
    if (this.cacheSize > 0) {
      this.cache.set(customerNumber, history);
      if (this.cache.size > this.cacheSize)
        this.cache.delete(this.cache.keys().next().value as string);
    }
    return history;
  }

  clearCache(): void {
    this.cache.clear();
  }

  search(
    customerNumber: string,
    filter: TransactionFilter,
    sort: TransactionSort,
    descending: boolean,
  ): { rows: CustomerTransaction[]; summary: TransactionSummary } | undefined {
    const all = this.of(customerNumber);
    if (!all) return undefined;
    const rows = all.filter((t) => matches(t, filter));
    const key =
      sort === 'value' ? (t: CustomerTransaction) => t.value : (t: CustomerTransaction) => t.time;
    rows.sort((a, b) => {
      const d = key(a) - key(b) || (a.transactionId < b.transactionId ? -1 : 1);
      return descending ? -d : d;
    });
    return { rows, summary: summarise(rows) };
  }

  find(customerNumber: string, transactionId: string): CustomerTransaction | undefined {
    return this.of(customerNumber)?.find((t) => t.transactionId === transactionId);
  }
}
