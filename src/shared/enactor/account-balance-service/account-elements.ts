import type { AccountBalance, CustomerCard, LoyaltyAccount } from '../../domain/loyalty';
import type { XmlElement } from '../soap/xml-reader';
import { isTrue, orNull, readWhole, retailText as text } from '../entities/retail-elements';

/**
 * Readers for the account entities AccountBalanceService answers with (seed 002's enquiry
 * output), shared by its enquiry and update codecs. The customer and its groups are read by
 * `entities/customer-entity.ts`, which CRM shares.
 */

export function readAccount(element: XmlElement): LoyaltyAccount {
  return {
    accountId: text(element, 'accountId'),
    accountType: text(element, 'accountType'),
    currencyId: text(element, 'currencyId'),
    status: text(element, 'status'),
    openedDate: orNull(text(element, 'accountOpenedDate')),
    customerNumber: text(element, 'customerNumber'),
    loyaltySchemeId: text(element, 'loyaltySchemeId'),
    tierCode: text(element, 'tierCode'),
    manualTierReview: isTrue(text(element, 'manualTierReview')),
  };
}

export function readBalance(element: XmlElement): AccountBalance {
  return {
    accountId: text(element, 'accountId'),
    accountType: text(element, 'accountType'),
    balance: readWhole(element, 'accountBalance', 'accountBalance'),
    currencyId: text(element, 'currencyId'),
    balanceDate: orNull(text(element, 'balanceDate')),
  };
}

export function readCard(element: XmlElement): CustomerCard {
  return {
    accountId: text(element, 'accountId'),
    status: text(element, 'status'),
    pan: text(element, 'pan'),
    createdOn: orNull(text(element, 'createdOn')),
    expiryDate: orNull(text(element, 'expiryDate')),
  };
}
