import type {
  AccountBalance,
  AccountCustomer,
  ContactPoint,
  CustomerCard,
  CustomerGroup,
  LoyaltyAccount,
  PostalAddress,
} from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { attribute, child, childrenNamed, childText, type XmlElement } from '../soap/xml-reader';

/**
 * Readers for the `retail:` entities AccountBalanceService answers with (seed 002's enquiry
 * output), shared by the enquiry and update codecs.
 */
const text = (parent: XmlElement, local: string) => childText(parent, NS.retail, local);
const orNull = (value: string) => (value === '' ? null : value);
const bool = (value: string) => value.toLowerCase() === 'true';

export function readWhole(parent: XmlElement, local: string, what: string): number {
  const raw = text(parent, local);
  const value = Number(raw);
  if (raw === '' || !Number.isSafeInteger(value)) {
    throw new Error(`${what} is not a whole number: "${raw}"`);
  }
  return value;
}

export function readAccount(element: XmlElement): LoyaltyAccount {
  return {
    accountId: text(element, 'accountId'),
    accountType: text(element, 'accountType'),
    currencyId: text(element, 'currencyId'),
    status: text(element, 'status'),
    openedDate: orNull(text(element, 'accountOpenedDate')),
    customerNumber: text(element, 'customerNumber'),
    loyaltySchemeId: text(element, 'loyaltySchemeId'),
    tierCode: text(element, 'tierCode'),
    manualTierReview: bool(text(element, 'manualTierReview')),
  };
}

export function readBalance(element: XmlElement): AccountBalance {
  return {
    accountId: text(element, 'accountId'),
    accountType: text(element, 'accountType'),
    balance: readWhole(element, 'accountBalance', 'accountBalance'),
    currencyId: text(element, 'currencyId'),
    balanceDate: orNull(text(element, 'balanceDate')),
  };
}

export function readCard(element: XmlElement): CustomerCard {
  return {
    accountId: text(element, 'accountId'),
    status: text(element, 'status'),
    pan: text(element, 'pan'),
    createdOn: orNull(text(element, 'createdOn')),
    expiryDate: orNull(text(element, 'expiryDate')),
  };
}

function readAddress(element: XmlElement): PostalAddress {
  return {
    typeId: text(element, 'typeId'),
    preferred: bool(text(element, 'isPreferred')),
    lines: ['street1', 'street2', 'street3'].map((l) => text(element, l)).filter(Boolean),
    town: text(element, 'town'),
    county: text(element, 'county') || text(element, 'province'),
    postcode: text(element, 'postCode'),
    country: text(element, 'country'),
  };
}

// Each `emailAddresses` / `phoneNumbers` element is one entry (seed 002), not a list wrapper.
function readContactPoints(
  customer: XmlElement,
  wrapper: string,
  valueElement: string,
): ContactPoint[] {
  return childrenNamed(customer, NS.retail, wrapper).map((e) => ({
    value: text(e, valueElement),
    typeId: text(e, 'typeId'),
    preferred: bool(text(e, 'preferred')),
  }));
}

export function readCustomer(element: XmlElement): AccountCustomer {
  const name = child(element, NS.retail, 'customerName');
  const nameText = (local: string) => (name ? text(name, local) : '');
  const addresses = child(element, NS.retail, 'addresses');
  return {
    customerNumber: text(element, 'customerNumber'),
    title: nameText('title'),
    forename: nameText('forename'),
    surname: nameText('surname'),
    initials: nameText('initials'),
    sex: nameText('sex'),
    dateOfBirth: orNull(nameText('dateOfBirth').slice(0, 10)),
    organisation: text(element, 'organisation'),
    customerType: text(element, 'customerType'),
    status: text(element, 'status'),
    contactMethod: text(element, 'contactMethod'),
    contactable: bool(text(element, 'contactable')),
    addresses: addresses ? childrenNamed(addresses, NS.retail, 'address').map(readAddress) : [],
    emails: readContactPoints(element, 'emailAddresses', 'emailAddress'),
    phones: readContactPoints(element, 'phoneNumbers', 'number'),
  };
}

/** [OURS] `retail:customerGroup` with `groupId` text and `groupHierarchyId`/`groupTypeId` attributes. */
export function readGroup(element: XmlElement): CustomerGroup {
  const id = child(element, NS.retail, 'groupId') ?? element;
  return {
    groupId: id.text.trim(),
    groupHierarchyId: attribute(id, 'groupHierarchyId') ?? '',
    groupTypeId: attribute(id, 'groupTypeId') ?? '',
  };
}

/** The outcome name, and [OURS] a message in `retail:message` or the outcome's text. */
export function readOutcome(output: XmlElement): { name: string; message: string } {
  const outcome = child(output, NS.retail, 'outcome');
  if (!outcome) throw new Error('the output has no retail:outcome');
  return {
    name: attribute(outcome, 'name') ?? '',
    message: text(output, 'message') || outcome.text.trim(),
  };
}
