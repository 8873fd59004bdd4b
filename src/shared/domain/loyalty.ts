/** The account type of a loyalty (points) account [S002]. */
export const LOYALTY_ACCOUNT_TYPE = 'customerLoyaltyAccount';

/** Loyalty, credit and deposit accounts as AccountBalanceService describes them (seed 002). */

export interface LoyaltyAccountSummary {
  readonly accountId: string;
  readonly accountType: string;
  readonly status: string;
}

export interface LoyaltyAccount {
  readonly accountId: string;
  readonly accountType: string;
  readonly currencyId: string;
  readonly status: string;
  /** ISO date-time, or null. */
  readonly openedDate: string | null;
  readonly customerNumber: string;
  readonly loyaltySchemeId: string;
  readonly tierCode: string;
  readonly manualTierReview: boolean;
}

export interface AccountBalance {
  readonly accountId: string;
  readonly accountType: string;
  /** Points for loyalty accounts; minor currency units for credit and deposit accounts. */
  readonly balance: number;
  readonly currencyId: string;
  readonly balanceDate: string | null;
}

export interface CustomerCard {
  readonly accountId: string;
  readonly status: string;
  /** The full card number: never show it, use maskCardNumber. */
  readonly pan: string;
  readonly createdOn: string | null;
  readonly expiryDate: string | null;
}

export interface PostalAddress {
  readonly typeId: string;
  readonly preferred: boolean;
  readonly lines: readonly string[];
  readonly town: string;
  readonly county: string;
  readonly postcode: string;
  readonly country: string;
}

export interface ContactPoint {
  /** An e-mail address or a phone number. */
  readonly value: string;
  readonly typeId: string;
  readonly preferred: boolean;
}

export interface AccountCustomer {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly initials: string;
  readonly sex: string;
  readonly dateOfBirth: string | null;
  readonly organisation: string;
  readonly customerType: string;
  readonly status: string;
  readonly contactMethod: string;
  readonly contactable: boolean;
  readonly addresses: readonly PostalAddress[];
  readonly emails: readonly ContactPoint[];
  readonly phones: readonly ContactPoint[];
}

export interface CustomerGroup {
  readonly groupId: string;
  readonly groupHierarchyId: string;
  readonly groupTypeId: string;
}

/** The four documented outcomes of a balance enquiry, each with what the cashier needs. */
export type BalanceEnquiryResult =
  | {
      readonly outcome: 'Success';
      readonly account: LoyaltyAccount;
      readonly balance: AccountBalance;
      readonly customer: AccountCustomer | null;
      readonly card: CustomerCard | null;
      readonly groups: readonly CustomerGroup[];
    }
  | { readonly outcome: 'NoAccount'; readonly message: string }
  | { readonly outcome: 'UnknownAccountType'; readonly message: string }
  | { readonly outcome: 'Fail'; readonly message: string };

/** What identifies the account of an enquiry or update: a card, or an account id. */
export type AccountReference =
  | { readonly cardNumber: string; readonly accountType: string }
  | { readonly accountId: string; readonly accountType: string };

export interface BalanceUpdateRequest {
  /** The POS transaction id: unique per device, and the update's idempotency key with it. */
  readonly transactionId: string;
  readonly deviceId: string;
  readonly locationId: string;
  readonly account: AccountReference;
  readonly updateAmount: number;
  /** ISO date-time of the sale. */
  readonly dateTimeUpdated: string;
  readonly currencyId: string;
}

export type BalanceUpdateResult =
  | {
      readonly outcome: 'Success';
      readonly transactionId: string;
      readonly accountId: string;
      readonly updateAmount: number;
      readonly referenceId: string;
      /** The balance after the update, as the server reports it. */
      readonly balance: number | null;
      readonly lastUpdated: string | null;
    }
  | { readonly outcome: 'NoAccount' | 'UnknownAccountType' | 'Fail'; readonly message: string };

/** PCI DSS 3.4.1: at most the first six and last four digits; short numbers keep the last four. */
export function maskCardNumber(pan: string): string {
  const digits = pan.replace(/\s+/g, '');
  if (digits.length <= 4) return '•'.repeat(digits.length);
  if (digits.length <= 10) return '•'.repeat(digits.length - 4) + digits.slice(-4);
  return digits.slice(0, 6) + '•'.repeat(digits.length - 10) + digits.slice(-4);
}
