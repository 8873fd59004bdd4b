import { useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import type { CustomerDetails } from '../../shared/domain/crm';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { QueryContent } from '../../shared/ui/query-content';
import { useClientDetails } from './api/get-client-details';
import { contactMethodLabel, labelOf } from './crm-labels';
import type { CrmMessageId } from './messages';

type SectionId = 'personal' | 'contact' | 'jobs' | 'loyalty' | 'groups' | 'appointments';
const SECTIONS: readonly { id: SectionId; label: CrmMessageId }[] = [
  { id: 'personal', label: 'crm.details.nav.personal' },
  { id: 'contact', label: 'crm.details.nav.contact' },
  { id: 'jobs', label: 'crm.details.nav.jobs' },
  { id: 'loyalty', label: 'crm.details.nav.loyalty' },
  { id: 'groups', label: 'crm.details.nav.groups' },
  { id: 'appointments', label: 'crm.details.nav.appointments' },
];

function Section({
  id,
  title,
  children,
  register,
}: {
  id: SectionId;
  title: string;
  children: ReactNode;
  register: (id: SectionId, el: HTMLElement | null) => void;
}) {
  return (
    <section
      ref={(el) => register(id, el)}
      aria-labelledby={`crm-${id}`}
      className="flex scroll-mt-2 flex-col gap-3"
    >
      <h2 id={`crm-${id}`} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const none = (what: string) => <p className="text-lg text-slate-700">{what}</p>;

function Details({
  customer,
  loyalty,
  personalActions,
  network,
}: {
  customer: CustomerDetails;
  loyalty: ReactNode;
  personalActions?: ReactNode;
  network?: ReactNode;
}) {
  const { config } = useTerminal();
  const t = useT<CrmMessageId>();
  const sections = useRef(new Map<SectionId, HTMLElement>());
  const register = (id: SectionId, el: HTMLElement | null) => {
    if (el) sections.current.set(id, el);
    else sections.current.delete(id);
  };
  const date = (iso: string | null) => formatCalendarDate(iso, config.locale);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      {/* Thumb-reach section buttons: the sections are long on a 768-px-high till. */}
      <nav aria-label={t('crm.details.sections')} className="flex flex-wrap gap-2">
        {SECTIONS.map((s) => (
          <Button
            key={s.id}
            onClick={() => sections.current.get(s.id)?.scrollIntoView({ block: 'start' })}
          >
            {t(s.label)}
          </Button>
        ))}
      </nav>
      <div className="flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto pb-8">
        <Section id="personal" title={t('crm.details.personal')} register={register}>
          <DetailsCard label={t('crm.details.personal')}>
            <Field label={t('crm.field.title')}>{customer.title}</Field>
            <Field label={t('crm.details.names')}>
              {`${customer.forename} ${customer.surname}`.trim()}
            </Field>
            <Field label={t('crm.details.initials')}>{customer.initials}</Field>
            <Field label={t('crm.field.sex')}>{labelOf(customer.sex)}</Field>
            <Field label={t('crm.field.dateOfBirth')}>{date(customer.dateOfBirth)}</Field>
            <Field label={t('crm.field.organisation')}>{customer.organisation}</Field>
            <Field label={t('crm.details.type')}>{labelOf(customer.customerType)}</Field>
            <Field label={t('crm.details.status')}>{customer.status}</Field>
          </DetailsCard>
          {personalActions}
        </Section>
        {network}
        <Section id="contact" title={t('crm.details.contact')} register={register}>
          <DetailsCard label={t('crm.details.contact')}>
            <Field label={t('crm.details.contactMethod')}>
              {contactMethodLabel(customer.contactMethod)}
            </Field>
            <Field label={t('crm.details.contactable')}>
              {customer.contactable ? t('crm.yes') : t('crm.no')}
            </Field>
            {customer.addresses.map((a, i) => (
              <Field
                key={i}
                wide
                label={t(a.typeId ? 'crm.details.addressOf' : 'crm.details.address', {
                  type: labelOf(a.typeId),
                  preferred: String(a.preferred),
                })}
              >
                {[...a.lines, a.town, a.county, a.postcode, a.country].filter(Boolean).join(', ')}
              </Field>
            ))}
            {customer.emails.map((e, i) => (
              <Field
                key={`e${i}`}
                label={t('crm.details.email', { preferred: String(e.preferred) })}
              >
                <span className="break-all">{e.value}</span>
              </Field>
            ))}
            {customer.phones.map((p, i) => (
              <Field
                key={`p${i}`}
                label={t('crm.details.phone', {
                  type: labelOf(p.typeId),
                  preferred: String(p.preferred),
                })}
              >
                {p.value}
              </Field>
            ))}
          </DetailsCard>
        </Section>
        <Section id="jobs" title={t('crm.details.jobs')} register={register}>
          {customer.jobs.length === 0
            ? none(t('crm.details.noJobs'))
            : customer.jobs.map((j, i) => (
                <DetailsCard key={i} label={t('crm.details.job', { n: i + 1 })}>
                  <Field label={t('crm.details.jobTitle')}>{j.jobTitle}</Field>
                  <Field label={t('crm.field.organisation')}>{j.organisation}</Field>
                  <Field label={t('crm.details.since')}>{date(j.startDate)}</Field>
                </DetailsCard>
              ))}
        </Section>
        <Section id="loyalty" title={t('crm.details.loyalty')} register={register}>
          {loyalty}
        </Section>
        <Section id="groups" title={t('crm.details.groups')} register={register}>
          {customer.groups.length === 0 ? (
            none(t('crm.details.noGroups'))
          ) : (
            <ul className="flex flex-wrap gap-2">
              {customer.groups.map((g) => (
                <li
                  key={g.groupId}
                  className="rounded-full bg-indigo-100 px-4 py-2 text-lg font-semibold text-indigo-950"
                >
                  {labelOf(g.groupId)}
                  {g.groupTypeId && (
                    <span className="ml-2 text-base font-normal">({labelOf(g.groupTypeId)})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="appointments" title={t('crm.details.appointments')} register={register}>
          {customer.appointments.length === 0
            ? none(t('crm.details.noAppointments'))
            : customer.appointments.map((a, i) => (
                <DetailsCard key={i} label={t('crm.details.appointment', { n: i + 1 })}>
                  <Field label={t('crm.details.when')}>{formatDateTime(a.at, config.locale)}</Field>
                  <Field label={t('crm.details.where')}>{a.location}</Field>
                  <Field wide label={t('crm.details.what')}>
                    {a.description}
                  </Field>
                </DetailsCard>
              ))}
        </Section>
        <p className="text-sm text-slate-600">
          {t('crm.details.lastUpdated', {
            when: formatDateTime(customer.lastUpdated, config.locale),
          })}
        </p>
      </div>
    </div>
  );
}

/**
 * The till's Client Details screen. `loyalty`, `notices` (an alert note, a key date coming
 * up), `personalActions` (under the personal details: Relationships) and `network` (the
 * affiliated customers) are what the app composes in from other features: features do not
 * import each other.
 */
export function ClientDetailsScreen({
  customerNumber,
  loyalty,
  notices,
  personalActions,
  network,
}: {
  customerNumber: string;
  loyalty: ReactNode;
  notices?: ReactNode;
  personalActions?: ReactNode;
  network?: ReactNode;
}) {
  const [, navigate] = useLocation();
  const t = useT<CrmMessageId>();
  const details = useClientDetails(customerNumber);
  const customer = details.data;
  return (
    <section aria-labelledby="client-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="client-heading" className="text-3xl font-bold text-slate-900">
          {customer ? customerDisplayName(customer) || t('crm.noName') : t('crm.details.heading')}{' '}
          <span className="font-mono text-xl font-semibold text-slate-700">
            {t('crm.customerNumber', { customerNumber })}
          </span>
        </h1>
        <div className="ml-auto flex flex-wrap justify-end gap-2">
          <Button onClick={() => navigate(routes.crmSearch)}>{t('crm.search.heading')}</Button>
          {customer && (
            <>
              <Button onClick={() => navigate(routes.crmPreferences(customerNumber))}>
                {t('crm.details.preferences')}
              </Button>
              <Button onClick={() => navigate(routes.crmTransactions(customerNumber))}>
                {t('crm.details.transactionHistory')}
              </Button>
              <Button onClick={() => navigate(routes.crmContacts(customerNumber))}>
                {t('crm.details.contactHistory')}
              </Button>
              <Button onClick={() => navigate(routes.crmCall(customerNumber))}>
                {t('crm.details.callClient')}
              </Button>
              <Button onClick={() => navigate(routes.crmEmail(customerNumber))}>
                {t('crm.details.emailClient')}
              </Button>
              <Button variant="primary" onClick={() => navigate(routes.crmEdit(customerNumber))}>
                {t('crm.details.edit')}
              </Button>
            </>
          )}
        </div>
      </div>
      {notices}
      <QueryContent
        query={details}
        pending={t('crm.details.loading')}
        isEmpty={(found) => found === null}
        empty={
          <AlertPanel
            tone="warning"
            title={t('crm.details.noSuchClient')}
            message={t('crm.details.noSuchClientMessage', { customerNumber })}
          >
            <Button variant="primary" onClick={() => navigate(routes.crmSearch)}>
              {t('crm.search.heading')}
            </Button>
          </AlertPanel>
        }
      >
        {(found) =>
          found && (
            <Details
              customer={found}
              loyalty={loyalty}
              personalActions={personalActions}
              network={network}
            />
          )
        }
      </QueryContent>
    </section>
  );
}
