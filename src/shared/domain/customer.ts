/** A customer as a search row knows it (CustomerService name and postcode searches). */
export interface CustomerSummary {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  /** Calendar date `YYYY-MM-DD`, as written by the server (no time-zone shift). */
  readonly dateOfBirth: string | null;
  readonly organisation: string;
  readonly tradingName: string;
  /** ISO date-time of the last transaction, when the server knows one. */
  readonly lastTransactionDate: string | null;
  /** Non-empty street lines, in order. */
  readonly addressLines: readonly string[];
  readonly town: string;
  readonly province: string;
  readonly postcode: string;
  readonly hasLoyaltyAccounts: boolean;
}

export function customerDisplayName(c: Pick<CustomerSummary, 'title' | 'forename' | 'surname'>) {
  return [c.title, c.forename, c.surname].filter((part) => part.trim() !== '').join(' ');
}
