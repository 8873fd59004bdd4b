import { LOYALTY_ACCOUNT_TYPE } from '../../shared/domain/loyalty';
import { formatMinorUnits } from '../../shared/format/format';

const TYPES: Record<string, string> = {
  [LOYALTY_ACCOUNT_TYPE]: 'Loyalty account',
  customerCreditAccount: 'Credit account',
  customerDepositAccount: 'Deposit account',
};

export const accountTypeLabel = (type: string) => TYPES[type] ?? type;

const CONTACT_METHODS: Record<string, string> = {
  METHOD_EMAIL: 'E-mail',
  METHOD_PHONE: 'Phone',
  METHOD_POST: 'Post',
  METHOD_SMS: 'Text message',
};

export const contactMethodLabel = (method: string) => CONTACT_METHODS[method] ?? method;

/** Loyalty balances are points; credit and deposit balances are minor currency units. */
export function formatBalance(
  amount: number,
  accountType: string,
  currency: string,
  locale: string,
): string {
  if (accountType === LOYALTY_ACCOUNT_TYPE) {
    return `${amount.toLocaleString(locale)} ${Math.abs(amount) === 1 ? 'point' : 'points'}`;
  }
  return formatMinorUnits(amount, currency, locale);
}
