import type { ContactDraft, SaveContactResult, SavedContact } from '../../domain/crm-history';
import { outputOf, readOutcome, retailElement, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, type XmlElement } from '../soap/xml-reader';
import { readFieldErrors } from './history-elements';

/**
 * CRMCustomerDataService · saveContactHistory (seed 001's Save Contact History). [PUB] the item
 * fields `contactHistoryId`, `customerContactTypeId`, `contactDate`, `userId`, `subject`,
 * `description`; [OURS] the wrapper, `customerId` and `callOutcomeId` (docs/API.md).
 *
 * Exactly once: the till makes `contactHistoryId` and sends the same one, with the same
 * content, on every retry; the server then answers the record it already kept.
 */

function readContact(element: XmlElement): SavedContact {
  return {
    contactHistoryId: retailText(element, 'contactHistoryId'),
    customerNumber: retailText(element, 'customerId'),
    typeId: retailText(element, 'customerContactTypeId').toUpperCase(),
    date: retailText(element, 'contactDate'),
    userId: retailText(element, 'userId'),
    subject: retailText(element, 'subject'),
    text: retailText(element, 'description'),
    callOutcomeId: retailText(element, 'callOutcomeId').toUpperCase(),
  };
}

export const SAVE_CONTACT_HISTORY: SoapOperation<ContactDraft, SaveContactResult> = {
  operation: 'saveContactHistory',
  responseNs: NS.crm,
  encode: (c) =>
    `<crm:saveContactHistory xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}">` +
    '<retail:customerContactHistory>' +
    retailElement('contactHistoryId', c.contactHistoryId) +
    retailElement('customerId', c.customerNumber) +
    retailElement('customerContactTypeId', c.typeId) +
    retailElement('contactDate', c.date) +
    retailElement('userId', c.userId) +
    retailElement('subject', c.subject) +
    retailElement('description', c.text) +
    (c.typeId === 'CALL' ? retailElement('callOutcomeId', c.callOutcomeId) : '') +
    '</retail:customerContactHistory></crm:saveContactHistory>',
  decode(response) {
    const output = outputOf(response, 'contactHistorySaveOutput');
    const { name, message } = readOutcome(output);
    switch (name) {
      case 'Success': {
        const kept = child(output, NS.retail, 'customerContactHistory');
        if (!kept) throw new Error('a Success answer has no retail:customerContactHistory');
        return { outcome: 'Success', contact: readContact(kept) };
      }
      case 'ValidationFailed':
        return {
          outcome: 'Invalid',
          message: message || 'The contact was not saved.',
          fieldErrors: readFieldErrors(output),
        };
      case 'NoCustomer':
        return { outcome: 'NoCustomer', message: message || 'There is no such customer.' };
      default:
        throw new Error(`unknown outcome "${name}"`);
    }
  },
};
