import type { CrmEmailMessageId } from './messages';

/**
 * The store's e-mail templates: a name for the button, and a subject and body with
 * placeholders (`{name}` the customer's, `{store}` the store's from the config, `{product}` an
 * item of the customer's wishlist) filled in the till's language when the cashier picks one.
 */
export interface EmailTemplate {
  readonly id: 'ready' | 'wishlist' | 'thanks';
  readonly label: CrmEmailMessageId;
  readonly subject: CrmEmailMessageId;
  readonly body: CrmEmailMessageId;
  /** Needs an item of the wishlist (its `{product}`). */
  readonly needsProduct: boolean;
}

export const EMAIL_TEMPLATES: readonly EmailTemplate[] = [
  {
    id: 'ready',
    label: 'crm-email.template.ready.label',
    subject: 'crm-email.template.ready.subject',
    body: 'crm-email.template.ready.body',
    needsProduct: false,
  },
  {
    id: 'wishlist',
    label: 'crm-email.template.wishlist.label',
    subject: 'crm-email.template.wishlist.subject',
    body: 'crm-email.template.wishlist.body',
    needsProduct: true,
  },
  {
    id: 'thanks',
    label: 'crm-email.template.thanks.label',
    subject: 'crm-email.template.thanks.subject',
    body: 'crm-email.template.thanks.body',
    needsProduct: false,
  },
];

/** What fills the placeholders. */
export type TemplateValues = {
  readonly name: string;
  readonly store: string;
  /** '' when the wishlist is empty (templates that need it are then not offered). */
  readonly product: string;
};

/** A template filled: the subject and body the cashier then edits. */
export function fillTemplate(
  template: EmailTemplate,
  values: TemplateValues,
  t: (id: CrmEmailMessageId, values?: Readonly<Record<string, unknown>>) => string,
): { subject: string; body: string } {
  return { subject: t(template.subject, values), body: t(template.body, values) };
}
