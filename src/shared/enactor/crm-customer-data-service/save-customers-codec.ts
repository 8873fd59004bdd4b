import type { CustomerDetails, CustomerDraft, DraftField, SaveResult } from '../../domain/crm';
import { readCustomerDetails, writeCustomer } from '../entities/customer-entity';
import { outputOf, readOutcome } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { attribute, child, childrenNamed, type XmlElement } from '../soap/xml-reader';

/**
 * Field names the server uses in `retail:fieldError@field` -> the form's fields. A Map: on a
 * plain object, a field named `constructor` or `toString` would find Object's own.
 */
const WIRE_FIELDS = new Map<string, DraftField>(
  Object.entries({
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
  } satisfies Record<string, DraftField>),
);

/** The answer to a save or an update: what the details screen shows next, or why not. */
function decodeSaveResult(response: XmlElement): SaveResult {
  const output = outputOf(response, 'customerSaveOutput');
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
        const field = WIRE_FIELDS.get(attribute(e, 'field') ?? '');
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

const wrap = (operation: string, entity: string) =>
  `<crm:${operation} xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">${entity}</crm:${operation}>`;

/** CRMCustomerDataService · saveCustomers: a new customer ([OURS] shape). */
export const SAVE_CUSTOMERS: SoapOperation<CustomerDraft, SaveResult> = {
  operation: 'saveCustomers',
  responseNs: NS.crm,
  encode: (draft) => wrap('saveCustomers', writeCustomer(draft)),
  decode: decodeSaveResult,
};

/**
 * CRMCustomerDataService · updateCustomers ([OURS] shape). Carries the stamp of the record the
 * edit began from: a stale one comes back as Conflict.
 */
export const UPDATE_CUSTOMERS: SoapOperation<
  { readonly base: CustomerDetails; readonly draft: CustomerDraft },
  SaveResult
> = {
  operation: 'updateCustomers',
  responseNs: NS.crm,
  encode: ({ base, draft }) => wrap('updateCustomers', writeCustomer(draft, base)),
  decode: decodeSaveResult,
};
