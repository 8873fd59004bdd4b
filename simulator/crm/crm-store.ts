import type { AccountStore } from '../accounts/account-store.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { deriveCrmRecord, toCustomerRecord, type CrmRecord } from './crm-record.ts';

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
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;

/**
 * CRM records over the simulator's one customer store: a customer saved here is found by
 * CustomerService's name search too, and edits show in balance enquiries.
 */
export class CrmStore {
  private readonly changed = new Map<string, CrmRecord>();

  constructor(
    private readonly customers: CustomerStore,
    private readonly accounts: AccountStore,
  ) {}

  get(customerNumber: string): CrmRecord | undefined {
    const changed = this.changed.get(customerNumber);
    if (changed) return changed;
    const customer = this.customers.get(customerNumber);
    return customer ? deriveCrmRecord(customer) : undefined;
  }

  search(criteria: CrmCriteria, sort: CrmSortProperty, descending: boolean): CrmRecord[] {
    const c = Object.fromEntries(
      Object.entries(criteria).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
    ) as CrmCriteria;
    // Narrow with an index where one fits, then check every criterion on the records.
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
    const found: CrmRecord[] = [];
    for (const p of positions) {
      const record = this.get(this.customers.at(p).customerNumber);
      if (record && this.matches(record, c)) found.push(record);
    }
    const key = (r: CrmRecord) => {
      const address = r.addresses.find((a) => a.preferred) ?? r.addresses[0];
      switch (sort) {
        case 'customerName.surname':
          return `${fold(r.surname)}\u0000${fold(r.forename)}`;
        case 'customerName.forename':
          return `${fold(r.forename)}\u0000${fold(r.surname)}`;
        case 'AddressJoin:town':
          return fold(address?.town ?? '');
        case 'AddressJoin:postCode':
          return compact(address?.postCode ?? '');
        case 'customerNumber':
          return r.customerNumber;
      }
    };
    const keyed = found.map((r) => [key(r), r] as const);
    keyed.sort(([a, ra], [b, rb]) =>
      a === b
        ? ra.customerNumber < rb.customerNumber
          ? -1
          : 1
        : (a < b ? -1 : 1) * (descending ? -1 : 1),
    );
    return keyed.map(([, r]) => r);
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
      if (a.postCode && !POSTCODE.test(a.postCode.trim()))
        problems.push({ field: 'postCode', message: `${a.postCode} is not a UK postcode.` });
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

  private matches(r: CrmRecord, c: CrmCriteria): boolean {
    const address = r.addresses.find((a) => a.preferred) ?? r.addresses[0];
    if (c.forename && !fold(r.forename).startsWith(fold(c.forename))) return false;
    if (c.surname && !fold(r.surname).startsWith(fold(c.surname))) return false;
    if (c.postCode && !compact(address?.postCode ?? '').startsWith(compact(c.postCode)))
      return false;
    if (c.address) {
      const text = r.addresses
        .map((a) => fold([a.street1, a.street2, a.street3, a.town, a.county].join(' ')))
        .join(' | ');
      if (!text.includes(fold(c.address))) return false;
    }
    if (c.emailAddress) {
      const wanted = fold(c.emailAddress);
      if (!r.emails.some((e) => fold(e.value).startsWith(wanted))) return false;
    }
    if (c.phoneNumber) {
      const wanted = phoneDigits(c.phoneNumber);
      if (!r.phones.some((p) => phoneDigits(p.value).includes(wanted))) return false;
    }
    if (
      c.loyaltyNumber &&
      this.loyaltyNumber(r.customerNumber) !== c.loyaltyNumber.replace(/\D/g, '')
    )
      return false;
    return true;
  }
}
