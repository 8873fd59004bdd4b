import type { CrmAddress, CrmContact, CrmRecord } from '../crm/crm-record.ts';
import type { CrmCriteria, CrmSortProperty, CrmStore } from '../crm/crm-store.ts';
import { customerXml } from '../crm/customer-xml.ts';
import { CORE, RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { pagedArrayList, xmlText } from '../xml/response-writer.ts';

export const CRM_NS = 'http://www.enactor.com/crm';

const COLUMNS = [
  'customerNumber',
  'customerName.title',
  'customerName.forename',
  'customerName.surname',
  'AddressJoin:street1',
  'AddressJoin:town',
  'AddressJoin:postCode',
  'emailAddress',
  'phoneNumber',
  'loyaltyCardNumber',
  'status',
] as const;

const SORTABLE = new Set<string>([
  'customerName.surname',
  'customerName.forename',
  'AddressJoin:town',
  'AddressJoin:postCode',
  'customerNumber',
]);

const CRITERIA: (keyof CrmCriteria)[] = [
  'forename',
  'surname',
  'address',
  'postCode',
  'emailAddress',
  'phoneNumber',
  'loyaltyNumber',
];

const MAX_PAGE = 500;

const text = (parent: RequestElement | undefined, local: string) =>
  parent ? (childOf(parent, RETAIL, local)?.text.trim() ?? '') : '';
const children = (parent: RequestElement, local: string) =>
  parent.children.filter((c) => c.ns === RETAIL && c.local === local);

function whole(parent: RequestElement | undefined, local: string, fallback: number): number {
  const raw = parent ? childOf(parent, CORE, local)?.text.trim() : undefined;
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new BadRequestError(`core:${local} must be a whole number`);
  return n;
}

/** The `retail:customer` the till sends, as a record (without number and stamp for a save). */
function readEntity(entity: RequestElement): Omit<CrmRecord, 'customerNumber' | 'lastUpdated'> {
  const name = childOf(entity, RETAIL, 'customerName');
  const addressList = childOf(entity, RETAIL, 'addresses');
  const addresses: CrmAddress[] = addressList
    ? children(addressList, 'address').map((a) => ({
        typeId: text(a, 'typeId') || 'ADDRESS_HOME',
        preferred: text(a, 'isPreferred') === 'true',
        street1: text(a, 'street1'),
        street2: text(a, 'street2'),
        street3: text(a, 'street3'),
        town: text(a, 'town'),
        county: text(a, 'county'),
        postCode: text(a, 'postCode').toUpperCase(),
        country: text(a, 'country') || 'United Kingdom',
      }))
    : [];
  const contacts = (wrapper: string, value: string, type: string): CrmContact[] =>
    children(entity, wrapper).map((e) => ({
      value: text(e, value),
      typeId: text(e, 'typeId') || type,
      preferred: text(e, 'preferred') === 'true',
    }));
  const forename = text(name, 'forename');
  const surname = text(name, 'surname');
  return {
    title: text(name, 'title'),
    forename,
    surname,
    initials: text(name, 'initials') || `${forename.charAt(0)}${surname.charAt(0)}`.toUpperCase(),
    sex: text(name, 'sex'),
    dateOfBirth: text(name, 'dateOfBirth') || null,
    organisation: text(entity, 'organisation'),
    customerType: text(entity, 'customerType') || 'RETAIL',
    status: 'Active',
    addresses,
    emails: contacts('emailAddresses', 'emailAddress', 'EMAIL_HOME'),
    phones: contacts('phoneNumbers', 'number', 'PHONE_MOBILE'),
    contactMethod: text(entity, 'contactMethod'),
    contactable: text(entity, 'contactable') === 'true',
    jobs: [],
    groups: [],
    appointments: [],
  };
}

const outcome = (name: string, message = '') =>
  `<retail:outcome name="${name}"/>${message ? `<retail:message>${xmlText(message)}</retail:message>` : ''}`;

const response = (operation: string, output: string, inner: string) =>
  `<crm:${operation}Response xmlns:crm="${CRM_NS}"><retail:${output} xmlns:retail="${RETAIL}">${inner}</retail:${output}></crm:${operation}Response>`;

/** CRMCustomerDataService over the simulator's customers ([OURS] shapes, docs/API.md). */
export function crmCustomerDataServiceOperations(crm: CrmStore) {
  const saved = (operation: string, inner: string) =>
    response(operation, 'customerSaveOutput', inner);

  function entityOf(request: RequestElement): RequestElement {
    const entity = childOf(request, RETAIL, 'customer');
    if (!entity) throw new BadRequestError('retail:customer is mandatory');
    return entity;
  }

  function invalid(operation: string, problems: { field: string; message: string }[]): string {
    return saved(
      operation,
      outcome('ValidationFailed', 'The customer was not saved: correct the fields shown.') +
        problems
          .map(
            (p) =>
              `<retail:fieldError field="${xmlText(p.field)}">${xmlText(p.message)}</retail:fieldError>`,
          )
          .join(''),
    );
  }

  return {
    searchCustomers(request: RequestElement): string {
      const criteriaElement = childOf(request, CRM_NS, 'customerSearchCriteria');
      const criteria: CrmCriteria = Object.fromEntries(
        CRITERIA.map((k) => [k, text(criteriaElement, k)]).filter(([, v]) => v !== ''),
      );
      if (Object.keys(criteria).length === 0)
        throw new BadRequestError('crm:customerSearchCriteria needs at least one criterion');
      const pageInfo = childOf(request, CORE, 'pageInfo');
      const offset = whole(pageInfo, 'rowOffset', 0);
      const count = Math.min(whole(pageInfo, 'rowCount', 50), MAX_PAGE);
      const order = childOf(request, CORE, 'orderByColumns');
      const property = order ? (childOf(order, CORE, 'propertyName')?.text.trim() ?? '') : '';
      const sort = (SORTABLE.has(property) ? property : 'customerName.surname') as CrmSortProperty;
      const descending = order
        ? childOf(order, CORE, 'sortOrder')?.text.trim() === 'DESCENDING'
        : false;
      const found = crm.search(criteria, sort, descending);
      // Full records only for the rows sent.
      const page = found
        .slice(offset, offset + count)
        .map((n) => crm.get(n))
        .filter((r): r is NonNullable<typeof r> => r !== undefined);
      const list = pagedArrayList(
        COLUMNS,
        page.map((r) => {
          const address = r.addresses.find((a) => a.preferred) ?? r.addresses[0];
          const email = r.emails.find((e) => e.preferred) ?? r.emails[0];
          const phone = r.phones.find((p) => p.preferred) ?? r.phones[0];
          return {
            keyType: 'retail:CustomerKey',
            key: r.customerNumber,
            description: `${r.forename} ${r.surname}`,
            values: [
              r.customerNumber,
              r.title,
              r.forename,
              r.surname,
              address?.street1 ?? '',
              address?.town ?? '',
              address?.postCode ?? '',
              email?.value ?? '',
              phone?.value ?? '',
              crm.loyaltyNumber(r.customerNumber),
              r.status,
            ],
          };
        }),
        { rowsPerPage: count, currentRowOffset: offset, totalRows: found.length },
      );
      return `<crm:searchCustomersResponse xmlns:crm="${CRM_NS}">${list}</crm:searchCustomersResponse>`;
    },

    getCustomerDetails(request: RequestElement): string {
      const customerNumber = text(request, 'customerNumber');
      if (!customerNumber) throw new BadRequestError('retail:customerNumber is mandatory');
      const record = crm.get(customerNumber);
      return response(
        'getCustomerDetails',
        'customerDetailsOutput',
        record
          ? outcome('Success') + customerXml(record)
          : outcome('NoCustomer', `There is no customer ${customerNumber}.`),
      );
    },

    saveCustomers(request: RequestElement): string {
      const fields = readEntity(entityOf(request));
      const problems = crm.validate({ ...fields, customerNumber: '', lastUpdated: '' });
      if (problems.length > 0) return invalid('saveCustomers', problems);
      return saved('saveCustomers', outcome('Success') + customerXml(crm.create(fields)));
    },

    updateCustomers(request: RequestElement): string {
      const entity = entityOf(request);
      const customerNumber = text(entity, 'customerNumber');
      const stamp = text(entity, 'lastUpdated');
      if (!customerNumber || !stamp)
        throw new BadRequestError('retail:customerNumber and retail:lastUpdated are mandatory');
      const current = crm.get(customerNumber);
      if (!current)
        return saved(
          'updateCustomers',
          outcome('NoCustomer', `There is no customer ${customerNumber}.`),
        );
      // The record moved on since this till loaded it: never overwrite blindly.
      if (stamp !== current.lastUpdated) {
        return saved(
          'updateCustomers',
          outcome(
            'Conflict',
            `Customer ${customerNumber} was changed elsewhere at ${current.lastUpdated}, after this till loaded it.`,
          ) + customerXml(current),
        );
      }
      const fields = readEntity(entity);
      const next: CrmRecord = {
        ...current,
        ...fields,
        // What the form does not edit stays as the record has it.
        jobs: current.jobs,
        groups: current.groups,
        appointments: current.appointments,
        status: current.status,
        customerType: current.customerType,
        customerNumber,
        lastUpdated: current.lastUpdated,
      };
      const problems = crm.validate(next, current);
      if (problems.length > 0) return invalid('updateCustomers', problems);
      return saved('updateCustomers', outcome('Success') + customerXml(crm.update(next)));
    },
  };
}
