import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { ConsentState, CustomerAndConsents } from '../../shared/domain/crm-history';
import { formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { useCallDetails, usePhoneConsent } from './api/load-call-details';
import { useLastContact } from './api/search-contacts';
import { CallForm } from './call-form';
import { HistoryHeading } from './history-heading';
import {
  calendarDaysAgo,
  CONSENT_LABELS,
  contactTypeLabel,
  daysAgoText,
  phoneTypeLabel,
} from './history-labels';
import type { CrmHistoryMessageId } from './messages';

/** Contacted within this many days: the cashier is asked to check before calling again. */
const RECENT_DAYS = 7;

/**
 * Call Client: the number to dial (the preferred one large, the others below), the customer's
 * phone consent and the last contact, so nobody calls twice in a week; then the form that
 * records the call.
 */
export function CallClientScreen({ customerNumber }: { customerNumber: string }) {
  const [, navigate] = useLocation();
  const t = useT<CrmHistoryMessageId>();
  const details = useCallDetails(customerNumber);
  // Where the form's on-screen keyboard goes: under everything, so the fields scroll above it.
  const [keyboardHost, setKeyboardHost] = useState<HTMLDivElement | null>(null);
  return (
    <section aria-labelledby="call-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <HistoryHeading
        id="call-heading"
        title={t('crm-history.call.title')}
        customerNumber={customerNumber}
      >
        <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          {t('crm-history.clientDetails')}
        </Button>
        <Button onClick={() => navigate(routes.crmContacts(customerNumber))}>
          {t('crm-history.contactHistory')}
        </Button>
      </HistoryHeading>
      <QueryContent
        query={details}
        pending={t('crm-history.loadingClient')}
        isEmpty={(loaded) => loaded === null}
        empty={
          <AlertPanel
            tone="warning"
            title={t('crm-history.noSuchClient')}
            message={t('crm-history.noSuchClientMessage', { customerNumber })}
          >
            <Button onClick={() => navigate(routes.crmSearch)}>
              {t('crm-history.clientSearch')}
            </Button>
          </AlertPanel>
        }
      >
        {(loaded) =>
          loaded && (
            <div className="grid min-h-0 flex-1 grid-cols-1 content-start gap-3 overflow-y-auto lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <Phones loaded={loaded}>
                <ConsentLine customerNumber={customerNumber} />
                <LastContactLine customerNumber={customerNumber} />
              </Phones>
              <CallForm customerNumber={customerNumber} keyboardHost={keyboardHost} />
            </div>
          )
        }
      </QueryContent>
      <div ref={setKeyboardHost} />
    </section>
  );
}

/** The number to dial, the others, and (children) what to know before calling. */
function Phones({ loaded, children }: { loaded: CustomerAndConsents; children: ReactNode }) {
  const t = useT<CrmHistoryMessageId>();
  const { phones } = loaded.customer;
  const preferred = phones.find((p) => p.preferred) ?? phones[0];
  const others = phones.filter((p) => p !== preferred);
  return (
    <SectionCard id="phones" title={t('crm-history.phone.title')} className="self-start p-4">
      {preferred ? (
        <>
          <p className="text-base font-semibold text-slate-700">
            {t('crm-history.phone.type', {
              type: phoneTypeLabel(preferred.typeId),
              preferred: String(preferred.preferred),
            })}
          </p>
          <p
            aria-label={t('crm-history.phone.toCall', { number: preferred.value })}
            className="break-words font-mono text-4xl font-bold text-slate-900 xl:text-5xl"
          >
            {preferred.value}
          </p>
          {others.length > 0 && (
            <ul aria-label={t('crm-history.phone.others')} className="flex flex-col gap-1">
              {others.map((p, i) => (
                <li key={i} className="text-xl text-slate-900">
                  <span className="text-base font-semibold text-slate-700">
                    {t('crm-history.phone.otherType', { type: phoneTypeLabel(p.typeId) })}{' '}
                  </span>
                  <span className="font-mono">{p.value}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="text-lg text-slate-800">{t('crm-history.phone.none')}</p>
      )}
      {children}
    </SectionCard>
  );
}

const CONSENT_ADVICE: Readonly<Record<ConsentState, CrmHistoryMessageId>> = {
  given: 'crm-history.consent.givenAdvice',
  withdrawn: 'crm-history.consent.withdrawnAdvice',
  'not-asked': 'crm-history.consent.notAskedAdvice',
};

const CONSENT_LOOK: Readonly<Record<ConsentState, string>> = {
  given: 'bg-emerald-50 text-emerald-950',
  withdrawn: 'bg-amber-50 text-amber-950',
  'not-asked': 'bg-slate-100 text-slate-900',
};

function ConsentLine({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmHistoryMessageId>();
  const consent = usePhoneConsent(customerNumber);
  return (
    <QueryContent query={consent} pending={t('crm-history.consent.loading')}>
      {(state) =>
        state && (
          <div className={`rounded-lg p-3 ${CONSENT_LOOK[state]}`}>
            <p className="text-xl font-bold">{t(CONSENT_LABELS[state])}</p>
            <p className="text-base">{t(CONSENT_ADVICE[state])}</p>
          </div>
        )
      }
    </QueryContent>
  );
}

function LastContactLine({ customerNumber }: { customerNumber: string }) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const last = useLastContact(customerNumber);
  // The day the screen is looked at: "today", "3 days ago".
  const [now] = useState(() => new Date());
  return (
    <QueryContent query={last} pending={t('crm-history.last.loading')}>
      {(contact) => {
        if (!contact) return <p className="text-xl text-slate-900">{t('crm-history.last.none')}</p>;
        const recent = calendarDaysAgo(contact.date, now) < RECENT_DAYS;
        return (
          <div className={`rounded-lg p-3 ${recent ? 'bg-amber-50 text-amber-950' : ''}`}>
            <p className="text-xl font-bold">
              {contact.userId
                ? t('crm-history.last.byOperator', {
                    when: daysAgoText(contact.date, now, config.locale),
                    operator: contact.userId,
                  })
                : t('crm-history.last.when', {
                    when: daysAgoText(contact.date, now, config.locale),
                  })}
            </p>
            <p className="text-base">
              {contact.subject
                ? t('crm-history.last.whatAbout', {
                    type: contactTypeLabel(contact.typeId),
                    when: formatDateTime(contact.date, config.locale),
                    subject: contact.subject,
                  })
                : t('crm-history.last.what', {
                    type: contactTypeLabel(contact.typeId),
                    when: formatDateTime(contact.date, config.locale),
                  })}
            </p>
            {recent && (
              <p className="text-base font-semibold">
                {t('crm-history.last.recent', { days: RECENT_DAYS })}
              </p>
            )}
          </div>
        );
      }}
    </QueryContent>
  );
}
