import type { LoyaltyAccountSummary } from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { readPagedRows } from '../soap/paged-array-list';
import type { SoapOperation } from '../soap/soap-call';
import { escapeXml } from '../soap/xml-escape';

/** AccountBalanceService · submitLoyaltyAccountSearch (seed 002: request and response). */
export const LOYALTY_ACCOUNT_SEARCH: SoapOperation<string, readonly LoyaltyAccountSummary[]> = {
  operation: 'submitLoyaltyAccountSearch',
  responseNs: NS.accountBalanceService,
  encode: (customerNumber) =>
    `<ns:submitLoyaltyAccountSearch xmlns:ns="${NS.accountBalanceService}">` +
    `<core:string xmlns:core="${NS.core}">${escapeXml(customerNumber)}</core:string>` +
    '</ns:submitLoyaltyAccountSearch>',
  decode: (response) => [
    ...readPagedRows(
      response,
      { accountId: 'accountId', accountType: 'accountType', status: 'status' },
      (row) => ({
        accountId: row.text('accountId') || row.key.text,
        // The key carries the type as an attribute too: either will do.
        accountType: row.text('accountType') || (row.key.attributes.accountType ?? ''),
        status: row.text('status'),
      }),
    ).rows,
  ],
};
