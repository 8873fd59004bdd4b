import type { BalanceUpdateRequest, BalanceUpdateResult } from '../../domain/loyalty';
import {
  outputOf,
  readOutcome,
  readWhole,
  retailElement as el,
  retailText,
} from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, type XmlElement } from '../soap/xml-reader';

/**
 * A `Success` that is not about the update sent: another transaction, device, account or
 * amount (a mixed-up answer, a proxy's cached reply, a server keyed on something else). It is
 * not a delivery; the outbox keeps the update and sends it again under the same key.
 */
export class BalanceUpdateEchoError extends Error {
  override name = 'BalanceUpdateEchoError';
  constructor(
    readonly field: string,
    readonly sent: string,
    readonly answered: string,
  ) {
    super(
      answered === ''
        ? `the answer does not say which ${field} it applied (sent ${sent})`
        : `the answer is for ${field} ${answered}, not ${sent}`,
    );
  }

  /** In a few words for the cashier: "amount 200, not 150". */
  get difference(): string {
    return this.answered === ''
      ? `no ${this.field} given back`
      : `${this.field} ${this.answered}, not ${this.sent}`;
  }
}

/** Long values compare as numbers (`007` is 7); anything else as trimmed text. */
function same(sent: string, answered: string): boolean {
  if (/^-?\d+$/.test(sent) && /^-?\d+$/.test(answered)) return BigInt(sent) === BigInt(answered);
  return sent.trim() === answered.trim();
}

/**
 * Seed 002's response table echoes the request (transactionId, deviceId, accountId or
 * cardNumber, updateAmount): the transaction, the amount and the account sent must come back
 * as sent; the device must, when the server names one. A server that echoes none of them
 * cannot be checked, and an unchecked `Success` is not counted as delivered (docs/API.md).
 */
function checkEcho(output: XmlElement, sent: BalanceUpdateRequest): void {
  const text = (local: string) => retailText(output, local);
  const must = (field: string, wanted: string, answered: string) => {
    if (answered === '' || !same(wanted, answered))
      throw new BalanceUpdateEchoError(field, wanted, answered);
  };
  must('transaction', sent.transactionId, text('transactionId'));
  must('amount', String(sent.updateAmount), text('updateAmount'));
  const { account } = sent;
  if ('cardNumber' in account) {
    // The server may answer with the account it found instead of echoing the card.
    const card = text('cardNumber').replace(/[\s-]/g, '');
    if (card !== '' || text('accountId') === '')
      must('card', account.cardNumber.replace(/[\s-]/g, ''), card);
  } else {
    must('account', account.accountId, text('accountId'));
  }
  const device = text('deviceId');
  if (device !== '') must('device', sent.deviceId, device);
}

/**
 * AccountBalanceService · submitAccountBalanceUpdate. Seed 002 documents only the element
 * tables; the XML shape is [OURS], following the enquiry: a `retail:accountBalanceUpdateRequest`
 * in, a `retail:accountBalanceUpdateOutput` out (docs/API.md). Its `decode` refuses a `Success`
 * about another update than the one sent.
 */
export const BALANCE_UPDATE: SoapOperation<BalanceUpdateRequest, BalanceUpdateResult> = {
  operation: 'submitAccountBalanceUpdate',
  responseNs: NS.accountBalanceService,
  encode(update) {
    if (!Number.isSafeInteger(update.updateAmount)) {
      throw new RangeError(`updateAmount must be a whole number, not ${update.updateAmount}`);
    }
    const { account } = update;
    return (
      `<ns:submitAccountBalanceUpdate xmlns:ns="${NS.accountBalanceService}">` +
      `<retail:accountBalanceUpdateRequest xmlns:retail="${NS.retail}">` +
      el('transactionId', update.transactionId) +
      el('deviceId', update.deviceId) +
      el('locationId', update.locationId) +
      ('cardNumber' in account
        ? el('cardNumber', account.cardNumber)
        : el('accountId', account.accountId)) +
      el('accountType', account.accountType) +
      el('updateAmount', String(update.updateAmount)) +
      el('dateTimeUpdated', update.dateTimeUpdated) +
      el('currencyId', update.currencyId) +
      '</retail:accountBalanceUpdateRequest></ns:submitAccountBalanceUpdate>'
    );
  },
  decode(response, sent) {
    const output = outputOf(response, 'accountBalanceUpdateOutput');
    const { name, message } = readOutcome(output);
    if (name === 'NoAccount' || name === 'UnknownAccountType' || name === 'Fail') {
      return { outcome: name, message: message || `The balance update was refused (${name}).` };
    }
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
    checkEcho(output, sent);
    const text = (local: string) => retailText(output, local);
    const balance = child(output, NS.retail, 'accountBalance');
    return {
      outcome: 'Success',
      transactionId: text('transactionId'),
      accountId: text('accountId'),
      updateAmount: readWhole(output, 'updateAmount', 'updateAmount'),
      referenceId: text('referenceId'),
      // [OURS] the balance after the update; absent on servers that send only the tables' fields.
      balance: balance ? readWhole(balance, 'accountBalance', 'accountBalance') : null,
      lastUpdated: text('lastUpdated') || null,
    };
  },
};
