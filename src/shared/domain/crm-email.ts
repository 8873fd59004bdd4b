/**
 * The Email Client (CRMCustomerDataService, seed 001): the address book its recipients come
 * from. An e-mail is sent by recording it as a contact of type e-mail (Save Contact History,
 * `ContactDraft.recipients`): no separate send operation is documented.
 */
import type { Refusal } from './crm-history';
import type { Page } from './paging';

/** One customer with an e-mail address, as Get Address Book lists them. */
export interface AddressBookEntry {
  readonly customerNumber: string;
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
  /** The preferred address, or the one the searched text matched. */
  readonly emailAddress: string;
}

export type AddressBookResult =
  { readonly outcome: 'Success'; readonly page: Page<AddressBookEntry> } | Refusal;

/** Save Contact History keeps at most this many recipients per e-mail. */
export const MAX_RECIPIENTS = 10;

/** An address as Enactor compares them: trimmed, case folded. */
export const sameAddress = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Adds `address` unless it is already there (in any case); at most MAX_RECIPIENTS. */
export function withRecipient(list: readonly string[], address: string): readonly string[] {
  if (address.trim() === '' || list.some((r) => sameAddress(r, address))) return list;
  if (list.length >= MAX_RECIPIENTS) return list;
  return [...list, address.trim()];
}
