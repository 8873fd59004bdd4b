/** A customer as the simulator stores it (the columns CustomerService returns). */
export interface CustomerRecord {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  /** xsd:dateTime as the server writes it, or null. */
  readonly dateOfBirth: string | null;
  readonly organisation: string;
  readonly tradingName: string;
  readonly lastTransactionDate: string | null;
  readonly street1: string;
  readonly street2: string;
  readonly street3: string;
  readonly town: string;
  readonly province: string;
  readonly postCode: string;
  readonly hasLoyaltyAccounts: boolean;
  /** A generated customer's mobile, as written in their country (CRM shows it). */
  readonly phone?: string;
  /** A generated customer's country, as CRM addresses name it. */
  readonly country?: string;
}

/** The customers of seed 002, exactly as its examples show them. */
export const SEED_CUSTOMERS: readonly CustomerRecord[] = [
  {
    customerNumber: '00100',
    title: '',
    forename: 'Ricky',
    surname: 'Gervais',
    dateOfBirth: null,
    organisation: '',
    tradingName: '',
    lastTransactionDate: null,
    street1: '137 Newport Road',
    street2: '',
    street3: '',
    town: '',
    province: '',
    postCode: 'SG14 3AG',
    hasLoyaltyAccounts: false,
  },
  {
    customerNumber: '100',
    title: 'Mrs',
    forename: 'Amelia',
    surname: 'Baldwin',
    dateOfBirth: '1987-02-03T00:00:00Z',
    organisation: 'Enactor',
    tradingName: '',
    lastTransactionDate: null,
    street1: '137 Newport Road',
    street2: '',
    street3: '',
    town: 'Carmel',
    province: '',
    postCode: 'SG14 3AG',
    hasLoyaltyAccounts: true,
  },
  {
    customerNumber: '7004',
    title: 'Mrs',
    forename: 'Aspen',
    surname: 'Green',
    dateOfBirth: '1998-05-22T00:00:00+01:00',
    organisation: '',
    tradingName: '',
    lastTransactionDate: null,
    street1: 'Dagkli',
    street2: '',
    street3: '',
    town: 'Thessaloniki',
    province: '',
    postCode: '54621',
    hasLoyaltyAccounts: false,
  },
];
