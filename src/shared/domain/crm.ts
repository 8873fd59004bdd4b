/** CRM (CRMCustomerDataService, seed 001): Client Search, Client Details, new and edited customers. */
import type { AccountCustomer, CustomerGroup } from './loyalty';

export interface CrmCriteria {
  readonly forename: string;
  readonly surname: string;
  readonly address: string;
  readonly postcode: string;
  readonly email: string;
  readonly phone: string;
  readonly loyaltyNumber: string;
}

export const EMPTY_CRITERIA: CrmCriteria = {
  forename: '',
  surname: '',
  address: '',
  postcode: '',
  email: '',
  phone: '',
  loyaltyNumber: '',
};

export const hasCriteria = (c: CrmCriteria) => Object.values(c).some((v) => v.trim() !== '');

export type CrmSortColumn = 'surname' | 'forename' | 'town' | 'postcode' | 'customerNumber';

export interface CrmSort {
  readonly column: CrmSortColumn;
  readonly descending: boolean;
}

/** One row of Client Search. */
export interface CrmCustomerRow {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly street: string;
  readonly town: string;
  readonly postcode: string;
  readonly email: string;
  readonly phone: string;
  /** The full number: show it masked (maskCardNumber). */
  readonly loyaltyNumber: string;
  readonly status: string;
}

export interface Job {
  readonly jobTitle: string;
  readonly organisation: string;
  readonly startDate: string | null;
}

export interface Appointment {
  /** ISO date-time. */
  readonly at: string;
  readonly description: string;
  readonly location: string;
}

/** Client Details: the customer entity plus what CRM adds. */
export interface CustomerDetails extends AccountCustomer {
  readonly jobs: readonly Job[];
  readonly groups: readonly CustomerGroup[];
  readonly appointments: readonly Appointment[];
  /** The record's stamp: an update carries it, and a stale one is refused as a conflict. */
  readonly lastUpdated: string;
}

/** What the cashier types in the new and edit forms. */
export interface CustomerDraft {
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  readonly sex: string;
  /** `YYYY-MM-DD`, or empty. */
  readonly dateOfBirth: string;
  readonly organisation: string;
  readonly email: string;
  readonly phone: string;
  readonly street1: string;
  readonly street2: string;
  readonly town: string;
  readonly county: string;
  readonly postcode: string;
  readonly contactMethod: string;
  readonly contactable: boolean;
}

export type DraftField = keyof CustomerDraft;

export type SaveResult =
  | { readonly outcome: 'Success'; readonly customer: CustomerDetails }
  | {
      readonly outcome: 'Invalid';
      readonly message: string;
      /** Field -> the server's words; fields the terminal does not know go under `message`. */
      readonly fieldErrors: Partial<Record<DraftField, string>>;
    }
  | {
      readonly outcome: 'Conflict';
      readonly message: string;
      /** The record as it now stands on the server. */
      readonly current: CustomerDetails | null;
    }
  | { readonly outcome: 'NoCustomer'; readonly message: string };

/** Details -> the form, for an edit. */
export function draftFromDetails(d: CustomerDetails): CustomerDraft {
  const address = d.addresses.find((a) => a.preferred) ?? d.addresses[0];
  const email = d.emails.find((e) => e.preferred) ?? d.emails[0];
  const phone = d.phones.find((p) => p.preferred) ?? d.phones[0];
  return {
    title: d.title,
    forename: d.forename,
    surname: d.surname,
    sex: d.sex,
    dateOfBirth: d.dateOfBirth ?? '',
    organisation: d.organisation,
    email: email?.value ?? '',
    phone: phone?.value ?? '',
    street1: address?.lines[0] ?? '',
    street2: address?.lines[1] ?? '',
    town: address?.town ?? '',
    county: address?.county ?? '',
    postcode: address?.postcode ?? '',
    contactMethod: d.contactMethod,
    contactable: d.contactable,
  };
}

/** A card number as digits: scanners and people add spaces and dashes. */
export const normaliseCardNumber = (text: string) => text.replace(/\D/g, '');
