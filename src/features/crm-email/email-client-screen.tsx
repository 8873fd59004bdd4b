import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  consentFor,
  type ChannelConsent,
  type CustomerAndConsents,
} from '../../shared/domain/crm-history';
import { formatDateTime } from '../../shared/format/format';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { QueryContent } from '../../shared/ui/query-content';
import { useEmailDetails } from './api/load-email-details';
import { ComposeForm } from './compose-form';
import type { CrmEmailMessageId } from './messages';

/** How the e-mail greets the customer and names them on screen. */
export const customerName = (c: CustomerAndConsents['customer']) =>
  [c.forename, c.surname].filter(Boolean).join(' ') || c.customerNumber;

/** The customer's preferred e-mail address, else the first, else ''. */
export function preferredEmail(c: CustomerAndConsents['customer']): string {
  return ((c.emails.find((e) => e.preferred) ?? c.emails[0])?.value ?? '').trim();
}

/** The latest word on e-mail consent (for its date), or null when never asked. */
function latestEmailConsent(consents: readonly ChannelConsent[]): ChannelConsent | null {
  let latest: ChannelConsent | null = null;
  for (const c of consents)
    if (
      c.channelId.toUpperCase() === 'EMAIL' &&
      (latest === null || Date.parse(c.created) >= Date.parse(latest.created))
    )
      latest = c;
  return latest;
}

/**
 * Email Client: an e-mail to the customer's preferred address, written on the till (templates,
 * the on-screen keyboard, more recipients from the Address Book) and sent by recording it as
 * a contact of type e-mail, which the Enactor server sends. Refused, with the reason, when the
 * customer has not agreed to e-mail (the consent on file, as Preferences records it) or has
 * no address.
 */
export function EmailClientScreen({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmEmailMessageId>();
  const [, navigate] = useLocation();
  const details = useEmailDetails(customerNumber);
  // Where the on-screen keyboard goes: under everything, so the fields scroll above it.
  const [keyboardHost, setKeyboardHost] = useState<HTMLDivElement | null>(null);
  const loaded = details.data ?? null;
  return (
    <section aria-labelledby="email-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <div className="mr-auto">
          <h1 id="email-heading" className="text-2xl font-bold text-slate-900">
            {t('crm-email.heading')}
          </h1>
          {loaded && (
            <p className="text-lg text-slate-700">
              {t('crm-email.customerLine', {
                name: customerName(loaded.customer),
                number: customerNumber,
              })}
            </p>
          )}
        </div>
        <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          {t('crm-email.clientDetails')}
        </Button>
        <Button onClick={() => navigate(routes.crmContacts(customerNumber))}>
          {t('crm-email.contactHistory')}
        </Button>
      </div>
      <QueryContent
        query={details}
        pending={t('crm-email.loading')}
        isEmpty={(found) => found === null}
        empty={
          <AlertPanel
            tone="warning"
            title={t('crm-email.noClient.title')}
            message={t('crm-email.noClient.message', { number: customerNumber })}
          >
            <Button onClick={() => navigate(routes.crmSearch)}>
              {t('crm-email.clientSearch')}
            </Button>
          </AlertPanel>
        }
      >
        {(found) => found && <Gate loaded={found} keyboardHost={keyboardHost} />}
      </QueryContent>
      <div ref={setKeyboardHost} />
    </section>
  );
}

/** The compose form, or why there is none: no consent to e-mail, or no address. */
function Gate({
  loaded,
  keyboardHost,
}: {
  loaded: CustomerAndConsents;
  keyboardHost: HTMLElement | null;
}) {
  const t = useT<CrmEmailMessageId>();
  const locale = useTillLocale();
  const [, navigate] = useLocation();
  const { customer, consents } = loaded;
  const name = customerName(customer);
  const consent = consentFor(consents, 'EMAIL');
  const latest = latestEmailConsent(consents);
  const address = preferredEmail(customer);
  const toPreferences = (
    <Button
      variant="primary"
      onClick={() => navigate(routes.crmPreferences(customer.customerNumber))}
    >
      {t('crm-email.preferences')}
    </Button>
  );
  if (consent !== 'given')
    return (
      <AlertPanel
        tone="warning"
        title={t('crm-email.blocked.title')}
        message={
          consent === 'withdrawn'
            ? t('crm-email.blocked.withdrawn', {
                name,
                date: formatDateTime(latest?.created ?? null, locale),
              })
            : t('crm-email.blocked.notAsked', { name })
        }
      >
        {toPreferences}
      </AlertPanel>
    );
  if (address === '')
    return (
      <AlertPanel
        tone="warning"
        title={t('crm-email.noAddress.title')}
        message={t('crm-email.noAddress.message', { name })}
      >
        <Button onClick={() => navigate(routes.crmCustomer(customer.customerNumber))}>
          {t('crm-email.clientDetails')}
        </Button>
      </AlertPanel>
    );
  return (
    <ComposeForm
      customer={customer}
      customerAddress={address}
      consentDate={formatDateTime(latest?.created ?? null, locale)}
      keyboardHost={keyboardHost}
    />
  );
}
