import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import {
  CLIENT_ID,
  DAY_MS,
  isoInstant,
  Overlay,
  Stamper,
  stableHash,
  USER_ID,
  utcDay,
  type Clock,
  type Derives,
  type FieldProblem,
  type RecordStatus,
  type SaveResult,
} from './clienteling.ts';

/** A note or a wishlist item: seed 001 saves both with Save Customer Note. */
export type NoteType = 'NOTE' | 'WISHLIST';

export interface WishlistItem {
  readonly productId: string;
  readonly description: string;
  readonly size: string;
  readonly colour: string;
}

export interface NoteRecord {
  readonly noteId: string;
  readonly customerId: string;
  /** The author: the operator who first saved it. */
  readonly userId: string;
  readonly noteTypeId: NoteType;
  readonly isPrivate: boolean;
  /** Shown as a banner when the customer is opened. */
  readonly isAlert: boolean;
  readonly notes: string;
  readonly wishlistItem: WishlistItem | null;
  readonly status: RecordStatus;
  /** First saved (a wishlist item's "date added"), server time. */
  readonly created: string;
  readonly lastUpdated: string;
  readonly lastUpdatedBy: string;
}

/** A save as the till sent it: raw text, checked here. Empty string = element absent. */
export interface NoteInput {
  readonly noteId: string;
  readonly customerId: string;
  readonly userId: string;
  readonly noteTypeId: string;
  readonly isPrivate: string;
  readonly isAlert: string;
  readonly notes: string;
  readonly status: string;
  readonly wishlistItem: WishlistItem | null;
  /** The stamp of the version an edit began from (optional). */
  readonly lastUpdated: string;
}

export const NOTE_LIMITS = { notes: 2000, description: 200, productId: 40, size: 40, colour: 40 };

/** xsd:boolean; null when the text is not one. */
export function readBoolean(raw: string): boolean | null {
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  return null;
}

const USERS = ['ASSOC07', 'ASSOC12', 'ASSOC15', 'MGR01'];
const NOTES = [
  'Prefers the fitting room by the window.',
  'Likes to hear when the new season’s knitwear arrives.',
  'Buys presents in December: offer gift wrap.',
  'Prefers to be served by Priya on Saturdays.',
  "Collects 'Smith & Sons' shirts: tell them about new colours.",
  'Likes a café crème while waiting for alterations.',
  'Usually shops at lunchtime and is short of time: keep it brief.',
  'Returned the last coat: sleeves too long. Suggest petite fits.',
];
const ALERTS = [
  'Alterations ready for collection: offer them before the sale.',
  'Click & collect parcel waiting at the service desk.',
  'Asked to be called when the <Limited> edition arrives: tell them it is in.',
];
const PRIVATE_NOTES = [
  'Unhappy with the wait at the last visit: offer a priority fitting.',
  'Prefers not to be offered the store card again.',
];
/** Product id, description, sizes it comes in. */
const PRODUCTS: readonly (readonly [string, string, readonly string[]])[] = [
  ['100234', 'Silk wrap dress', ['UK 10', 'UK 12', 'UK 14']],
  ['100871', 'Merino crew-neck jumper', ['S', 'M', 'L']],
  ['101502', 'Leather Chelsea boots', ['UK 5', 'UK 7', 'UK 9']],
  ['102118', 'Linen shirt', ['15', '15½', '16']],
  ['102964', 'Wool overcoat', ['36R', '40R', '42L']],
  ['103377', 'Cashmere scarf', ['One size']],
  ['104020', 'Slim chinos', ['W30 L32', 'W32 L32', 'W34 L30']],
];
const COLOURS = ['Navy', 'Black', 'Camel', 'Forest green', 'Ivory', 'Burgundy'];

type Seed = Omit<
  NoteRecord,
  'customerId' | 'created' | 'lastUpdated' | 'lastUpdatedBy' | 'status'
> & {
  /** Days and minutes before the simulator's start day. */
  readonly daysAgo: number;
  readonly minute: number;
};

const note = (
  noteId: string,
  userId: string,
  notes: string,
  daysAgo: number,
  minute: number,
  extra: Partial<Seed> = {},
): Seed => ({
  noteId,
  userId,
  noteTypeId: 'NOTE',
  isPrivate: false,
  isAlert: false,
  notes,
  wishlistItem: null,
  daysAgo,
  minute,
  ...extra,
});

/** The named demo customers' notes (docs/API.md names them). */
const NAMED: Readonly<Record<string, readonly Seed[]>> = {
  '100': [
    note(
      'SIM-100-N1',
      'ASSOC07',
      'Prefers the fitting room by the window; likes a glass of water while trying things on.',
      20,
      845,
    ),
    note('SIM-100-N2', 'ASSOC07', 'For her sister’s wedding in the spring.', 12, 630, {
      noteTypeId: 'WISHLIST',
      wishlistItem: {
        productId: '100234',
        description: 'Silk wrap dress',
        size: 'UK 12',
        colour: 'Navy',
      },
    }),
    note('SIM-100-N3', 'MGR01', PRIVATE_NOTES[0] as string, 6, 700, { isPrivate: true }),
  ],
  '7004': [
    note(
      'SIM-7004-N1',
      'ASSOC12',
      'Speaks Greek and English; prefers e-mail to phone calls.',
      40,
      600,
    ),
    note('SIM-7004-N2', 'ASSOC12', ALERTS[0] as string, 2, 660, { isAlert: true }),
  ],
  '00100': [],
};

function derivedSeeds(c: CustomerRecord): readonly Seed[] {
  const named = NAMED[c.customerNumber];
  if (named) return named;
  const h = stableHash(`${c.customerNumber}:notes`);
  const n = c.customerNumber;
  const seeds: Seed[] = [];
  const pick = <T>(list: readonly T[], salt: number) => list[(h >>> salt) % list.length] as T;
  if (h % 3 === 0) {
    const count = 1 + ((h >>> 4) % 2);
    for (let k = 0; k < count; k++)
      seeds.push(
        note(
          `SIM-${n}-N${k + 1}`,
          pick(USERS, 5 + k),
          pick(NOTES, 7 + 3 * k),
          30 + ((h >>> (9 + k)) % 300),
          540 + ((h >>> 11) % 480),
        ),
      );
  }
  if (h % 40 === 0)
    seeds.push(
      note(`SIM-${n}-A1`, pick(USERS, 13), pick(ALERTS, 15), 1 + ((h >>> 17) % 10), 600, {
        isAlert: true,
      }),
    );
  if (h % 6 === 0)
    seeds.push(
      note(`SIM-${n}-P1`, 'MGR01', pick(PRIVATE_NOTES, 19), 5 + ((h >>> 20) % 60), 720, {
        isPrivate: true,
      }),
    );
  if ((h >>> 8) % 4 === 1) {
    const count = 1 + ((h >>> 10) % 2);
    for (let k = 0; k < count; k++) {
      const [productId, description, sizes] = pick(PRODUCTS, 21 + 2 * k);
      seeds.push(
        note(`SIM-${n}-W${k + 1}`, pick(USERS, 23 + k), '', 3 + ((h >>> (24 + k)) % 90), 800, {
          noteTypeId: 'WISHLIST',
          wishlistItem: {
            productId,
            description,
            size: pick(sizes, 26),
            colour: pick(COLOURS, 27 + k),
          },
        }),
      );
    }
  }
  return seeds;
}

function sameContent(
  a: NoteRecord,
  b: Omit<NoteRecord, 'created' | 'lastUpdated' | 'lastUpdatedBy' | 'userId'>,
) {
  const wa = a.wishlistItem;
  const wb = b.wishlistItem;
  return (
    a.noteTypeId === b.noteTypeId &&
    a.isPrivate === b.isPrivate &&
    a.isAlert === b.isAlert &&
    a.notes === b.notes &&
    a.status === b.status &&
    (wa === wb ||
      (wa !== null &&
        wb !== null &&
        wa.productId === wb.productId &&
        wa.description === wb.description &&
        wa.size === wb.size &&
        wa.colour === wb.colour))
  );
}

const newestFirst = (a: NoteRecord, b: NoteRecord) =>
  a.created === b.created ? (a.noteId < b.noteId ? 1 : -1) : a.created < b.created ? 1 : -1;

/**
 * Customer notes and wishlist items over the one customer store. Generated customers' notes
 * are derived from the customer number on read; only what the till saves is stored, by
 * (customer, noteId), over the derived ones.
 */
export class NotesStore {
  private readonly overlay = new Overlay<NoteRecord>();
  private readonly stamps: Stamper;
  /** Derived notes are dated back from the day the simulator started. */
  private readonly startDay: number;

  constructor(
    private readonly customers: CustomerStore,
    now: Clock,
    private readonly derives: Derives = () => true,
  ) {
    this.stamps = new Stamper(now);
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

  /** Derived notes with the till's saves over them, deleted ones included. */
  private everything(customer: CustomerRecord): NoteRecord[] {
    const byId = new Map<string, NoteRecord>();
    for (const s of this.derives(customer.customerNumber) ? derivedSeeds(customer) : []) {
      const at = isoInstant(this.startDay - s.daysAgo * DAY_MS + s.minute * 60_000);
      byId.set(s.noteId, {
        noteId: s.noteId,
        userId: s.userId,
        noteTypeId: s.noteTypeId,
        isPrivate: s.isPrivate,
        isAlert: s.isAlert,
        notes: s.notes,
        wishlistItem: s.wishlistItem,
        customerId: customer.customerNumber,
        status: 'ACTIVE',
        created: at,
        lastUpdated: at,
        lastUpdatedBy: s.userId,
      });
    }
    for (const r of this.overlay.all(customer.customerNumber)) byId.set(r.noteId, r);
    return [...byId.values()];
  }

  /**
   * What an operator may see: newest first, removed ones left out, and private notes only to
   * their author (the server filters; the till never receives another operator's private note).
   * Undefined when there is no such customer.
   */
  list(customerId: string, viewer: string, type?: NoteType): NoteRecord[] | undefined {
    const customer = this.customers.get(customerId);
    if (!customer) return undefined;
    return this.everything(customer)
      .filter(
        (r) =>
          r.status === 'ACTIVE' &&
          (!r.isPrivate || (viewer !== '' && r.userId === viewer)) &&
          (type === undefined || r.noteTypeId === type),
      )
      .sort(newestFirst);
  }

  save(input: NoteInput): SaveResult<NoteRecord> {
    const customer = this.customers.get(input.customerId);
    if (!customer) return { outcome: 'NoCustomer' };
    const problems: FieldProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    const userId = input.userId;
    if (userId === '') problem('userId', 'The operator (userId) is mandatory.');
    else if (!USER_ID.test(userId)) problem('userId', `${userId} is not a user id.`);
    if (!CLIENT_ID.test(input.noteId))
      problem(
        'noteId',
        input.noteId === '' ? 'The note id is mandatory.' : `${input.noteId} is not a note id.`,
      );
    const status = input.status === '' ? 'ACTIVE' : input.status;
    if (status !== 'ACTIVE' && status !== 'DELETED')
      problem('status', `${input.status} is not a note status (ACTIVE or DELETED).`);
    const type = input.noteTypeId === '' ? 'NOTE' : input.noteTypeId;
    const isPrivate = readBoolean(input.isPrivate);
    const isAlert = readBoolean(input.isAlert);
    if (status !== 'DELETED') {
      if (type !== 'NOTE' && type !== 'WISHLIST')
        problem('noteTypeId', `${input.noteTypeId} is not a note type (NOTE or WISHLIST).`);
      if (isPrivate === null) problem('isPrivate', `${input.isPrivate} is not true or false.`);
      if (isAlert === null) problem('isAlert', `${input.isAlert} is not true or false.`);
      if (input.notes.length > NOTE_LIMITS.notes)
        problem('notes', `The note is longer than ${NOTE_LIMITS.notes} characters.`);
      const item = input.wishlistItem;
      if (type === 'NOTE') {
        if (input.notes.trim() === '') problem('notes', 'The note is empty.');
        if (item) problem('wishlistItem', 'Only a wishlist item names a product.');
      }
      if (type === 'WISHLIST') {
        if (!item || (item.productId === '' && item.description === ''))
          problem('wishlistItem.description', 'Name the product: a product id or a description.');
        if (isAlert) problem('isAlert', 'A wishlist item cannot be an alert.');
        for (const field of ['productId', 'description', 'size', 'colour'] as const) {
          if (item && item[field].length > NOTE_LIMITS[field])
            problem(
              `wishlistItem.${field}`,
              `The ${field} is longer than ${NOTE_LIMITS[field]} characters.`,
            );
        }
      }
    }
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };

    const existing = this.everything(customer).find((r) => r.noteId === input.noteId);
    if (existing?.isPrivate && existing.userId !== userId)
      problem('userId', 'Only its author can change a private note.');
    if (existing && status === 'ACTIVE' && existing.noteTypeId !== type)
      problem(
        'noteTypeId',
        `Note ${input.noteId} is a ${existing.noteTypeId}; it cannot change type.`,
      );
    if (existing?.status === 'DELETED' && status === 'ACTIVE')
      problem('noteId', `Note ${input.noteId} was removed; save it as a new note.`);
    if (!existing && status === 'DELETED')
      problem('noteId', `There is no note ${input.noteId} for this customer.`);
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };

    const content =
      status === 'DELETED' && existing
        ? { ...existing, status: 'DELETED' as const }
        : {
            noteId: input.noteId,
            customerId: input.customerId,
            noteTypeId: type as NoteType,
            isPrivate: isPrivate as boolean,
            isAlert: isAlert as boolean,
            notes: input.notes,
            wishlistItem: type === 'WISHLIST' ? input.wishlistItem : null,
            status: 'ACTIVE' as const,
          };
    // A repeat (a retry, a double tap): answered as the first time, nothing written.
    if (existing && sameContent(existing, content))
      return { outcome: 'Success', record: existing, applied: false };
    // An edit begun from an older version than the one stored: never overwrite blindly.
    if (existing && input.lastUpdated !== '' && input.lastUpdated !== existing.lastUpdated)
      return { outcome: 'Conflict', current: existing };
    const at = isoInstant(this.stamps.next());
    const record: NoteRecord = {
      ...content,
      userId: existing?.userId ?? userId,
      created: existing?.created ?? at,
      lastUpdated: at,
      lastUpdatedBy: userId,
    };
    this.overlay.put(customer.customerNumber, record.noteId, record);
    return { outcome: 'Success', record, applied: true };
  }
}
