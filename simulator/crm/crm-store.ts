import type { AccountStore } from '../accounts/account-store.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import {
  deriveCrmRecord,
  derivedEmail,
  derivedPhone,
  toCustomerRecord,
  type CrmRecord,
} from './crm-record.ts';

export interface CrmCriteria {
  readonly forename?: string;
  readonly surname?: string;
  readonly address?: string;
  readonly postCode?: string;
  readonly emailAddress?: string;
  readonly phoneNumber?: string;
  readonly loyaltyNumber?: string;
}

export type CrmSortProperty =
  | 'customerName.surname'
  | 'customerName.forename'
  | 'AddressJoin:town'
  | 'AddressJoin:postCode'
  | 'customerNumber';

/** Case-, accent- and space-insensitive text for matching and ordering. */
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const compact = (s: string) => fold(s).replace(/\s/g, '');
/** A UK phone number as digits, +44 read as 0 (the simulator's own rule, not the till's). */
const phoneDigits = (s: string) => {
  const d = s.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (d.startsWith('0044')) return `0${d.slice(4)}`;
  if (d.startsWith('44') && d.length >= 11) return `0${d.slice(2)}`;
  return d;
};

export type ValidationProblem = { field: string; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Postcodes of the countries the simulator trains for: UK, France and Germany, Ireland, Netherlands. */
const POSTCODES = [
  /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  /^\d{5}$/,
  /^[A-Z]\d[\dW] ?[\dA-Z]{4}$/i,
  /^[1-9]\d{3} ?[A-Z]{2}$/i,
];

/**
 * CRM records over the simulator's one customer store: a customer saved here is found by
 * CustomerService's name search too, and edits show in balance enquiries.
 */
export class CrmStore {
  private readonly changed = new Map<string, CrmRecord>();
  private edits = 0;

  constructor(
    private readonly customers: CustomerStore,
    private readonly accounts: AccountStore,
  ) {}

  /** Moves on with every create and update (lets derived indexes know they are stale). */
  get revision(): number {
    return this.edits;
  }

  /** The record as a till last saved it; undefined while it is still the derived one. */
  changedRecord(customerNumber: string): CrmRecord | undefined {
    return this.changed.get(customerNumber);
  }

  get(customerNumber: string): CrmRecord | undefined {
    const changed = this.changed.get(customerNumber);
    if (changed) return changed;
    const customer = this.customers.get(customerNumber);
    return customer ? deriveCrmRecord(customer) : undefined;
  }

  /**
   * Customer numbers matching every criterion, in the order asked for. Matching and ordering
   * use a light view of each candidate (its search row, or its CRM record if it was changed);
   * derived e-mails and phones are worked out only when those criteria are given, so full
   * records are built only for the page the caller returns.
   */
  search(criteria: CrmCriteria, sort: CrmSortProperty, descending: boolean): string[] {
    const c = Object.fromEntries(
      Object.entries(criteria).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as CrmCriteria;
    // Narrow with an index where one fits, then check every criterion.
    let positions: Iterable<number>;
    if (c.loyaltyNumber) {
      const owner = this.accounts.byCard(c.loyaltyNumber.replace(/\D/g, ''))?.customerNumber;
      const position = owner === undefined ? undefined : this.customers.positionOf(owner);
      positions = position === undefined ? [] : [position];
    } else if (c.surname || c.forename) {
      positions = this.customers.searchName((c.surname || c.forename) as string);
    } else if (c.postCode) {
      positions = this.customers.searchPostcode(c.postCode);
    } else {
      positions = Array.from({ length: this.customers.size }, (_, i) => i);
    }
    const wanted = {
      forename: c.forename ? fold(c.forename) : '',
      surname: c.surname ? fold(c.surname) : '',
      postCode: c.postCode ? compact(c.postCode) : '',
      address: c.address ? fold(c.address) : '',
      email: c.emailAddress ? fold(c.emailAddress) : '',
      phone: c.phoneNumber ? phoneDigits(c.phoneNumber) : '',
    };
    const found: { number: string; key: string }[] = [];
    for (const p of positions) {
      const row = this.customers.at(p);
      const changed = this.changed.get(row.customerNumber);
      const address = changed
        ? (changed.addresses.find((a) => a.preferred) ?? changed.addresses[0])
        : undefined;
      const forename = changed?.forename ?? row.forename;
      const surname = changed?.surname ?? row.surname;
      const town = changed ? (address?.town ?? '') : row.town;
      const postCode = changed ? (address?.postCode ?? '') : row.postCode;
      if (wanted.forename && !fold(forename).startsWith(wanted.forename)) continue;
      if (wanted.surname && !fold(surname).startsWith(wanted.surname)) continue;
      if (wanted.postCode && !compact(postCode).startsWith(wanted.postCode)) continue;
      if (wanted.address) {
        const lines = changed
          ? changed.addresses.map((a) =>
              [a.street1, a.street2, a.street3, a.town, a.county].join(' '),
            )
          : [[row.street1, row.street2, row.street3, row.town, row.province].join(' ')];
        if (!lines.some((l) => fold(l).includes(wanted.address))) continue;
      }
      if (wanted.email) {
        const emails = changed ? changed.emails.map((e) => e.value) : [derivedEmail(row)];
        if (!emails.some((e) => fold(e).startsWith(wanted.email))) continue;
      }
      if (wanted.phone) {
        const phones = changed ? changed.phones.map((e) => e.value) : [derivedPhone(row)];
        if (!phones.some((ph) => phoneDigits(ph).includes(wanted.phone))) continue;
      }
      if (
        c.loyaltyNumber &&
        this.loyaltyNumber(row.customerNumber) !== c.loyaltyNumber.replace(/\D/g, '')
      )
        continue;
      let key: string;
      switch (sort) {
        case 'customerName.surname':
          key = `${fold(surname)}\u0000${fold(forename)}`;
          break;
        case 'customerName.forename':
          key = `${fold(forename)}\u0000${fold(surname)}`;
          break;
        case 'AddressJoin:town':
          key = fold(town);
          break;
        case 'AddressJoin:postCode':
          key = compact(postCode);
          break;
        case 'customerNumber':
          key = row.customerNumber;
          break;
      }
      found.push({ number: row.customerNumber, key });
    }
    found.sort((a, b) =>
      a.key === b.key
        ? a.number < b.number
          ? -1
          : 1
        : (a.key < b.key ? -1 : 1) * (descending ? -1 : 1),
    );
    return found.map((f) => f.number);
  }

  loyaltyNumber(customerNumber: string): string {
    return this.accounts.forCustomer(customerNumber).find((a) => a.pan)?.pan ?? '';
  }

  /**
   * What is wrong with a record the till sends, as the service would say it. An e-mail is
   * checked for another owner only when it is new to the record: an address it already had
   * (generated namesakes share some) is not the cashier's doing.
   */
  validate(r: CrmRecord, before?: CrmRecord): ValidationProblem[] {
    const had = new Set(before?.emails.map((e) => e.value.trim().toLowerCase()) ?? []);
    const problems: ValidationProblem[] = [];
    if (r.forename.trim() === '')
      problems.push({ field: 'customerName.forename', message: 'Forename is mandatory.' });
    if (r.surname.trim() === '')
      problems.push({ field: 'customerName.surname', message: 'Surname is mandatory.' });
    for (const e of r.emails) {
      if (!EMAIL.test(e.value)) {
        problems.push({
          field: 'emailAddress',
          message: `${e.value} is not a valid e-mail address.`,
        });
        continue;
      }
      if (had.has(e.value.trim().toLowerCase())) continue;
      const owner = this.emailOwner(e.value);
      if (owner && owner !== r.customerNumber)
        problems.push({
          field: 'emailAddress',
          message: `This e-mail address is already used by customer ${owner}.`,
        });
    }
    for (const a of r.addresses) {
      if (a.postCode && !POSTCODES.some((p) => p.test(a.postCode.trim())))
        problems.push({ field: 'postCode', message: `${a.postCode} is not a postcode.` });
    }
    if (r.dateOfBirth && Date.parse(r.dateOfBirth) > Date.now())
      problems.push({
        field: 'customerName.dateOfBirth',
        message: 'Date of birth is in the future.',
      });
    return problems;
  }

  create(record: Omit<CrmRecord, 'customerNumber' | 'lastUpdated'>): CrmRecord {
    const created: CrmRecord = {
      ...record,
      customerNumber: this.customers.nextCustomerNumber(),
      lastUpdated: new Date().toISOString(),
    };
    this.customers.add(toCustomerRecord(created));
    this.changed.set(created.customerNumber, created);
    this.edits++;
    return created;
  }

  update(record: CrmRecord): CrmRecord {
    const before = this.get(record.customerNumber);
    if (!before) throw new Error(`no customer ${record.customerNumber}`);
    // A stamp that always moves on, even within one millisecond.
    let stamp = new Date().toISOString();
    if (stamp <= before.lastUpdated)
      stamp = new Date(Date.parse(before.lastUpdated) + 1).toISOString();
    const updated: CrmRecord = { ...record, lastUpdated: stamp };
    this.customers.replace(toCustomerRecord(updated, this.customers.get(record.customerNumber)));
    this.changed.set(updated.customerNumber, updated);
    this.edits++;
    return updated;
  }

  private emailOwner(email: string): string | undefined {
    const wanted = email.trim().toLowerCase();
    const owns = (r: CrmRecord | undefined) =>
      r?.emails.some((e) => e.value.trim().toLowerCase() === wanted) ?? false;
    for (const r of this.changed.values()) if (owns(r)) return r.customerNumber;
    // Derived addresses are forename.surname@...: only customers of that name can hold one.
    const [local] = wanted.split('@');
    const name = (local ?? '').split('.').join(' ');
    if (name.trim() === '') return undefined;
    for (const p of this.customers.searchName(name)) {
      const r = this.get(this.customers.at(p).customerNumber);
      if (owns(r)) return r?.customerNumber;
    }
    return undefined;
  }
}
