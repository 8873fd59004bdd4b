import type {
  Appointment,
  CustomerDetails,
  CustomerDraft,
  DraftField,
  Job,
  SaveResult,
} from '../../domain/crm';
import type { ContactPoint, PostalAddress } from '../../domain/loyalty';
import { readCustomer, readGroup, readOutcome } from '../account-balance-service/account-elements';
import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { attribute, child, childrenNamed, childText, type XmlElement } from '../soap/xml-reader';

/**
 * The `retail:customer` entity CRM reads and writes: the shape of seed 002's enquiry customer
 * (so one reader serves both services) plus, [OURS], `retail:jobs`, `retail:customerGroups`,
 * `retail:appointments` and the record's `retail:lastUpdated` stamp.
 */
const text = (parent: XmlElement, local: string) => childText(parent, NS.retail, local);
const el = (name: string, value: string | boolean) =>
  `<retail:${name}>${escapeXml(String(value))}</retail:${name}>`;
const children = (parent: XmlElement, wrapper: string, item: string) => {
  const list = child(parent, NS.retail, wrapper);
  return list ? childrenNamed(list, NS.retail, item) : [];
};

export function readCustomerDetails(element: XmlElement): CustomerDetails {
  const jobs: Job[] = children(element, 'jobs', 'job').map((j) => ({
    jobTitle: text(j, 'jobTitle'),
    organisation: text(j, 'organisation'),
    startDate: text(j, 'startDate').slice(0, 10) || null,
  }));
  const appointments: Appointment[] = children(element, 'appointments', 'appointment').map((a) => ({
    at: text(a, 'appointmentDate'),
    description: text(a, 'description'),
    location: text(a, 'location'),
  }));
  return {
    ...readCustomer(element),
    jobs,
    groups: children(element, 'customerGroups', 'customerGroup').map(readGroup),
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

/** Field names the server uses in `retail:fieldError@field` -> the form's fields. */
const WIRE_FIELDS: Record<string, DraftField> = {
  'customerName.title': 'title',
  'customerName.forename': 'forename',
  'customerName.surname': 'surname',
  'customerName.sex': 'sex',
  'customerName.dateOfBirth': 'dateOfBirth',
  organisation: 'organisation',
  emailAddress: 'email',
  phoneNumber: 'phone',
  street1: 'street1',
  street2: 'street2',
  town: 'town',
  county: 'county',
  postCode: 'postcode',
  contactMethod: 'contactMethod',
};

/** The answer to a save or an update: what the details screen shows next, or why not. */
export function decodeSaveResult(response: XmlElement, wrapper: string): SaveResult {
  const output = child(response, NS.retail, wrapper);
  if (!output) throw new Error(`the response has no retail:${wrapper}`);
  const { name, message } = readOutcome(output);
  const customer = child(output, NS.retail, 'customer');
  switch (name) {
    case 'Success':
      if (!customer) throw new Error('a Success answer has no retail:customer');
      return { outcome: 'Success', customer: readCustomerDetails(customer) };
    case 'ValidationFailed': {
      const fieldErrors: Partial<Record<DraftField, string>> = {};
      const others: string[] = [];
      for (const e of childrenNamed(output, NS.retail, 'fieldError')) {
        const field = WIRE_FIELDS[attribute(e, 'field') ?? ''];
        if (field) fieldErrors[field] = e.text.trim();
        else others.push(e.text.trim());
      }
      return {
        outcome: 'Invalid',
        message: [message, ...others].filter(Boolean).join(' ') || 'The customer was not saved.',
        fieldErrors,
      };
    }
    case 'Conflict':
      return {
        outcome: 'Conflict',
        message: message || 'Someone else changed this customer meanwhile.',
        current: customer ? readCustomerDetails(customer) : null,
      };
    case 'NoCustomer':
      return { outcome: 'NoCustomer', message: message || 'The customer was not found.' };
    default:
      throw new Error(`unknown outcome "${name}"`);
  }
}
