import type { LoyaltyAccountSummary } from '../../domain/loyalty';
import { NS } from '../soap/namespaces';
import { cellText, pagedListIn } from '../soap/paged-array-list';
import { escapeXml } from '../soap/xml-escape';
import type { XmlElement } from '../soap/xml-reader';

/** AccountBalanceService · submitLoyaltyAccountSearch (seed 002: request and response). */
export const LOYALTY_ACCOUNT_SEARCH = {
  operation: 'submitLoyaltyAccountSearch',
  responseNs: NS.accountBalanceService,
} as const;

export function encodeLoyaltyAccountSearch(customerNumber: string): string {
  return (
    `<ns:submitLoyaltyAccountSearch xmlns:ns="${NS.accountBalanceService}">` +
    `<core:string xmlns:core="${NS.core}">${escapeXml(customerNumber)}</core:string>` +
    '</ns:submitLoyaltyAccountSearch>'
  );
}

export function decodeLoyaltyAccountSearch(response: XmlElement): LoyaltyAccountSummary[] {
  const list = pagedListIn(response);
  const id = list.column('accountId');
  const type = list.column('accountType');
  const status = list.column('status');
  return list.rows.map(({ key, cells }) => ({
    accountId: cellText(cells[id]) || key.text,
    // The key carries the type as an attribute too: either will do.
    accountType: cellText(cells[type]) || (key.attributes.accountType ?? ''),
    status: cellText(cells[status]),
  }));
}
