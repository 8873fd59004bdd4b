import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { seededRandom } from '../random.ts';
import { derivedEmail } from './crm-record.ts';
import { STAFF } from './retail-estate.ts';
import { hashText, HISTORY_END } from './transaction-history.ts';

/**
 * Contacts between the retailer and a customer: generated past contacts derived from the
 * customer number and seed (no memory until asked), plus contacts saved at the till, kept by
 * their client-generated contactHistoryId so a retried or double-tapped save records one.
 */

export const CONTACT_TYPES = ['VISIT', 'CALL', 'EMAIL', 'COMPLAINT', 'ENQUIRY'] as const;
export type ContactTypeId = (typeof CONTACT_TYPES)[number];

export const CALL_OUTCOMES = [
  'ANSWERED',
  'NO_ANSWER',
  'VOICEMAIL',
  'CALL_BACK_REQUESTED',
  'WRONG_NUMBER',
] as const;

export interface ContactRecord {
  readonly contactHistoryId: string;
  readonly customerNumber: string;
  readonly contactTypeId: ContactTypeId;
  /** xsd:dateTime as first received (or generated). */
  readonly contactDate: string;
  /** The same instant in epoch ms. */
  readonly time: number;
  readonly userId: string;
  readonly subject: string;
  readonly description: string;
  /** Calls only: one of CALL_OUTCOMES. */
  readonly callOutcomeId: string;
  /** E-mails only: who it went to. */
  readonly recipients: readonly string[];
  readonly taskId: string | null;
  /** Order of arrival, for contacts at the same instant (later first when newest first). */
  readonly sequence: number;
}

/** What the till sends. */
export type ContactDraft = Omit<ContactRecord, 'time' | 'sequence' | 'taskId' | 'contactTypeId'> & {
  readonly contactTypeId: string;
};

export interface ContactFilter {
  readonly typeIds?: readonly string[];
  readonly from?: number;
  readonly to?: number;
  /** Only contacts made by this operator. */
  readonly userId?: string;
}

export type ValidationProblem = { field: string; message: string };

export type SaveContactResult =
  | { readonly outcome: 'Success'; readonly record: ContactRecord; readonly repeated: boolean }
  | { readonly outcome: 'ValidationFailed'; readonly problems: ValidationProblem[] }
  | { readonly outcome: 'NoCustomer' };

const DAY = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const CONTACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** How far ahead of the server's clock a till's contact date may be. */
const CLOCK_SKEW_MS = 10 * 60_000;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/** An xsd:dateTime as epoch ms (no zone read as UTC), or NaN. */
export function parseDateTime(text: string): number {
  if (!DATE_TIME.test(text)) return NaN;
  return Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(text) ? text : `${text}Z`);
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)] as T;

const TEMPLATES: Readonly<
  Record<ContactTypeId, readonly (readonly [subject: string, text: string])[]>
> = {
  VISIT: [
    ['Styling appointment', 'Came in for a styling session; tried the new season knitwear.'],
    ['Browsed new season', 'Browsed the new season; asked to hear when the camel coat is in.'],
    ['Collected alteration', 'Collected the altered trousers; happy with the fit.'],
    ['Fitting for a wedding', 'Fitting for a wedding in June: dress and shoes put aside.'],
  ],
  CALL: [
    ['Order ready for collection', 'Called to say the order is ready to collect.'],
    ['Alteration ready', 'Called about the alteration, ready from Thursday.'],
    ['Preview evening invitation', 'Invited to the private preview evening.'],
    ['Follow-up on a return', 'Followed up the refund for the returned boots.'],
  ],
  EMAIL: [
    ['Your order has been dispatched', 'Your order is on its way and should arrive in 2 days.'],
    [
      'Invitation: private shopping evening',
      'You are invited to our private shopping evening, with 20% off everything.',
    ],
    ['Thank you for your visit', 'Thank you for visiting us; here are the pieces you liked.'],
    ['Your size is back in stock', 'The Chelsea boots you asked about are back in your size.'],
  ],
  COMPLAINT: [
    ['Late delivery', 'Web order arrived four days late; offered free delivery next time.'],
    ['Faulty zip on coat', 'Zip on the wool overcoat broke after a week; repair arranged.'],
    ['Wrong size delivered', 'Received a size 14 instead of 12; exchange arranged.'],
  ],
  ENQUIRY: [
    ['Gift cards', 'Asked whether gift cards can be used online.'],
    ['Sale dates', 'Asked when the winter sale starts.'],
    ['Stock check', 'Asked for the cashmere scarf in red; reserved one at Hertford.'],
  ],
};

const CALL_ENDINGS: Readonly<Record<string, string>> = {
  ANSWERED: 'Spoke to the customer.',
  NO_ANSWER: 'No answer.',
  VOICEMAIL: 'Left a voicemail.',
  CALL_BACK_REQUESTED: 'Asked us to call back after 5 pm.',
  WRONG_NUMBER: 'Wrong number: the phone number needs checking.',
};

const TYPE_WEIGHTS: readonly ContactTypeId[] = [
  'VISIT',
  'VISIT',
  'VISIT',
  'VISIT',
  'CALL',
  'CALL',
  'CALL',
  'EMAIL',
  'EMAIL',
  'EMAIL',
  'COMPLAINT',
  'ENQUIRY',
  'ENQUIRY',
];

export const GENERATED_PREFIX = 'GEN-';

function generatedContact(
  rnd: () => number,
  customer: CustomerRecord,
  index: number,
  time: number,
  type: ContactTypeId,
  override?: Partial<ContactRecord>,
): ContactRecord {
  const [subject, text] = pick(rnd, TEMPLATES[type]);
  const outcome = type === 'CALL' ? pick(rnd, CALL_OUTCOMES) : '';
  const user = pick(rnd, STAFF);
  const date = new Date(time).toISOString().replace('.000Z', 'Z');
  const description =
    type === 'EMAIL'
      ? `Dear ${customer.forename},\n\n${text}\n\nKind regards,\n${user.displayName}`
      : type === 'CALL'
        ? `${text} ${CALL_ENDINGS[outcome] ?? ''}`.trim()
        : text;
  return {
    contactHistoryId: `${GENERATED_PREFIX}${customer.customerNumber}-${String(index + 1).padStart(3, '0')}`,
    customerNumber: customer.customerNumber,
    contactTypeId: type,
    contactDate: date,
    time,
    userId: user.userId,
    subject,
    description,
    callOutcomeId: outcome,
    recipients: type === 'EMAIL' ? [derivedEmail(customer)] : [],
    taskId:
      type === 'COMPLAINT'
        ? `TASK-${hashText(`${customer.customerNumber}:${index}`) % 100_000}`
        : null,
    sequence: index - 1_000_000,
    ...override,
  };
}

/** Customer 100's two latest contacts, on top of 12 generated ones (docs/API.md). */
function ameliaLatest(customer: CustomerRecord, first: number): ContactRecord[] {
  const rnd = seededRandom(1);
  return [
    generatedContact(rnd, customer, first, Date.parse('2026-11-20T10:05:00Z'), 'EMAIL', {
      userId: '1042',
      subject: 'Your cashmere cardigan: care guide',
      description:
        'Dear Amelia,\n\nThank you for visiting us in Hertford on 14 November. Here is how to look after your cashmere cardigan.\n\nKind regards,\nPriya Shah',
    }),
    generatedContact(rnd, customer, first + 1, Date.parse('2026-11-27T15:10:00Z'), 'CALL', {
      userId: '1042',
      subject: 'Alteration ready for collection',
      description: 'Called to say the coat alteration is ready. Spoke to the customer.',
      callOutcomeId: 'ANSWERED',
    }),
  ];
}

export function generateContacts(customer: CustomerRecord, seed: number): ContactRecord[] {
  const known = customer.customerNumber === '100';
  const rnd = seededRandom(
    known ? 100_200 : hashText(`contacts:${seed}:${customer.customerNumber}`),
  );
  const count = known ? 12 : Math.floor(rnd() ** 2 * 25);
  const start = HISTORY_END - 4 * 365 * DAY;
  const end = known ? Date.parse('2026-11-01T00:00:00Z') : HISTORY_END - DAY;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor((start + rnd() * (end - start)) / DAY) * DAY;
    times.push(day + (9 * 60 + Math.floor(rnd() * 540)) * 60_000);
  }
  times.sort((a, b) => a - b);
  const out = times.map((time, i) =>
    generatedContact(rnd, customer, i, time, pick(rnd, TYPE_WEIGHTS)),
  );
  if (known) out.push(...ameliaLatest(customer, count));
  return out;
}

function sameContent(a: ContactRecord, b: ContactDraft & { contactTypeId: ContactTypeId }) {
  return (
    a.customerNumber === b.customerNumber &&
    a.contactTypeId === b.contactTypeId &&
    a.time === parseDateTime(b.contactDate) &&
    a.userId === b.userId &&
    a.subject === b.subject &&
    a.description === b.description &&
    a.callOutcomeId === b.callOutcomeId &&
    a.recipients.length === b.recipients.length &&
    a.recipients.every((r, i) => r === b.recipients[i])
  );
}

export class ContactHistoryStore {
  private readonly saved = new Map<string, ContactRecord>();
  private readonly savedByCustomer = new Map<string, ContactRecord[]>();
  private readonly cache = new Map<string, readonly ContactRecord[]>();
  private sequence = 0;

  constructor(
    private readonly customers: CustomerStore,
    private readonly seed: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Generated and saved contacts, oldest first; undefined when there is no such customer. */
  of(customerNumber: string): readonly ContactRecord[] | undefined {
    const customer = this.customers.get(customerNumber);
    if (!customer) return undefined;
    let generated = this.cache.get(customerNumber);
    if (!generated) {
      generated = generateContacts(customer, this.seed);
      this.cache.set(customerNumber, generated);
      if (this.cache.size > 64) this.cache.delete(this.cache.keys().next().value as string);
    }
    return [...generated, ...(this.savedByCustomer.get(customerNumber) ?? [])];
  }

  search(
    customerNumber: string,
    filter: ContactFilter,
    descending: boolean,
  ): ContactRecord[] | undefined {
    const all = this.of(customerNumber);
    if (!all) return undefined;
    const types = filter.typeIds && filter.typeIds.length > 0 ? new Set(filter.typeIds) : null;
    const rows = all.filter(
      (c) =>
        (!types || types.has(c.contactTypeId)) &&
        (filter.from === undefined || c.time >= filter.from) &&
        (filter.to === undefined || c.time <= filter.to) &&
        (!filter.userId || c.userId === filter.userId),
    );
    rows.sort((a, b) => {
      const d = a.time - b.time || a.sequence - b.sequence;
      return descending ? -d : d;
    });
    return rows;
  }

  /** A contact by id, saved or generated. */
  byId(contactHistoryId: string): ContactRecord | undefined {
    const saved = this.saved.get(contactHistoryId);
    if (saved) return saved;
    if (!contactHistoryId.startsWith(GENERATED_PREFIX)) return undefined;
    const customerNumber = contactHistoryId.slice(
      GENERATED_PREFIX.length,
      contactHistoryId.lastIndexOf('-'),
    );
    return this.of(customerNumber)?.find((c) => c.contactHistoryId === contactHistoryId);
  }

  validate(draft: ContactDraft): ValidationProblem[] {
    const problems: ValidationProblem[] = [];
    const problem = (field: string, message: string) => problems.push({ field, message });
    const type = draft.contactTypeId.toUpperCase();
    if (!CONTACT_ID.test(draft.contactHistoryId))
      problem(
        'contactHistoryId',
        'The contact id must be 1-64 letters, digits, dots, colons, dashes or underscores.',
      );
    if (draft.customerNumber === '') problem('customerId', 'The customer is mandatory.');
    if (!(CONTACT_TYPES as readonly string[]).includes(type))
      problem(
        'customerContactTypeId',
        `The contact type must be one of ${CONTACT_TYPES.join(', ')}.`,
      );
    const time = parseDateTime(draft.contactDate);
    if (Number.isNaN(time))
      problem('contactDate', 'The contact date must be a date and time (xsd:dateTime).');
    else if (time > this.now() + CLOCK_SKEW_MS)
      problem('contactDate', 'The contact date is in the future.');
    if (draft.userId === '') problem('userId', 'The operator (userId) is mandatory.');
    else if (draft.userId.length > 20) problem('userId', 'The operator id is too long.');
    if (draft.subject.length > 200)
      problem('subject', 'The subject is longer than 200 characters.');
    if (draft.description.length > 4000)
      problem('description', 'The notes are longer than 4,000 characters.');
    if (type === 'CALL') {
      if (!(CALL_OUTCOMES as readonly string[]).includes(draft.callOutcomeId))
        problem('callOutcomeId', `A call needs an outcome: one of ${CALL_OUTCOMES.join(', ')}.`);
    } else if (draft.callOutcomeId !== '') problem('callOutcomeId', 'Only a call has an outcome.');
    if (type === 'EMAIL') {
      if (draft.subject.trim() === '') problem('subject', 'An e-mail needs a subject.');
      if (draft.description.trim() === '') problem('description', 'An e-mail needs a message.');
      if (draft.recipients.length === 0) problem('recipients', 'An e-mail needs a recipient.');
      else if (draft.recipients.length > 10) problem('recipients', 'At most 10 recipients.');
      for (const r of draft.recipients)
        if (!EMAIL.test(r)) problem('recipients', `${r} is not a valid e-mail address.`);
    } else if (draft.recipients.length > 0) problem('recipients', 'Only an e-mail has recipients.');
    return problems;
  }

  /**
   * Records a contact once: the same id again with the same content answers the record
   * already kept (a retry or a double tap); the same id with other content is refused.
   */
  save(draft: ContactDraft): SaveContactResult {
    const problems = this.validate(draft);
    if (problems.length > 0) return { outcome: 'ValidationFailed', problems };
    const normalised = {
      ...draft,
      contactTypeId: draft.contactTypeId.toUpperCase() as ContactTypeId,
    };
    const existing = this.byId(draft.contactHistoryId);
    if (existing) {
      if (sameContent(existing, normalised))
        return { outcome: 'Success', record: existing, repeated: true };
      return {
        outcome: 'ValidationFailed',
        problems: [
          {
            field: 'contactHistoryId',
            message: `Contact ${draft.contactHistoryId} is already recorded with other details.`,
          },
        ],
      };
    }
    if (!this.customers.get(draft.customerNumber)) return { outcome: 'NoCustomer' };
    const record: ContactRecord = {
      ...normalised,
      recipients: [...draft.recipients],
      time: parseDateTime(draft.contactDate),
      taskId: null,
      sequence: ++this.sequence,
    };
    this.saved.set(record.contactHistoryId, record);
    const list = this.savedByCustomer.get(record.customerNumber) ?? [];
    list.push(record);
    this.savedByCustomer.set(record.customerNumber, list);
    return { outcome: 'Success', record, repeated: false };
  }

  /** Contacts saved at tills since start (or the last reset). */
  get savedCount(): number {
    return this.saved.size;
  }

  /** E-mails recorded at tills: what the Enactor server would send. */
  emails(): ContactRecord[] {
    return [...this.saved.values()].filter((c) => c.contactTypeId === 'EMAIL');
  }

  reset(): void {
    this.saved.clear();
    this.savedByCustomer.clear();
  }
}
