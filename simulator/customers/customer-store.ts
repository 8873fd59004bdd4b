import type { CustomerRecord } from './customer-record.ts';

/** Case-, accent- and space-insensitive form of a name: "Zoë  O'Brien" -> "zoe o'brien". */
export function nameKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "sg14 3ag" and "SG143AG" are the same postcode. */
export function postcodeKey(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

function byNumber(a: CustomerRecord, b: CustomerRecord): number {
  return a.customerNumber < b.customerNumber ? -1 : a.customerNumber > b.customerNumber ? 1 : 0;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** First index in the sorted `keys` whose key is >= `probe`. */
function lowerBound(keys: readonly string[], probe: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < probe) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted keys with the customer position each belongs to (and, for names, a de-dup length). */
interface SortedIndex {
  keys: string[];
  positions: number[];
  /** For "surname forename" entries: how long a prefix it shares with "forename surname". */
  overlap: number[];
}

function sortIndex(keys: string[], positions: number[], overlap: number[]): SortedIndex {
  const order = Array.from(keys.keys());
  order.sort((a, b) => {
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : (positions[a] as number) - (positions[b] as number);
  });
  return {
    keys: order.map((i) => keys[i] as string),
    positions: order.map((i) => positions[i] as number),
    overlap: order.map((i) => overlap[i] as number),
  };
}

/**
 * The simulator's customer table, ordered by customer number (the order both seed responses
 * use), with sorted prefix indexes: a search is two binary searches plus the matches, never a
 * scan of the table.
 */
export class CustomerStore {
  private customers: CustomerRecord[] = [];
  private byNumberMap = new Map<string, number>();
  private names: SortedIndex = { keys: [], positions: [], overlap: [] };
  private postcodes: SortedIndex = { keys: [], positions: [], overlap: [] };
  /** Recent answers: paging through one search must not redo it. */
  private cache = new Map<string, Int32Array>();
  private highestNumber = 0;
  /** Scratch bit set for inNumberOrder, all zero between searches. */
  private bits = new Uint32Array(0);

  /** `cacheSize` 0 turns the answer cache off (the benchmark measures real searches). */
  constructor(
    records: readonly CustomerRecord[],
    private readonly cacheSize = 32,
  ) {
    this.rebuild([...records]);
  }

  get size(): number {
    return this.customers.length;
  }

  at(position: number): CustomerRecord {
    const record = this.customers[position];
    if (!record) throw new RangeError(`no customer at ${position}`);
    return record;
  }

  get(customerNumber: string): CustomerRecord | undefined {
    const position = this.byNumberMap.get(customerNumber);
    return position === undefined ? undefined : this.customers[position];
  }

  /** Where a customer sits in customer-number order (what the searches return). */
  positionOf(customerNumber: string): number | undefined {
    return this.byNumberMap.get(customerNumber);
  }

  /** The next free customer number after the highest numeric one. */
  nextCustomerNumber(): string {
    return String(this.highestNumber + 1);
  }

  add(record: CustomerRecord): CustomerRecord {
    if (this.byNumberMap.has(record.customerNumber)) {
      throw new Error(`customer ${record.customerNumber} already exists`);
    }
    // Usually the newest number is the highest; otherwise make room by shifting positions
    // up by one (linear, no re-sort: a new CRM customer costs milliseconds at 1M).
    let position = this.customers.length;
    while (
      position > 0 &&
      (this.customers[position - 1] as CustomerRecord).customerNumber > record.customerNumber
    )
      position--;
    if (position === this.customers.length) {
      this.customers.push(record);
    } else {
      this.customers.splice(position, 0, record);
      for (const index of [this.names, this.postcodes]) {
        const positions = index.positions;
        for (let i = 0; i < positions.length; i++)
          if ((positions[i] as number) >= position) positions[i] = (positions[i] as number) + 1;
      }
      for (let i = position + 1; i < this.customers.length; i++)
        this.byNumberMap.set((this.customers[i] as CustomerRecord).customerNumber, i);
    }
    this.byNumberMap.set(record.customerNumber, position);
    this.noteNumber(record.customerNumber);
    const [full, reversed, overlap] = CustomerStore.nameKeys(record);
    this.insert(this.names, full, position, -1);
    this.insert(this.names, reversed, position, overlap);
    this.insert(this.postcodes, postcodeKey(record.postCode), position, -1);
    this.cache.clear();
    return record;
  }

  /** Changes a customer in place (a CRM update): its name and postcode keys move with it. */
  replace(record: CustomerRecord): CustomerRecord {
    const position = this.byNumberMap.get(record.customerNumber);
    if (position === undefined) throw new Error(`no customer ${record.customerNumber}`);
    const old = this.customers[position] as CustomerRecord;
    this.customers[position] = record;
    const [oldFull, oldReversed] = CustomerStore.nameKeys(old);
    this.remove(this.names, oldFull, position);
    this.remove(this.names, oldReversed, position);
    this.remove(this.postcodes, postcodeKey(old.postCode), position);
    const [full, reversed, overlap] = CustomerStore.nameKeys(record);
    this.insert(this.names, full, position, -1);
    this.insert(this.names, reversed, position, overlap);
    this.insert(this.postcodes, postcodeKey(record.postCode), position, -1);
    this.cache.clear();
    return record;
  }

  /**
   * Positions (= customer-number order) of customers whose "forename surname" or
   * "surname forename" starts with the term, ignoring case, accents and extra spaces.
   */
  searchName(term: string): Int32Array {
    const key = nameKey(term);
    return this.cached(`n:${key}`, () => this.matchPrefix(this.names, key));
  }

  /** Positions of customers whose postcode starts with the term, ignoring case and spaces. */
  searchPostcode(term: string): Int32Array {
    const key = postcodeKey(term);
    return this.cached(`p:${key}`, () => this.matchPrefix(this.postcodes, key));
  }

  /** The same answer as searchName by reading every entry: the benchmark's baseline. */
  scanName(term: string): Int32Array {
    const key = nameKey(term);
    const { keys, positions, overlap } = this.names;
    const found: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      if ((keys[i] as string).startsWith(key) && (overlap[i] as number) < key.length) {
        found.push(positions[i] as number);
      }
    }
    return Int32Array.from(found).sort();
  }

  private cached(key: string, compute: () => Int32Array): Int32Array {
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.cacheSize === 0) return value;
    this.cache.set(key, value);
    if (this.cache.size > this.cacheSize)
      this.cache.delete(this.cache.keys().next().value as string);
    return value;
  }

  private matchPrefix(index: SortedIndex, key: string): Int32Array {
    if (key === '') return new Int32Array(0);
    const from = lowerBound(index.keys, key);
    const to = lowerBound(index.keys, `${key}\uffff`);
    const out = new Int32Array(to - from);
    let n = 0;
    for (let i = from; i < to; i++) {
      // A customer whose two name keys both start with the term is listed once.
      if ((index.overlap[i] as number) >= key.length) continue;
      out[n++] = index.positions[i] as number;
    }
    return this.inNumberOrder(out.subarray(0, n));
  }

  /**
   * Sorts positions (all below the table size). Many matches go through a bit set, which
   * costs table size / 32 + matches instead of a comparison sort's matches x log(matches).
   */
  private inNumberOrder(positions: Int32Array): Int32Array {
    const words = (this.customers.length + 31) >>> 5;
    if (positions.length < words >>> 3) return positions.sort();
    if (this.bits.length < words) this.bits = new Uint32Array(words);
    const bits = this.bits;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] as number;
      bits[p >>> 5] = (bits[p >>> 5] as number) | (1 << (p & 31));
    }
    let n = 0;
    for (let w = 0; w < words; w++) {
      let word = bits[w] as number;
      if (word === 0) continue;
      bits[w] = 0; // leave the scratch set empty for the next search
      while (word !== 0) {
        const lowest = word & -word;
        positions[n++] = (w << 5) + 31 - Math.clz32(lowest);
        word ^= lowest;
      }
    }
    return positions;
  }

  private insert(index: SortedIndex, key: string, position: number, overlap: number): void {
    // Positions only grow here, so the new entry goes after equal keys.
    const at = lowerBound(index.keys, `${key}\u0000`);
    index.keys.splice(at, 0, key);
    index.positions.splice(at, 0, position);
    index.overlap.splice(at, 0, overlap);
  }

  private remove(index: SortedIndex, key: string, position: number): void {
    for (let i = lowerBound(index.keys, key); index.keys[i] === key; i++) {
      if (index.positions[i] === position) {
        index.keys.splice(i, 1);
        index.positions.splice(i, 1);
        index.overlap.splice(i, 1);
        return;
      }
    }
  }

  private noteNumber(customerNumber: string): void {
    const n = Number(customerNumber);
    if (Number.isSafeInteger(n) && n > this.highestNumber) this.highestNumber = n;
  }

  private static nameKeys(record: CustomerRecord): [string, string, number] {
    const full = nameKey(`${record.forename} ${record.surname}`);
    const reversed = nameKey(`${record.surname} ${record.forename}`);
    return [full, reversed, commonPrefixLength(full, reversed)];
  }

  private rebuild(records: CustomerRecord[]): void {
    records.sort(byNumber);
    this.customers = records;
    this.byNumberMap = new Map(records.map((c, i) => [c.customerNumber, i]));
    this.highestNumber = 0;
    for (const r of records) this.noteNumber(r.customerNumber);
    const nameKeys: string[] = [];
    const namePositions: number[] = [];
    const overlaps: number[] = [];
    records.forEach((record, position) => {
      const [full, reversed, overlap] = CustomerStore.nameKeys(record);
      nameKeys.push(full, reversed);
      namePositions.push(position, position);
      overlaps.push(-1, overlap);
    });
    this.names = sortIndex(nameKeys, namePositions, overlaps);
    const positions = records.map((_, i) => i);
    this.postcodes = sortIndex(
      records.map((r) => postcodeKey(r.postCode)),
      positions,
      positions.map(() => -1),
    );
    this.cache.clear();
  }
}
