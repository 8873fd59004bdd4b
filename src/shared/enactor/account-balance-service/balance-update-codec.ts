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
import { child } from '../soap/xml-reader';

/**
 * AccountBalanceService · submitAccountBalanceUpdate. Seed 002 documents only the element
 * tables; the XML shape is [OURS], following the enquiry: a `retail:accountBalanceUpdateRequest`
 * in, a `retail:accountBalanceUpdateOutput` out (docs/API.md).
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
  decode(response) {
    const output = outputOf(response, 'accountBalanceUpdateOutput');
    const { name, message } = readOutcome(output);
    if (name === 'NoAccount' || name === 'UnknownAccountType' || name === 'Fail') {
      return { outcome: name, message: message || `The balance update was refused (${name}).` };
    }
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
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
