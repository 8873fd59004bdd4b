import type { AccountReference, BalanceEnquiryResult } from '../../domain/loyalty';
import { readCustomer, readGroup } from '../entities/customer-entity';
import { outputOf, readOutcome, retailElement as el } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { child, childrenNamed } from '../soap/xml-reader';
import { readAccount, readBalance, readCard } from './account-elements';

export interface BalanceEnquiryInput {
  readonly account: AccountReference;
  /** The till's: sent with every enquiry. */
  readonly context: { readonly currencyId: string; readonly locationId: string };
}

const OUTCOME_MESSAGES = {
  NoAccount: 'No account was found for this card or account.',
  UnknownAccountType: 'The customer was found, but the account type is not recognised.',
  Fail: 'The account could not be looked up.',
} as const;

/**
 * AccountBalanceService · submitAccountBalanceEnquiry (seed 002: request and response).
 * Enquiry by account id instead of card (`retail:accountId`) is [OURS].
 */
export const BALANCE_ENQUIRY: SoapOperation<BalanceEnquiryInput, BalanceEnquiryResult> = {
  operation: 'submitAccountBalanceEnquiry',
  responseNs: NS.accountBalanceService,
  encode: ({ account, context }) =>
    `<ns:submitAccountBalanceEnquiry xmlns:ns="${NS.accountBalanceService}">` +
    `<retail:accountBalanceEnquiryRequest xmlns:retail="${NS.retail}">` +
    el('accountType', account.accountType) +
    ('cardNumber' in account
      ? el('cardNumber', account.cardNumber)
      : el('accountId', account.accountId)) +
    el('currencyId', context.currencyId) +
    el('locationId', context.locationId) +
    el('transactionBalance', '0') +
    '</retail:accountBalanceEnquiryRequest></ns:submitAccountBalanceEnquiry>',
  decode(response) {
    const output = outputOf(response, 'accountBalanceEnquiryOutput');
    const { name, message } = readOutcome(output);
    if (name === 'NoAccount' || name === 'UnknownAccountType' || name === 'Fail') {
      return { outcome: name, message: message || OUTCOME_MESSAGES[name] };
    }
    if (name !== 'Success') throw new Error(`unknown outcome "${name}"`);
    const account = child(output, NS.retail, 'account');
    const balance = child(output, NS.retail, 'accountBalance');
    if (!account || !balance)
      throw new Error('a Success outcome without account or accountBalance');
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
  },
};
