import { xmlText } from '../xml/response-writer.ts';
import type { CrmRecord } from './crm-record.ts';

const el = (name: string, value: string | number | boolean | null) =>
  value === null || value === ''
    ? `<retail:${name}/>`
    : `<retail:${name}>${xmlText(String(value))}</retail:${name}>`;

/**
 * `retail:customer` in the shape of seed 002's enquiry (each emailAddresses / phoneNumbers
 * element one entry), with CRM's jobs, groups, appointments and stamp after it.
 */
export function customerXml(r: CrmRecord, withCrm = true): string {
  return (
    '<retail:customer><retail:addresses>' +
    r.addresses
      .map(
        (a) =>
          '<retail:address>' +
          el('country', a.country) +
          el('countryCodeId', 'GBR') +
          el('isPreferred', a.preferred) +
          el('status', 'ACTIVE') +
          el('typeId', a.typeId) +
          el('postCode', a.postCode) +
          el('street1', a.street1) +
          (a.street2 ? el('street2', a.street2) : '') +
          (a.street3 ? el('street3', a.street3) : '') +
          el('town', a.town) +
          (a.county ? el('county', a.county) : '') +
          '</retail:address>',
      )
      .join('') +
    '</retail:addresses>' +
    el('contactMethod', r.contactMethod) +
    el('contactable', r.contactable) +
    el('customerNumber', r.customerNumber) +
    r.emails
      .map(
        (e) =>
          `<retail:emailAddresses>${el('emailAddress', e.value)}${el('preferred', e.preferred)}${el('status', 'ACTIVE')}${el('typeId', e.typeId)}</retail:emailAddresses>`,
      )
      .join('') +
    r.phones
      .map(
        (p) =>
          `<retail:phoneNumbers>${el('number', p.value)}${el('preferred', p.preferred)}${el('status', 'ACTIVE')}${el('typeId', p.typeId)}</retail:phoneNumbers>`,
      )
      .join('') +
    `<retail:customerName>${el('surname', r.surname)}${el('forename', r.forename)}${el('initials', r.initials)}${el('title', r.title)}${el('sex', r.sex)}${el('dateOfBirth', r.dateOfBirth)}</retail:customerName>` +
    el('lastUpdated', r.lastUpdated) +
    el('customerType', r.customerType) +
    el('organisation', r.organisation) +
    el('status', r.status) +
    (withCrm
      ? `<retail:jobs>${r.jobs.map((j) => `<retail:job>${el('jobTitle', j.jobTitle)}${el('organisation', j.organisation)}${el('startDate', j.startDate)}</retail:job>`).join('')}</retail:jobs>` +
        `<retail:customerGroups>${r.groups.map((g) => `<retail:customerGroup><retail:groupId groupHierarchyId="${xmlText(g.groupHierarchyId)}" groupTypeId="${xmlText(g.groupTypeId)}">${xmlText(g.groupId)}</retail:groupId></retail:customerGroup>`).join('')}</retail:customerGroups>` +
        `<retail:appointments>${r.appointments.map((a) => `<retail:appointment>${el('appointmentDate', a.appointmentDate)}${el('description', a.description)}${el('location', a.location)}</retail:appointment>`).join('')}</retail:appointments>`
      : '') +
    '</retail:customer>'
  );
}
