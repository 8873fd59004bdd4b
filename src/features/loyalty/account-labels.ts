import { LOYALTY_ACCOUNT_TYPE } from '../../shared/domain/loyalty';
import { formatMinorUnits } from '../../shared/format/format';
import { translate } from '../../shared/i18n/i18n';
import type { LoyaltyMessageId } from './messages';

const TYPES: Record<string, LoyaltyMessageId> = {
  [LOYALTY_ACCOUNT_TYPE]: 'loyalty.type.loyalty',
  customerCreditAccount: 'loyalty.type.credit',
  customerDepositAccount: 'loyalty.type.deposit',
};

/** An account type in the active language; one the till does not know, as the server names it. */
export const accountTypeLabel = (type: string) => {
  const id = TYPES[type];
  return id ? translate<LoyaltyMessageId>(id) : type;
};

const CONTACT_METHODS: Record<string, LoyaltyMessageId> = {
  METHOD_EMAIL: 'loyalty.contact.email',
  METHOD_PHONE: 'loyalty.contact.phone',
  METHOD_POST: 'loyalty.contact.post',
  METHOD_SMS: 'loyalty.contact.sms',
};

export const contactMethodLabel = (method: string) => {
  const id = CONTACT_METHODS[method];
  return id ? translate<LoyaltyMessageId>(id) : method;
};

/** Loyalty balances are points; credit and deposit balances are minor currency units. */
export function formatBalance(
  amount: number,
  accountType: string,
  currency: string,
  locale: string,
): string {
  if (accountType === LOYALTY_ACCOUNT_TYPE) {
    return translate<LoyaltyMessageId>('loyalty.points', { amount });
  }
  return formatMinorUnits(amount, currency, locale);
}
