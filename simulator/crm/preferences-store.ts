import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import {
  CLIENT_ID,
  DAY_MS,
  isoInstant,
  Overlay,
  stableHash,
  USER_ID,
  utcDay,
  type Clock,
  type Derives,
  type FieldProblem,
  type SaveResult,
} from './clienteling.ts';
import { GDPR_CONSENT, OPTION_SETS, optionAt, optionSet, type OptionSet } from './option-sets.ts';

/**
 * One preference record: a choice made at a time by an operator. Records are never changed:
 * a change of mind is a new record (its own preferenceId and `created`), and the current
 * value is the latest. Consent keeps them all as its history.
 */
export interface PreferenceRecord {
  readonly preferenceId: string;
  readonly customerId: string;
  readonly optionSetId: string;
  readonly optionPathId: string;
  /** true: chosen / consent given; false: unchosen / consent refused or withdrawn. */
  readonly value: boolean;
  /** When it was captured (the till's time, as sent), UTC. */
  readonly created: string;
  readonly userId: string;
  /** How consent was captured (IN_STORE, PHONE, ...); '' for sets that record none. */
  readonly captureMethod: string;
  /** Arrival order: breaks ties between equal `created`. */
  readonly sequence: number;
}

/** One `item` of a saveCustomerPreferenceMap as sent: raw text, '' = absent. */
export interface PreferenceInput {
  readonly key: string;
  readonly preferenceId: string;
  readonly customerId: string;
  readonly optionSetId: string;
  readonly optionPathId: string;
  readonly value: string;
  /** `retail:value@id`; null when the attribute is absent. */
  readonly valueId: string | null;
  readonly created: string;
  readonly captureMethod: string;
}

export interface CustomerPreferences {
  readonly sets: readonly OptionSet[];
  /** The current value per option (see `current`), in the sets' own order. */
  readonly current: readonly PreferenceRecord[];
  /** Every record of the sets that keep history, newest first. */
  readonly history: readonly PreferenceRecord[];
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** A till's clock may run a little ahead of the server's. */
const FUTURE_SLACK_MS = 5 * 60_000;

const USERS = ['ASSOC07', 'ASSOC12', 'ASSOC15', 'MGR01'];
const CHANNELS = ['EMAIL', 'SMS', 'POST', 'PHONE'];
const CONSENT_METHODS = ['IN_STORE', 'IN_STORE', 'PHONE', 'WEB', 'EMAIL'];

interface Seed {
  readonly optionSetId: string;
  readonly optionPathId: string;
  readonly value: boolean;
  readonly daysAgo: number;
  readonly userId: string;
  readonly captureMethod?: string;
}

const size = (optionSetId: string, optionPathId: string, daysAgo: number, userId = 'ASSOC07') => ({
  optionSetId,
  optionPathId,
  value: true,
  daysAgo,
  userId,
});
const consent = (
  channel: string,
  value: boolean,
  daysAgo: number,
  userId: string,
  captureMethod: string,
): Seed => ({
  optionSetId: GDPR_CONSENT,
  optionPathId: `${channel}:${channel}_OPTIN`,
  value,
  daysAgo,
  userId,
  captureMethod,
});

/** The named demo customers' preferences (docs/API.md names them). */
const NAMED: Readonly<Record<string, readonly Seed[]>> = {
  '100': [
    size('CLOTHING_SIZE', 'DRESS:UK12', 200),
    size('SHOE_SIZE', 'SHOE:UK6', 200),
    size('FAVOURITE_BRANDS', 'BRAND:HOBBS', 150),
    size('FAVOURITE_BRANDS', 'BRAND:WHISTLES', 150),
    size('COLOURS', 'COLOUR:NAVY', 150),
    size('PREFERRED_STORE', 'STORE:0005', 300),
    consent('EMAIL', true, 300, 'ASSOC07', 'IN_STORE'),
    consent('SMS', true, 120, 'ASSOC07', 'IN_STORE'),
    consent('PHONE', false, 120, 'ASSOC07', 'IN_STORE'),
    consent('SMS', false, 30, 'MGR01', 'PHONE'),
  ],
  '7004': [
    size('CLOTHING_SIZE', 'DRESS:UK10', 90, 'ASSOC12'),
    size('SHOE_SIZE', 'SHOE:UK5', 90, 'ASSOC12'),
    size('PREFERRED_STORE', 'STORE:0031', 90, 'ASSOC12'),
    consent('EMAIL', true, 90, 'ASSOC12', 'WEB'),
  ],
  '00100': [],
};

function between(h: number, salt: number, options: readonly string[]): string {
  return options[(h >>> salt) % options.length] as string;
}

function derivedSeeds(c: CustomerRecord): readonly Seed[] {
  const named = NAMED[c.customerNumber];
  if (named) return named;
  const h = stableHash(`${c.customerNumber}:preferences`);
  const seeds: Seed[] = [];
  const user = between(h, 1, USERS);
  const ago = 20 + (h % 400);
  if (h % 2 === 0) {
    if (['Mrs', 'Ms', 'Miss'].includes(c.title)) {
      seeds.push(size('CLOTHING_SIZE', `DRESS:UK${8 + 2 * ((h >>> 3) % 6)}`, ago, user));
      seeds.push(size('SHOE_SIZE', `SHOE:UK${4 + ((h >>> 6) % 4)}`, ago, user));
    } else {
      seeds.push(size('CLOTHING_SIZE', `SHIRT:${between(h, 3, ['S', 'M', 'L', 'XL'])}`, ago, user));
      if (c.title === 'Mr')
        seeds.push(size('CLOTHING_SIZE', `TROUSER:W${30 + 2 * ((h >>> 5) % 5)}`, ago, user));
      seeds.push(size('SHOE_SIZE', `SHOE:UK${7 + ((h >>> 6) % 5)}`, ago, user));
    }
  }
  if (h % 7 < 3)
    seeds.push(size('FIT', `SHIRT:${between(h, 8, ['SLIM', 'REGULAR', 'RELAXED'])}`, ago, user));
  if ((h >>> 3) % 5 < 2) {
    const brands = ['HOBBS', 'REISS', 'JAEGER', 'BODEN', 'TED_BAKER', 'WHISTLES', 'BARBOUR'];
    const first = (h >>> 9) % brands.length;
    seeds.push(size('FAVOURITE_BRANDS', `BRAND:${brands[first]}`, ago, user));
    seeds.push(size('FAVOURITE_BRANDS', `BRAND:${brands[(first + 3) % brands.length]}`, ago, user));
  }
  if ((h >>> 6) % 3 === 1)
    seeds.push(
      size(
        'COLOURS',
        `COLOUR:${between(h, 10, ['BLACK', 'NAVY', 'CAMEL', 'GREY', 'IVORY'])}`,
        ago,
        user,
      ),
    );
  if ((h >>> 9) % 4 === 0)
    seeds.push(
      size(
        'PREFERRED_STORE',
        `STORE:${between(h, 11, ['0005', '0012', '0031', '0044'])}`,
        ago,
        user,
      ),
    );
  // Consent per channel: never asked, given, refused, or given then withdrawn; one customer
  // in five was never asked anything.
  if ((h >>> 28) % 5 === 0) return seeds;
  CHANNELS.forEach((channel, i) => {
    const state = (h >>> (12 + 2 * i)) % 4;
    const method = between(h, 20 + i, CONSENT_METHODS);
    const when = 60 + ((h >>> (13 + i)) % 500);
    if (state === 1 || state === 3) seeds.push(consent(channel, true, when, user, method));
    if (state === 2) seeds.push(consent(channel, false, when, user, method));
    if (state === 3)
      seeds.push(consent(channel, false, when - 45, 'MGR01', between(h, 24 + i, CONSENT_METHODS)));
  });
  return seeds;
}

const chronological = (a: PreferenceRecord, b: PreferenceRecord) =>
  a.created === b.created ? a.sequence - b.sequence : a.created < b.created ? -1 : 1;

/**
 * Preference values per customer over the server's option sets. Generated customers'
 * values are derived from the customer number on read; only what the till saves is stored.
 */
export class PreferencesStore {
  private readonly overlay = new Overlay<PreferenceRecord>();
  private sequence = 1_000_000;
  private readonly startDay: number;

  constructor(
    private readonly customers: CustomerStore,
    private readonly now: Clock,
    private readonly derives: Derives = () => true,
  ) {
    this.startDay = utcDay(now()).getTime();
  }

  get writes(): number {
    return this.overlay.writes;
  }

  counts(customerId: string) {
    return this.overlay.counts(customerId);
  }

  reset(): void {
    this.overlay.clear();
  }

  private records(customer: CustomerRecord): PreferenceRecord[] {
    const n = customer.customerNumber;
    const seeds = this.derives(n) ? derivedSeeds(customer) : [];
    const derived = seeds.map((s, i): PreferenceRecord => ({
      preferenceId: `SIM-${n}-R${i + 1}`,
      customerId: n,
      optionSetId: s.optionSetId,
      optionPathId: s.optionPathId,
      value: s.value,
      // Derived choices are made mid-morning, a whole number of days before the start day.
      created: isoInstant(this.startDay - s.daysAgo * DAY_MS + (10 * 60 + (i % 50)) * 60_000),
      userId: s.userId,
      captureMethod: s.captureMethod ?? '',
      sequence: i,
    }));
    return [...derived, ...this.overlay.all(n)];
  }

  /**
   * The option sets (all, or the ones asked for) with the customer's current values and the
   * consent history. Current value: for ONE_PER_TYPE sets the latest choice per type (a
   * `false` for the chosen option clears it); for MANY sets every option whose latest record
   * is `true`; for sets that keep history, every option ever answered with its latest
   * record, `true` or `false` (a withdrawal is a value; no record = never asked).
   * Undefined when there is no such customer.
   */
  get(customerId: string, optionSetIds: readonly string[] = []): CustomerPreferences | undefined {
    const customer = this.customers.get(customerId);
    if (!customer) return undefined;
    const sets =
      optionSetIds.length === 0
        ? OPTION_SETS
        : OPTION_SETS.filter((s) => optionSetIds.includes(s.optionSetId));
    const wanted = new Set(sets.map((s) => s.optionSetId));
    const records = this.records(customer)
      .filter((r) => wanted.has(r.optionSetId))
      .sort(chronological);
    const latest = new Map<string, PreferenceRecord>();
    for (const r of records) {
      const set = optionSet(r.optionSetId) as OptionSet;
      if (set.selection === 'ONE_PER_TYPE') {
        const slot = `${r.optionSetId}/${r.optionPathId.split(':')[0]}`;
        const chosen = latest.get(slot);
        if (r.value) latest.set(slot, r);
        else if (chosen?.optionPathId === r.optionPathId) latest.delete(slot);
      } else {
        latest.set(`${r.optionSetId}/${r.optionPathId}`, r);
      }
    }
    const order = (r: PreferenceRecord) => {
      const s = sets.findIndex((x) => x.optionSetId === r.optionSetId);
      const set = sets[s] as OptionSet;
      const [typeId, optionId] = r.optionPathId.split(':');
      const t = set.types.findIndex((x) => x.typeId === typeId);
      const o = set.types[t]?.options.findIndex((x) => x.id === optionId) ?? 0;
      return s * 1e6 + t * 1e3 + o;
    };
    const current = [...latest.values()]
      .filter((r) => r.value || optionSet(r.optionSetId)?.keepsHistory)
      .sort((a, b) => order(a) - order(b));
    const history = records.filter((r) => optionSet(r.optionSetId)?.keepsHistory).reverse();
    return { sets, current, history };
  }

  /** Unknown option sets among those a Get asks for. */
  unknownSets(optionSetIds: readonly string[]): string[] {
    return optionSetIds.filter((id) => !optionSet(id));
  }

  /**
   * A saveCustomerPreferenceMap: all items or none. A repeated preferenceId with the same
   * content is the same record (nothing new is stored); with other content it is refused,
   * since a record is a fact of its time and a change needs a new record.
   */
  save(userId: string, items: readonly PreferenceInput[]): SaveResult<PreferenceRecord[]> {
    const problems: FieldProblem[] = [];
    const problem = (item: PreferenceInput | null, field: string, message: string) =>
      problems.push(
        item && item.key !== '' ? { field, message, key: item.key } : { field, message },
      );
    const customerIds = new Set(items.map((i) => i.customerId));
    for (const item of items)
      if (item.customerId === '')
        problem(item, 'customerId', 'The customer (customerId) is mandatory.');
    if (customerIds.size > 1)
      problem(null, 'customerId', 'One save is for one customer: the items name several.');
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };
    const customer = this.customers.get(items[0]?.customerId ?? '');
    if (!customer) return { outcome: 'NoCustomer' };

    if (userId === '') problem(null, 'userId', 'The operator (userId) is mandatory.');
    else if (!USER_ID.test(userId)) problem(null, 'userId', `${userId} is not a user id.`);
    const existing = new Map(this.records(customer).map((r) => [r.preferenceId, r]));
    const seen = new Set<string>();
    const seenPaths = new Set<string>();
    const chosenPerType = new Map<string, string>();
    const now = this.now().getTime();
    const accepted: Omit<PreferenceRecord, 'sequence'>[] = [];
    for (const item of items) {
      const before = problems.length;
      if (!CLIENT_ID.test(item.preferenceId))
        problem(
          item,
          'preferenceId',
          item.preferenceId === ''
            ? 'The preference id is mandatory.'
            : `${item.preferenceId} is not a preference id.`,
        );
      else if (seen.has(item.preferenceId))
        problem(item, 'preferenceId', `Preference ${item.preferenceId} is in this save twice.`);
      seen.add(item.preferenceId);
      if (seenPaths.has(`${item.optionSetId}/${item.optionPathId}`))
        problem(item, 'optionPathId', `${item.optionPathId} is in this save twice.`);
      seenPaths.add(`${item.optionSetId}/${item.optionPathId}`);
      const set = optionSet(item.optionSetId);
      if (!set) {
        problem(
          item,
          'optionSetId',
          item.optionSetId === ''
            ? 'The option set is mandatory.'
            : `${item.optionSetId} is not an option set.`,
        );
      } else if (!optionAt(set, item.optionPathId)) {
        problem(
          item,
          'optionPathId',
          `${item.optionPathId || 'An empty path'} is not an option of ${set.optionSetId}.`,
        );
      }
      const value = item.value === 'true' ? true : item.value === 'false' ? false : null;
      if (value === null)
        problem(item, 'value', `The value must be true or false, not "${item.value}".`);
      if (item.valueId !== null && item.valueId !== item.optionPathId)
        problem(
          item,
          'value',
          `value@id names ${item.valueId}, not the optionPathId ${item.optionPathId}.`,
        );
      let created = isoInstant(now);
      if (item.created !== '') {
        const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(item.created) ? item.created : `${item.created}Z`;
        const ms = DATE_TIME.test(item.created) ? Date.parse(zoned) : NaN;
        if (Number.isNaN(ms)) problem(item, 'created', `${item.created} is not a date and time.`);
        else if (ms > now + FUTURE_SLACK_MS)
          problem(item, 'created', `${item.created} is in the future.`);
        else created = isoInstant(ms);
      }
      if (set && set.captureMethods.length > 0) {
        if (item.captureMethod === '')
          problem(
            item,
            'captureMethod',
            `Say how the ${set.description.toLowerCase()} was captured (${set.captureMethods.map((m) => m.id).join(', ')}).`,
          );
        else if (!set.captureMethods.some((m) => m.id === item.captureMethod))
          problem(item, 'captureMethod', `${item.captureMethod} is not a capture method.`);
      } else if (set && item.captureMethod !== '') {
        problem(item, 'captureMethod', `${set.optionSetId} records no capture method.`);
      }
      if (set?.selection === 'ONE_PER_TYPE' && value === true && optionAt(set, item.optionPathId)) {
        const slot = `${set.optionSetId}/${item.optionPathId.split(':')[0]}`;
        const other = chosenPerType.get(slot);
        if (other !== undefined && other !== item.optionPathId)
          problem(
            item,
            'optionPathId',
            `One choice per type in ${set.optionSetId}: ${other} and ${item.optionPathId} are both chosen.`,
          );
        chosenPerType.set(slot, item.optionPathId);
      }
      if (problems.length > before) continue;
      const record = {
        preferenceId: item.preferenceId,
        customerId: customer.customerNumber,
        optionSetId: item.optionSetId,
        optionPathId: item.optionPathId,
        value: value as boolean,
        created,
        userId,
        captureMethod: item.captureMethod,
      };
      const stored = existing.get(item.preferenceId);
      if (
        stored &&
        !(
          stored.optionSetId === record.optionSetId &&
          stored.optionPathId === record.optionPathId &&
          stored.value === record.value &&
          stored.captureMethod === record.captureMethod &&
          (item.created === '' || stored.created === record.created)
        )
      ) {
        problem(
          item,
          'preferenceId',
          `Preference ${item.preferenceId} was saved before with other content; a change is a new record with a new preferenceId.`,
        );
        continue;
      }
      accepted.push(stored ?? record);
    }
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };
    const records: PreferenceRecord[] = [];
    let applied = false;
    for (const r of accepted) {
      const stored = existing.get(r.preferenceId);
      if (stored) {
        records.push(stored);
        continue;
      }
      const record = { ...r, sequence: this.sequence++ };
      this.overlay.put(customer.customerNumber, r.preferenceId, record);
      records.push(record);
      applied = true;
    }
    return { outcome: 'Success', record: records, applied };
  }
}
