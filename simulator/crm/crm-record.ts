import type { CustomerRecord } from '../customers/customer-record.ts';

/** A customer as CRM holds it: everything Client Details shows. */
export interface CrmAddress {
  readonly typeId: string;
  readonly preferred: boolean;
  readonly street1: string;
  readonly street2: string;
  readonly street3: string;
  readonly town: string;
  readonly county: string;
  readonly postCode: string;
  readonly country: string;
}

export interface CrmContact {
  readonly value: string;
  readonly typeId: string;
  readonly preferred: boolean;
}

export interface CrmRecord {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly initials: string;
  readonly sex: string;
  /** xsd:dateTime, or null. */
  readonly dateOfBirth: string | null;
  readonly organisation: string;
  readonly customerType: string;
  readonly status: string;
  readonly addresses: readonly CrmAddress[];
  readonly emails: readonly CrmContact[];
  readonly phones: readonly CrmContact[];
  readonly contactMethod: string;
  readonly contactable: boolean;
  readonly jobs: readonly { jobTitle: string; organisation: string; startDate: string }[];
  readonly groups: readonly { groupId: string; groupHierarchyId: string; groupTypeId: string }[];
  readonly appointments: readonly {
    appointmentDate: string;
    description: string;
    location: string;
  }[];
  readonly lastUpdated: string;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

const JOBS = ['Teacher', 'Nurse', 'Engineer', 'Accountant', 'Chef', 'Designer', 'Pharmacist'];
const GROUPS = ['NEWSLETTER', 'VIP', 'STAFF_FRIENDS', 'TRADE'];

/** Seed 002's enquiry customer 100 exactly: the full record behind the Carmel address. */
const SEED_100: Omit<CrmRecord, keyof CustomerRecord | 'addresses'> & {
  addresses: CrmAddress[];
} = {
  initials: 'AB',
  sex: 'FEMALE',
  customerType: 'RETAIL',
  status: 'Active',
  addresses: [
    {
      typeId: 'ADDRESS_HOME',
      preferred: true,
      street1: '137 Newport Road',
      street2: '',
      street3: '',
      town: 'Carmel',
      county: '',
      postCode: 'SG14 3AG',
      country: 'United Kingdom',
    },
  ],
  emails: [{ value: 'rasangi.desilva@enactor.co.uk', typeId: 'EMAIL_HOME', preferred: true }],
  phones: [{ value: '078 1839 3795', typeId: 'PHONE_MOBILE', preferred: true }],
  contactMethod: 'METHOD_EMAIL',
  contactable: false,
  jobs: [],
  groups: [],
  appointments: [],
  lastUpdated: '2024-02-14T05:22:35Z',
};

const numberDigits = (c: CustomerRecord) =>
  c.customerNumber.replace(/\D/g, '').padStart(8, '0').slice(-8);

/** The e-mail and mobile a search row's customer has in CRM (cheap: no full record). */
export function derivedEmail(c: CustomerRecord): string {
  if (c.customerNumber === '100') return SEED_100.emails[0]?.value ?? '';
  return `${ascii(c.forename)}.${ascii(c.surname)}@example.co.uk`;
}

export function derivedPhone(c: CustomerRecord): string {
  if (c.customerNumber === '100') return SEED_100.phones[0]?.value ?? '';
  if (c.phone) return c.phone;
  // A UK mobile of the national plan (07970 000123), so an edit passes the till's check.
  const digits = numberDigits(c).slice(-7);
  return `0797${digits.slice(0, 1)} ${digits.slice(1)}`;
}

/**
 * The CRM record of a customer the simulator has only as a search row: contact details,
 * a job, groups and an appointment derived from the customer number (stable across runs).
 */
export function deriveCrmRecord(c: CustomerRecord): CrmRecord {
  const base = {
    customerNumber: c.customerNumber,
    title: c.title,
    forename: c.forename,
    surname: c.surname,
    dateOfBirth: c.dateOfBirth,
    organisation: c.organisation,
  };
  if (c.customerNumber === '100') return { ...base, ...SEED_100 };
  const h = hash(c.customerNumber);
  const digits = numberDigits(c);
  return {
    ...base,
    initials: `${c.forename.charAt(0)}${c.surname.charAt(0)}`.toUpperCase(),
    sex: ['Mrs', 'Ms', 'Miss'].includes(c.title) ? 'FEMALE' : c.title === 'Mr' ? 'MALE' : '',
    customerType: c.organisation ? 'TRADE' : 'RETAIL',
    status: 'Active',
    addresses: [
      {
        typeId: 'ADDRESS_HOME',
        preferred: true,
        street1: c.street1,
        street2: c.street2,
        street3: c.street3,
        town: c.town,
        county: c.province,
        postCode: c.postCode,
        country: c.country ?? 'United Kingdom',
      },
    ],
    emails: [
      {
        value: derivedEmail(c),
        typeId: 'EMAIL_HOME',
        preferred: true,
      },
    ],
    phones: [
      {
        value: derivedPhone(c),
        typeId: 'PHONE_MOBILE',
        preferred: true,
      },
    ],
    contactMethod: Number(digits) % 3 === 0 ? 'METHOD_PHONE' : 'METHOD_EMAIL',
    contactable: h % 4 !== 0,
    jobs:
      h % 3 === 0
        ? []
        : [
            {
              jobTitle: JOBS[h % JOBS.length] as string,
              organisation: c.organisation || 'Self-employed',
              startDate: `${2005 + (h % 18)}-0${1 + (h % 9)}-01T00:00:00Z`,
            },
          ],
    groups:
      h % 2 === 0
        ? [
            {
              groupId: GROUPS[(h >>> 3) % GROUPS.length] as string,
              groupHierarchyId: 'CUSTOMER',
              groupTypeId: 'MARKETING',
            },
          ]
        : [],
    appointments:
      h % 5 === 0
        ? [
            {
              appointmentDate: `2026-12-${String(1 + (h % 28)).padStart(2, '0')}T10:30:00Z`,
              description: 'Personal styling',
              location: 'Store 0005',
            },
          ]
        : [],
    lastUpdated: '2026-10-01T09:00:00Z',
  };
}

/** The search row a CRM record makes (what CustomerService finds). */
export function toCustomerRecord(r: CrmRecord, previous?: CustomerRecord): CustomerRecord {
  const address = r.addresses.find((a) => a.preferred) ?? r.addresses[0];
  return {
    customerNumber: r.customerNumber,
    title: r.title,
    forename: r.forename,
    surname: r.surname,
    dateOfBirth: r.dateOfBirth,
    organisation: r.organisation,
    tradingName: previous?.tradingName ?? '',
    lastTransactionDate: previous?.lastTransactionDate ?? null,
    street1: address?.street1 ?? '',
    street2: address?.street2 ?? '',
    street3: address?.street3 ?? '',
    town: address?.town ?? '',
    province: address?.county ?? '',
    postCode: address?.postCode ?? '',
    hasLoyaltyAccounts: previous?.hasLoyaltyAccounts ?? false,
  };
}
