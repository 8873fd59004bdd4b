import type {
  CustomerTransaction,
  TransactionEnquiryResult,
  TransactionLine,
} from '../../domain/crm-history';
import { outputOf, readOutcome, retailText } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { escapeXml } from '../soap/xml-escape';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import { dateTime, quantity, wholeNumber } from './history-elements';

/**
 * CRMCustomerDataService · getCustomerTransaction (seed 001's Customer Transaction History
 * Enquiry): one listed transaction by its key, every line. [PUB] the key and the line fields;
 * [OURS] the wrapper, the entity's key elements, `locationDescription`, `deviceKey` and a
 * returned line's `originalTransactionKey` (docs/API.md).
 */

/** The key of a listed row, as it came. */
export interface TransactionKey {
  readonly customerNumber: string;
  readonly transactionId: string;
}

/** `retail:{wrapper}/retail:{local}`: Enactor writes keys as nested elements. */
const keyText = (parent: XmlElement, wrapper: string, local: string) => {
  const key = child(parent, NS.retail, wrapper);
  return key ? retailText(key, local) : '';
};

function readLine(line: XmlElement, index: number): TransactionLine {
  const what = `line ${index + 1}`;
  const numberText = retailText(line, 'lineNumber');
  return {
    lineNumber: numberText === '' ? index + 1 : wholeNumber(numberText, `${what} lineNumber`),
    productId: keyText(line, 'productKey', 'productId'),
    description: retailText(line, 'description'),
    quantity: quantity(retailText(line, 'quantity'), `${what} quantity`),
    netValue: wholeNumber(retailText(line, 'effectiveNetValue'), `${what} effectiveNetValue`),
    salespersonId: keyText(line, 'salespersonKey', 'userId'),
    salespersonName: retailText(line, 'salespersonDisplayName'),
    originalTransactionId: keyText(line, 'originalTransactionKey', 'transactionId') || null,
  };
}

function readTransaction(t: XmlElement): CustomerTransaction {
  const transactionId = keyText(t, 'transactionKey', 'transactionId');
  if (!transactionId) throw new Error('the transaction has no transactionKey/transactionId');
  const lines = child(t, NS.retail, 'lines');
  return {
    customerNumber: keyText(t, 'customerKey', 'customerNumber'),
    transactionId,
    applicationId: keyText(t, 'transactionKey', 'applicationId'),
    typeId: keyText(t, 'transactionTypeKey', 'transactionTypeId'),
    description: retailText(t, 'description'),
    locationId: keyText(t, 'locationKey', 'locationId'),
    locationName: retailText(t, 'locationDescription'),
    deviceId: keyText(t, 'deviceKey', 'deviceId'),
    date: dateTime(retailText(t, 'transactionDate'), 'transactionDate'),
    value: wholeNumber(retailText(t, 'value'), 'the transaction value'),
    currencyId: retailText(t, 'currencyId'),
    lines: lines ? childrenNamed(lines, NS.retail, 'line').map(readLine) : [],
  };
}

export const GET_CUSTOMER_TRANSACTION: SoapOperation<TransactionKey, TransactionEnquiryResult> = {
  operation: 'getCustomerTransaction',
  responseNs: NS.crm,
  encode: ({ customerNumber, transactionId }) =>
    `<crm:getCustomerTransaction xmlns:crm="${NS.crm}">` +
    '<crm:customerTransactionHistoryKey>' +
    `<crm:customerId>${escapeXml(customerNumber)}</crm:customerId>` +
    `<crm:transactionId>${escapeXml(transactionId)}</crm:transactionId>` +
    '</crm:customerTransactionHistoryKey></crm:getCustomerTransaction>',
  decode(response) {
    const output = outputOf(response, 'customerTransactionOutput');
    const { name, message } = readOutcome(output);
    switch (name) {
      case 'Success': {
        const t = child(output, NS.retail, 'customerTransaction');
        if (!t) throw new Error('a Success answer has no retail:customerTransaction');
        return { outcome: 'Success', transaction: readTransaction(t) };
      }
      case 'NoCustomer':
        return { outcome: 'NoCustomer', message: message || 'There is no such customer.' };
      case 'NoTransaction':
        return {
          outcome: 'NoTransaction',
          message: message || 'The customer has no such transaction.',
        };
      default:
        throw new Error(`unknown outcome "${name}"`);
    }
  },
};
