import type { CustomerDetails, CustomerDraft, DraftField, SaveResult } from '../../domain/crm';
import { readCustomerDetails, writeCustomer } from '../entities/customer-entity';
import { readFieldErrors } from '../entities/field-errors';
import { outputOf, readOutcome } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, type XmlElement } from '../soap/xml-reader';

/** Field names the server uses in `retail:fieldError@field` -> the form's fields. */
const WIRE_FIELDS = new Map<string, DraftField>([
  ['customerName.title', 'title'],
  ['customerName.forename', 'forename'],
  ['customerName.surname', 'surname'],
  ['customerName.sex', 'sex'],
  ['customerName.dateOfBirth', 'dateOfBirth'],
  ['organisation', 'organisation'],
  ['emailAddress', 'email'],
  ['phoneNumber', 'phone'],
  ['street1', 'street1'],
  ['street2', 'street2'],
  ['town', 'town'],
  ['county', 'county'],
  ['postCode', 'postcode'],
  ['contactMethod', 'contactMethod'],
]);

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
      const read = readFieldErrors(output, WIRE_FIELDS);
      return {
        outcome: 'Invalid',
        message:
          [message, ...read.others, ...read.itemErrors.values()].filter(Boolean).join(' ') ||
          'The customer was not saved.',
        fieldErrors: Object.fromEntries(read.fieldErrors),
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
