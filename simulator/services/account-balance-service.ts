import {
  KNOWN_ACCOUNT_TYPES,
  updateKey,
  type AccountRecord,
  type AccountStore,
} from '../accounts/account-store.ts';
import type { CrmStore } from '../crm/crm-store.ts';
import { customerXml } from '../crm/customer-xml.ts';
import { CORE, RETAIL, XSI } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { pagedArrayList, xmlText } from '../xml/response-writer.ts';

export const ACCOUNT_BALANCE_SERVICE_NS = 'http://www.enactor.com/retail/AccountBalanceService';

const el = (name: string, value: string | number | boolean | null) =>
  value === null || value === ''
    ? `<retail:${name}/>`
    : `<retail:${name}>${xmlText(String(value))}</retail:${name}>`;

function balanceXml(a: AccountRecord): string {
  return `<retail:accountBalance>${el('accountId', a.accountId)}${el('accountType', a.accountType)}${el('accountBalance', a.balance)}${el('currencyId', a.currencyId)}${el('balanceDate', a.balanceDate)}</retail:accountBalance>`;
}

function enquiryOutput(inner: string): string {
  return `<ns:submitAccountBalanceEnquiryResponse xmlns:ns="${ACCOUNT_BALANCE_SERVICE_NS}"><retail:accountBalanceEnquiryOutput xmlns:retail="${RETAIL}" xmlns:xsi="${XSI}">${inner}</retail:accountBalanceEnquiryOutput></ns:submitAccountBalanceEnquiryResponse>`;
}

function updateOutput(inner: string): string {
  return `<ns:submitAccountBalanceUpdateResponse xmlns:ns="${ACCOUNT_BALANCE_SERVICE_NS}"><retail:accountBalanceUpdateOutput xmlns:retail="${RETAIL}">${inner}</retail:accountBalanceUpdateOutput></ns:submitAccountBalanceUpdateResponse>`;
}

const outcome = (name: string, message = '') =>
  `<retail:outcome name="${name}"/>${message ? el('message', message) : ''}`;

function text(parent: RequestElement, local: string): string {
  return childOf(parent, RETAIL, local)?.text.trim() ?? '';
}

function whole(parent: RequestElement, local: string): number {
  const raw = text(parent, local);
  const n = Number(raw);
  if (raw === '' || !Number.isSafeInteger(n))
    throw new BadRequestError(`retail:${local} must be a whole number`);
  return n;
}

type Found = { account: AccountRecord } | { outcome: string };

/** Card or account id, account type: the account, or the outcome that says why not. */
function find(accounts: AccountStore, request: RequestElement): Found {
  const accountType = text(request, 'accountType');
  if (accountType === '') throw new BadRequestError('retail:accountType is mandatory');
  const card = text(request, 'cardNumber');
  const accountId = text(request, 'accountId');
  if (card === '' && accountId === '')
    throw new BadRequestError('retail:cardNumber or retail:accountId is mandatory');
  const account = card !== '' ? accounts.byCard(card) : accounts.byId(accountId);
  if (!account)
    return { outcome: outcome('NoAccount', 'No account was found for this card or account.') };
  if (!KNOWN_ACCOUNT_TYPES.has(accountType) || accountType !== account.accountType) {
    return {
      outcome: outcome(
        'UnknownAccountType',
        `Account type ${accountType} is not recognised for this account.`,
      ),
    };
  }
  if (account.status === 'CLOSED')
    return { outcome: outcome('Fail', `Account ${account.accountId} is closed.`) };
  return { account };
}

/** AccountBalanceService operations over the simulator's customers and accounts. */
export function accountBalanceServiceOperations(crm: CrmStore, accounts: AccountStore) {
  let nextReference = 1;

  return {
    submitLoyaltyAccountSearch(request: RequestElement): string {
      const customerNumber = childOf(request, CORE, 'string')?.text.trim();
      if (!customerNumber)
        throw new BadRequestError('core:string (the customer number) is mandatory');
      const found = accounts.forCustomer(customerNumber);
      const list = pagedArrayList(
        ['accountId', 'accountType', 'status'],
        found.map((a) => ({
          keyType: 'retail:CustomerLoyaltyAccountKey',
          key: a.accountId,
          keyAttributes: { accountType: a.accountType },
          descriptionProperty: 'accountId',
          description: a.accountId,
          values: [a.accountId, a.accountType, a.status],
        })),
        { rowsPerPage: 1000, currentRowOffset: 0, totalRows: found.length },
      );
      return `<ns:submitLoyaltyAccountSearchResponse xmlns:ns="${ACCOUNT_BALANCE_SERVICE_NS}">${list}</ns:submitLoyaltyAccountSearchResponse>`;
    },

    submitAccountBalanceEnquiry(request: RequestElement): string {
      const body = childOf(request, RETAIL, 'accountBalanceEnquiryRequest');
      if (!body) throw new BadRequestError('retail:accountBalanceEnquiryRequest is mandatory');
      const found = find(accounts, body);
      if ('outcome' in found) return enquiryOutput(found.outcome);
      const a = found.account;
      // The customer as CRM has it now: an edit at the CRM screen shows here too.
      const customer = crm.get(a.customerNumber);
      return enquiryOutput(
        outcome('Success') +
          `<retail:account xsi:type="retail:CustomerLoyaltyAccount">${el('accountId', a.accountId)}${el('accountType', a.accountType)}${el('currencyId', a.currencyId)}${el('status', a.status)}${el('accountOpenedDate', a.openedDate)}${el('customerNumber', a.customerNumber)}${el('loyaltySchemeId', a.loyaltySchemeId)}${el('tierCode', a.tierCode)}${el('manualTierReview', false)}</retail:account>` +
          (customer ? customerXml(customer, false) : '') +
          balanceXml(a) +
          (a.pan
            ? `<retail:customerCard>${el('accountId', a.accountId)}${el('status', 'CURRENT')}${el('accountType', a.accountType)}${el('pan', a.pan)}${el('expiryDate', null)}${el('createdOn', a.cardCreatedOn)}</retail:customerCard>`
            : ''),
      );
    },

    submitAccountBalanceUpdate(request: RequestElement): string {
      const body = childOf(request, RETAIL, 'accountBalanceUpdateRequest');
      if (!body) throw new BadRequestError('retail:accountBalanceUpdateRequest is mandatory');
      const transactionId = String(whole(body, 'transactionId'));
      const amount = whole(body, 'updateAmount');
      const when = text(body, 'dateTimeUpdated');
      if (when === '' || Number.isNaN(Date.parse(when))) {
        throw new BadRequestError('retail:dateTimeUpdated must be a date-time');
      }
      const key = updateKey(text(body, 'deviceId'), transactionId);
      const earlier = accounts.answerFor(key);
      if (earlier !== undefined && accounts.idempotent) return earlier;

      const found = find(accounts, body);
      if ('outcome' in found) return updateOutput(found.outcome);
      return accounts.apply(key, found.account, amount, new Date().toISOString(), (account) =>
        updateOutput(
          outcome('Success') +
            el('transactionId', transactionId) +
            el('deviceId', text(body, 'deviceId')) +
            el('locationId', text(body, 'locationId')) +
            el('accountId', account.accountId) +
            el('accountType', account.accountType) +
            (text(body, 'cardNumber') ? el('cardNumber', text(body, 'cardNumber')) : '') +
            el('updateAmount', amount) +
            el('dateTimeUpdated', when) +
            el('currencyId', account.currencyId) +
            el('referenceId', `SIM-${String(nextReference++).padStart(8, '0')}`) +
            el('lastUpdated', account.balanceDate) +
            balanceXml(account),
        ),
      );
    },
  };
}
