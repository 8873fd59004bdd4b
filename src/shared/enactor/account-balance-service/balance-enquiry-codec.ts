import type { AccountReference, BalanceEnquiryResult } from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import {
  readAccount,
  readBalance,
  readCard,
  readCustomer,
  readGroup,
  readOutcome,
} from './account-elements';

/**
 * AccountBalanceService · submitAccountBalanceEnquiry (seed 002: request and response).
 * Enquiry by account id instead of card (`retail:accountId`) is [OURS].
 */
export const BALANCE_ENQUIRY = {
  operation: 'submitAccountBalanceEnquiry',
  responseNs: NS.accountBalanceService,
} as const;

const el = (name: string, value: string) => `<retail:${name}>${escapeXml(value)}</retail:${name}>`;

export function encodeBalanceEnquiry(
  account: AccountReference,
  context: { currencyId: string; locationId: string },
): string {
  return (
    `<ns:submitAccountBalanceEnquiry xmlns:ns="${NS.accountBalanceService}">` +
    `<retail:accountBalanceEnquiryRequest xmlns:retail="${NS.retail}">` +
    el('accountType', account.accountType) +
    ('cardNumber' in account
      ? el('cardNumber', account.cardNumber)
      : el('accountId', account.accountId)) +
    el('currencyId', context.currencyId) +
    el('locationId', context.locationId) +
    el('transactionBalance', '0') +
    '</retail:accountBalanceEnquiryRequest></ns:submitAccountBalanceEnquiry>'
  );
}

const OUTCOME_MESSAGES = {
  NoAccount: 'No account was found for this card or account.',
  UnknownAccountType: 'The customer was found, but the account type is not recognised.',
  Fail: 'The account could not be looked up.',
} as const;

export function decodeBalanceEnquiry(response: XmlElement): BalanceEnquiryResult {
  const output = child(response, NS.retail, 'accountBalanceEnquiryOutput');
  if (!output) throw new Error('the response has no retail:accountBalanceEnquiryOutput');
  const { name, message } = readOutcome(output);
  if (name === 'NoAccount' || name === 'UnknownAccountType' || name === 'Fail') {
    return { outcome: name, message: message || OUTCOME_MESSAGES[name] };
  }
  if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
  const account = child(output, NS.retail, 'account');
  const balance = child(output, NS.retail, 'accountBalance');
  if (!account || !balance) throw new Error('a Success outcome without account or accountBalance');
  const customer = child(output, NS.retail, 'customer');
  const card = child(output, NS.retail, 'customerCard');
  return {
    outcome: 'Success',
    account: readAccount(account),
    balance: readBalance(balance),
    customer: customer ? readCustomer(customer) : null,
    card: card ? readCard(card) : null,
    groups: childrenNamed(output, NS.retail, 'customerGroup').map(readGroup),
  };
}
