import type { BalanceUpdateRequest, BalanceUpdateResult } from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { child, childText, type XmlElement } from '../soap/xml-reader';
import { readOutcome, readWhole } from './account-elements';

/**
 * AccountBalanceService · submitAccountBalanceUpdate. Seed 002 documents only the element
 * tables; the XML shape is [OURS], following the enquiry: a `retail:accountBalanceUpdateRequest`
 * in, a `retail:accountBalanceUpdateOutput` out (docs/API.md).
 */
export const BALANCE_UPDATE = {
  operation: 'submitAccountBalanceUpdate',
  responseNs: NS.accountBalanceService,
} as const;

const el = (name: string, value: string) => `<retail:${name}>${escapeXml(value)}</retail:${name}>`;

export function encodeBalanceUpdate(update: BalanceUpdateRequest): string {
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
}

export function decodeBalanceUpdate(response: XmlElement): BalanceUpdateResult {
  const output = child(response, NS.retail, 'accountBalanceUpdateOutput');
  if (!output) throw new Error('the response has no retail:accountBalanceUpdateOutput');
  const { name, message } = readOutcome(output);
  if (name === 'NoAccount' || name === 'UnknownAccountType' || name === 'Fail') {
    return { outcome: name, message: message || `The balance update was refused (${name}).` };
  }
  if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
  const text = (local: string) => childText(output, NS.retail, local);
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
}
