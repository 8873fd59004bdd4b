import type { CustomerRecord } from '../customers/customer-record.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { derivedEmail } from './crm-record.ts';
import type { CrmStore } from './crm-store.ts';

/**
 * Who is affiliated to a customer, as the server works it out: HOUSEHOLD (the same preferred
 * address: postcode and street) and COMPANY (the same organisation). And the Email Client's
 * address book: customers found by name or e-mail, with an e-mail to write to.
 */

export type AffiliationTypeId = 'HOUSEHOLD' | 'COMPANY';

export interface Affiliation {
  readonly customerNumber: string;
  readonly typeId: AffiliationTypeId;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const compact = (s: string) => s.replace(/\s+/g, '').toUpperCase();
const streetOf = (r: CustomerRecord) => fold(`${r.street1} ${r.street2}`);
/** Organisations that tie nobody together. */
const NO_COMPANY = new Set(['', 'self-employed', 'self employed', 'none', 'n/a']);

/** By surname, forename, then number; each key folded once, not per comparison. */
function sortByName<T extends { readonly record: CustomerRecord }>(items: T[]): T[] {
  const keyed = items.map((item) => ({
    item,
    key: `${fold(item.record.surname)}\u0000${fold(item.record.forename)}`,
    number: item.record.customerNumber,
  }));
  keyed.sort((a, b) => (a.key === b.key ? (a.number < b.number ? -1 : 1) : a.key < b.key ? -1 : 1));
  return keyed.map((k) => k.item);
}
const byName = (records: CustomerRecord[]) =>
  sortByName(records.map((record) => ({ record }))).map((r) => r.record);

export class Affiliations {
  private companies: Map<string, number[]> | null = null;
  private builtAt = { size: -1, revision: -1 };

  constructor(
    private readonly customers: CustomerStore,
    private readonly crm: CrmStore,
  ) {}

  household(customer: CustomerRecord): CustomerRecord[] {
    if (customer.postCode.trim() === '' || customer.street1.trim() === '') return [];
    const postCode = compact(customer.postCode);
    const street = streetOf(customer);
    const out: CustomerRecord[] = [];
    for (const p of this.customers.searchPostcode(postCode)) {
      const r = this.customers.at(p);
      if (r.customerNumber === customer.customerNumber) continue;
      if (compact(r.postCode) === postCode && streetOf(r) === street) out.push(r);
    }
    return byName(out);
  }

  company(customer: CustomerRecord): CustomerRecord[] {
    const key = fold(customer.organisation);
    if (NO_COMPANY.has(key)) return [];
    const positions = this.companyIndex().get(key) ?? [];
    const out: CustomerRecord[] = [];
    for (const p of positions) {
      const r = this.customers.at(p);
      // The index may be older than an edit of this row: check the row as it is now.
      if (r.customerNumber !== customer.customerNumber && fold(r.organisation) === key) out.push(r);
    }
    return byName(out);
  }

  /** Household members first, then colleagues not already listed; each by name. */
  of(customerNumber: string, only?: AffiliationTypeId): Affiliation[] | undefined {
    const customer = this.customers.get(customerNumber);
    if (!customer) return undefined;
    const household = only === 'COMPANY' ? [] : this.household(customer);
    const listed = new Set(household.map((r) => r.customerNumber));
    const company =
      only === 'HOUSEHOLD'
        ? []
        : this.company(customer).filter((r) => !listed.has(r.customerNumber));
    return [
      ...household.map((r) => ({ customerNumber: r.customerNumber, typeId: 'HOUSEHOLD' as const })),
      ...company.map((r) => ({ customerNumber: r.customerNumber, typeId: 'COMPANY' as const })),
    ];
  }

  /** Positions by organisation, rebuilt when customers were added or CRM records edited. */
  private companyIndex(): Map<string, number[]> {
    const now = { size: this.customers.size, revision: this.crm.revision };
    if (this.companies && now.size === this.builtAt.size && now.revision === this.builtAt.revision)
      return this.companies;
    const index = new Map<string, number[]>();
    for (let p = 0; p < this.customers.size; p++) {
      const key = fold(this.customers.at(p).organisation);
      if (NO_COMPANY.has(key)) continue;
      const list = index.get(key);
      if (list) list.push(p);
      else index.set(key, [p]);
    }
    this.companies = index;
    this.builtAt = now;
    return index;
  }
}

export interface AddressBookEntry {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly emailAddress: string;
}

/**
 * The address book: a text with "@" is an e-mail prefix (a pass over every customer, as CRM
 * search's e-mail criterion); anything else is a name prefix ("forename surname" or
 * "surname forename", dots and underscores read as spaces so "ella.smith" finds Ella Smith),
 * through the name index. Only customers with an e-mail are listed, by surname, forename.
 */
export function searchAddressBook(
  customers: CustomerStore,
  crm: CrmStore,
  text: string,
): AddressBookEntry[] {
  const wanted = fold(text);
  const emailOf = (r: CustomerRecord) => {
    const changed = crm.changedRecord(r.customerNumber);
    if (!changed) return derivedEmail(r);
    return (changed.emails.find((e) => e.preferred) ?? changed.emails[0])?.value ?? '';
  };
  const found: { record: CustomerRecord; email: string }[] = [];
  if (wanted.includes('@')) {
    for (let p = 0; p < customers.size; p++) {
      const record = customers.at(p);
      const changed = crm.changedRecord(record.customerNumber);
      const all = changed ? changed.emails.map((e) => e.value) : [derivedEmail(record)];
      // The address that matched, which need not be the preferred one.
      const email = all.find((e) => fold(e).startsWith(wanted));
      if (email !== undefined) found.push({ record, email });
    }
  } else {
    const term = wanted.replace(/[._]+/g, ' ');
    for (const p of customers.searchName(term)) {
      const record = customers.at(p);
      const email = emailOf(record);
      if (email !== '') found.push({ record, email });
    }
  }
  return sortByName(found).map(({ record: r, email }) => ({
    customerNumber: r.customerNumber,
    title: r.title,
    forename: r.forename,
    surname: r.surname,
    emailAddress: email,
  }));
}
