import type { Appointment, CustomerDetails, CustomerDraft, Job } from '../../domain/crm';
import type {
  AccountCustomer,
  ContactPoint,
  CustomerGroup,
  PostalAddress,
} from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { attribute, child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import { isTrue, orNull, retailElement as el, retailText as text } from './retail-elements';

/**
 * The `retail:customer` entity: the shape of seed 002's balance-enquiry customer, which
 * AccountBalanceService answers with, and which CRMCustomerDataService reads and writes with,
 * [OURS], `retail:jobs`, `retail:customerGroups`, `retail:appointments` and the record's
 * `retail:lastUpdated` stamp. One reader serves both services.
 */

const listed = (parent: XmlElement, wrapper: string, item: string) => {
  const list = child(parent, NS.retail, wrapper);
  return list ? childrenNamed(list, NS.retail, item) : [];
};

function readAddress(element: XmlElement): PostalAddress {
  return {
    typeId: text(element, 'typeId'),
    preferred: isTrue(text(element, 'isPreferred')),
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
    preferred: isTrue(text(e, 'preferred')),
  }));
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

/** The customer as a balance enquiry shows it (seed 002). */
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
    contactable: isTrue(text(element, 'contactable')),
    addresses: addresses ? childrenNamed(addresses, NS.retail, 'address').map(readAddress) : [],
    emails: readContactPoints(element, 'emailAddresses', 'emailAddress'),
    phones: readContactPoints(element, 'phoneNumbers', 'number'),
  };
}

/** The customer as CRM's Client Details shows it: the enquiry's fields and CRM's own. */
export function readCustomerDetails(element: XmlElement): CustomerDetails {
  const jobs: Job[] = listed(element, 'jobs', 'job').map((j) => ({
    jobTitle: text(j, 'jobTitle'),
    organisation: text(j, 'organisation'),
    startDate: text(j, 'startDate').slice(0, 10) || null,
  }));
  const appointments: Appointment[] = listed(element, 'appointments', 'appointment').map((a) => ({
    at: text(a, 'appointmentDate'),
    description: text(a, 'description'),
    location: text(a, 'location'),
  }));
  return {
    ...readCustomer(element),
    jobs,
    groups: listed(element, 'customerGroups', 'customerGroup').map(readGroup),
    appointments,
    lastUpdated: text(element, 'lastUpdated'),
  };
}

function addressXml(a: PostalAddress): string {
  return (
    '<retail:address>' +
    el('typeId', a.typeId || 'ADDRESS_HOME') +
    el('isPreferred', a.preferred) +
    a.lines.map((line, i) => el(`street${i + 1}`, line)).join('') +
    el('town', a.town) +
    el('county', a.county) +
    el('postCode', a.postcode) +
    el('country', a.country || 'United Kingdom') +
    '</retail:address>'
  );
}

const emailXml = (e: ContactPoint) =>
  `<retail:emailAddresses>${el('emailAddress', e.value)}${el('preferred', e.preferred)}${el('typeId', e.typeId || 'EMAIL_HOME')}</retail:emailAddresses>`;
const phoneXml = (p: ContactPoint) =>
  `<retail:phoneNumbers>${el('number', p.value)}${el('preferred', p.preferred)}${el('typeId', p.typeId || 'PHONE_MOBILE')}</retail:phoneNumbers>`;

/** The entry the form showed (the preferred, else the first) replaced; the others kept. */
function withPreferred<T extends { preferred: boolean }>(
  existing: readonly T[],
  replacement: T | null,
): T[] {
  const shown = Math.max(
    0,
    existing.findIndex((e) => e.preferred),
  );
  const rest = existing.filter((_, i) => i !== shown).map((e) => ({ ...e, preferred: false }));
  return replacement ? [replacement, ...rest] : rest;
}

/**
 * The entity for a save (no number) or an update (the number and the stamp the edit began
 * from). An update keeps the record's other addresses, e-mails and phones: the form edits the
 * preferred ones only.
 */
export function writeCustomer(draft: CustomerDraft, base?: CustomerDetails): string {
  const address: PostalAddress | null =
    draft.street1 || draft.town || draft.postcode
      ? {
          typeId: 'ADDRESS_HOME',
          preferred: true,
          lines: [draft.street1, draft.street2].filter((l) => l.trim() !== ''),
          town: draft.town,
          county: draft.county,
          postcode: draft.postcode,
          country: 'United Kingdom',
        }
      : null;
  const email: ContactPoint | null = draft.email.trim()
    ? { value: draft.email.trim(), typeId: 'EMAIL_HOME', preferred: true }
    : null;
  const phone: ContactPoint | null = draft.phone.trim()
    ? { value: draft.phone.trim(), typeId: 'PHONE_MOBILE', preferred: true }
    : null;
  const addresses = withPreferred(base?.addresses ?? [], address);
  const emails = withPreferred(base?.emails ?? [], email);
  const phones = withPreferred(base?.phones ?? [], phone);
  return (
    '<retail:customer>' +
    (base ? el('customerNumber', base.customerNumber) : '') +
    '<retail:customerName>' +
    el('title', draft.title) +
    el('forename', draft.forename.trim()) +
    el('surname', draft.surname.trim()) +
    el('sex', draft.sex) +
    (draft.dateOfBirth ? el('dateOfBirth', `${draft.dateOfBirth}T00:00:00Z`) : '') +
    '</retail:customerName>' +
    el('organisation', draft.organisation.trim()) +
    `<retail:addresses>${addresses.map(addressXml).join('')}</retail:addresses>` +
    emails.map(emailXml).join('') +
    phones.map(phoneXml).join('') +
    el('contactMethod', draft.contactMethod) +
    el('contactable', draft.contactable) +
    (base ? el('lastUpdated', base.lastUpdated) : '') +
    '</retail:customer>'
  );
}
