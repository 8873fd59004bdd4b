import {
  searchAddressBook,
  type AffiliationTypeId,
  type Affiliations,
} from '../crm/affiliations.ts';
import type { CrmStore } from '../crm/crm-store.ts';
import { customerXml } from '../crm/customer-xml.ts';
import type {
  Relationship,
  RelationshipChange,
  RelationshipStore,
} from '../crm/relationship-store.ts';
import type { CustomerStore } from '../customers/customer-store.ts';
import { BadRequestError, type RequestElement } from '../xml/request-reader.ts';
import { pagedArrayList } from '../xml/response-writer.ts';
import {
  answer,
  crmChild,
  el,
  fieldErrors,
  mandatory,
  outcome,
  pagingOf,
  retailChildren,
  retailText,
} from './crm-request.ts';

/**
 * CRMCustomerDataService: Get / Save Customer Relationships, Get Affiliated Customer, Get
 * Address Book and Load Customer Details (seed 001), [OURS] shapes documented in docs/API.md.
 */

/** One marketing consent as the preferences store holds it (channel, given or withdrawn, when, who). */
export interface CustomerConsent {
  /** EMAIL, SMS, POST or PHONE. */
  readonly channelId: string;
  readonly granted: boolean;
  /** xsd:dateTime the consent was given or withdrawn. */
  readonly created: string;
  /** The operator who recorded it. */
  readonly userId: string;
}

/** Where Load Customer Details reads consents; the preferences store is wired in here. */
export type ConsentsOf = (customerNumber: string) => readonly CustomerConsent[];

export const AFFILIATED_COLUMNS = [
  'customerNumber',
  'customerName.title',
  'customerName.forename',
  'customerName.surname',
  'affiliationTypeId',
  'organisation',
  'AddressJoin:street1',
  'AddressJoin:town',
  'AddressJoin:postCode',
  'relationshipTypeId',
] as const;

export const ADDRESS_BOOK_COLUMNS = [
  'customerNumber',
  'customerName.title',
  'customerName.forename',
  'customerName.surname',
  'emailAddress',
] as const;

function relationshipsXml(list: readonly Relationship[]): string {
  return (
    '<retail:customerRelationships>' +
    list
      .map(
        (r) =>
          '<retail:customerRelationship>' +
          el('customerId', r.customerNumber) +
          el('relatedCustomerId', r.relatedCustomerNumber) +
          el('relationshipTypeId', r.typeId) +
          `<retail:relatedCustomerName>${el('title', r.related.title)}${el('forename', r.related.forename)}${el('surname', r.related.surname)}</retail:relatedCustomerName>` +
          '</retail:customerRelationship>',
      )
      .join('') +
    '</retail:customerRelationships>'
  );
}

function consentsXml(consents: readonly CustomerConsent[]): string {
  return (
    '<retail:consents>' +
    consents
      .map(
        (c) =>
          '<retail:consent>' +
          el('channelId', c.channelId) +
          el('granted', c.granted) +
          el('created', c.created) +
          el('userId', c.userId) +
          '</retail:consent>',
      )
      .join('') +
    '</retail:consents>'
  );
}

export function crmNetworkOperations(deps: {
  readonly customers: CustomerStore;
  readonly crm: CrmStore;
  readonly relationships: RelationshipStore;
  readonly affiliations: Affiliations;
  readonly consentsOf?: ConsentsOf;
}) {
  const { customers, crm, relationships, affiliations } = deps;
  const consentsOf: ConsentsOf = deps.consentsOf ?? (() => []);
  const noCustomer = (op: string, out: string, n: string) =>
    answer(op, out, outcome('NoCustomer', `There is no customer ${n}.`));

  return {
    getCustomerRelationships(request: RequestElement): string {
      const op = 'getCustomerRelationships';
      const out = 'customerRelationshipsOutput';
      const customerNumber = mandatory(request, 'customerNumber');
      if (!customers.get(customerNumber)) return noCustomer(op, out, customerNumber);
      return answer(
        op,
        out,
        outcome('Success') + relationshipsXml(relationships.of(customerNumber)),
      );
    },

    saveCustomerRelationships(request: RequestElement): string {
      const op = 'saveCustomerRelationships';
      const out = 'customerRelationshipsSaveOutput';
      const customerNumber = mandatory(request, 'customerNumber');
      const list = retailChildren(request, 'customerRelationships')[0];
      if (!list) throw new BadRequestError('retail:customerRelationships is mandatory');
      const changes: RelationshipChange[] = retailChildren(list, 'customerRelationship').map(
        (r) => ({
          relatedCustomerNumber: retailText(r, 'relatedCustomerId'),
          typeId: retailText(r, 'relationshipTypeId').toUpperCase(),
          deleted: retailText(r, 'deleted') === 'true',
        }),
      );
      if (!customers.get(customerNumber)) return noCustomer(op, out, customerNumber);
      const problems = relationships.validate(customerNumber, changes);
      if (problems.length > 0)
        return answer(
          op,
          out,
          outcome('ValidationFailed', 'Nothing was saved: correct the relationships shown.') +
            fieldErrors(problems) +
            relationshipsXml(relationships.of(customerNumber)),
        );
      relationships.apply(customerNumber, changes);
      return answer(
        op,
        out,
        outcome('Success') + relationshipsXml(relationships.of(customerNumber)),
      );
    },

    getAffiliatedCustomers(request: RequestElement): string {
      const op = 'getAffiliatedCustomers';
      const out = 'affiliatedCustomersOutput';
      const customerNumber = mandatory(request, 'customerNumber');
      const only = retailText(request, 'affiliationTypeId').toUpperCase();
      if (only !== '' && only !== 'HOUSEHOLD' && only !== 'COMPANY')
        return answer(
          op,
          out,
          outcome('ValidationFailed', 'Correct the fields shown.') +
            fieldErrors([
              { field: 'affiliationTypeId', message: 'The affiliation is HOUSEHOLD or COMPANY.' },
            ]),
        );
      const found = affiliations.of(customerNumber, (only || undefined) as AffiliationTypeId);
      if (!found) return noCustomer(op, out, customerNumber);
      const { offset, count } = pagingOf(request, 50);
      const list = pagedArrayList(
        AFFILIATED_COLUMNS,
        found.slice(offset, offset + count).flatMap((a) => {
          const r = customers.get(a.customerNumber);
          if (!r) return [];
          return [
            {
              keyType: 'retail:CustomerKey',
              key: r.customerNumber,
              description: `${r.forename} ${r.surname}`,
              values: [
                r.customerNumber,
                r.title,
                r.forename,
                r.surname,
                a.typeId,
                r.organisation,
                r.street1,
                r.town,
                r.postCode,
                relationships.between(customerNumber, r.customerNumber) ?? '',
              ],
            },
          ];
        }),
        { rowsPerPage: count, currentRowOffset: offset, totalRows: found.length },
      );
      return answer(op, out, outcome('Success') + list);
    },

    getAddressBook(request: RequestElement): string {
      const op = 'getAddressBook';
      const out = 'addressBookOutput';
      const criteria = crmChild(request, 'addressBookSearchCriteria');
      if (!criteria) throw new BadRequestError('crm:addressBookSearchCriteria is mandatory');
      const text = retailText(criteria, 'searchText');
      if (text === '')
        return answer(
          op,
          out,
          outcome('ValidationFailed', 'Type a name or an e-mail address.') +
            fieldErrors([{ field: 'searchText', message: 'Type a name or an e-mail address.' }]),
        );
      const { offset, count } = pagingOf(request, 20);
      const found = searchAddressBook(customers, crm, text);
      const list = pagedArrayList(
        ADDRESS_BOOK_COLUMNS,
        found.slice(offset, offset + count).map((e) => ({
          keyType: 'retail:CustomerKey',
          key: e.customerNumber,
          description: `${e.forename} ${e.surname}`,
          values: [e.customerNumber, e.title, e.forename, e.surname, e.emailAddress],
        })),
        { rowsPerPage: count, currentRowOffset: offset, totalRows: found.length },
      );
      return answer(op, out, outcome('Success') + list);
    },

    loadCustomerDetails(request: RequestElement): string {
      const op = 'loadCustomerDetails';
      const out = 'customerDetailsOutput';
      const customerNumber = mandatory(request, 'customerNumber');
      const record = crm.get(customerNumber);
      if (!record) return noCustomer(op, out, customerNumber);
      return answer(
        op,
        out,
        outcome('Success') + customerXml(record) + consentsXml(consentsOf(customerNumber)),
      );
    },
  };
}
