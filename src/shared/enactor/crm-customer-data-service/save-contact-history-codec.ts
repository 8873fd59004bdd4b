import type { ContactDraft, SaveContactResult, SavedContact } from '../../domain/crm-history';
import { outputOf, readOutcome, retailElement, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import { readFieldErrors } from './history-elements';

/**
 * CRMCustomerDataService · saveContactHistory (seed 001's Save Contact History). [PUB] the item
 * fields `contactHistoryId`, `customerContactTypeId`, `contactDate`, `userId`, `subject`,
 * `description`; [OURS] the wrapper, `customerId`, `callOutcomeId` and, for an e-mail,
 * `recipients` (one `emailAddress` each) (docs/API.md). An e-mail (type EMAIL) is sent by
 * being recorded here: the subject, the body as `description`, and its recipients; the
 * Enactor server sends it. No separate send operation is documented.
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
    recipients: readRecipients(element),
  };
}

/** `retail:recipients/retail:emailAddress` (0..n), as sent or kept; none for other kinds. */
function readRecipients(element: XmlElement): string[] {
  const list = child(element, NS.retail, 'recipients');
  if (!list) return [];
  return childrenNamed(list, NS.retail, 'emailAddress')
    .map((e) => e.text.trim())
    .filter((r) => r !== '');
}

function recipientsElement(recipients: readonly string[]): string {
  return (
    '<retail:recipients>' +
    recipients.map((r) => retailElement('emailAddress', r)).join('') +
    '</retail:recipients>'
  );
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
    (c.typeId === 'EMAIL' ? recipientsElement(c.recipients ?? []) : '') +
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
