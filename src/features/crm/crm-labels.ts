import { translate } from '../../shared/i18n/i18n';
import type { CrmMessageId } from './messages';

const CONTACT_METHODS: Record<string, CrmMessageId> = {
  METHOD_EMAIL: 'crm.method.email',
  METHOD_PHONE: 'crm.method.phone',
  METHOD_POST: 'crm.method.post',
  METHOD_SMS: 'crm.method.sms',
};

/** The contact methods a form offers, in the till's language. */
export const contactMethodOptions = () =>
  Object.entries(CONTACT_METHODS).map(([value, id]) => ({ value, label: translate(id) }));

export const contactMethodLabel = (method: string) => {
  const id = CONTACT_METHODS[method];
  return id ? translate(id) : method;
};

/** The codes the CRM service is known to send, in words. */
const CODES: Record<string, CrmMessageId> = {
  FEMALE: 'crm.code.female',
  MALE: 'crm.code.male',
  RETAIL: 'crm.code.retail',
  TRADE: 'crm.code.trade',
  PHONE_MOBILE: 'crm.code.mobile',
  PHONE_HOME: 'crm.code.home',
  PHONE_WORK: 'crm.code.work',
  ADDRESS_HOME: 'crm.code.home',
  ADDRESS_WORK: 'crm.code.work',
  EMAIL_HOME: 'crm.code.home',
  EMAIL_WORK: 'crm.code.work',
};

/**
 * `PHONE_MOBILE` -> `Mobile`, `FEMALE` -> `Female` in the till's language; a code the till does
 * not know (a group the retailer made) is shown as the server spells it, made readable.
 */
export function labelOf(code: string): string {
  const id = CODES[code];
  if (id) return translate(id);
  const words = code
    .replace(/^(PHONE|EMAIL|ADDRESS)_/, '')
    .toLowerCase()
    .split('_');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
