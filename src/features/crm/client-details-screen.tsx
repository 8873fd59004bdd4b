import { useRef, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import type { CustomerDetails } from '../../shared/domain/crm';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { QueryContent } from '../../shared/ui/query-content';
import { useClientDetails } from './api/get-client-details';
import { contactMethodLabel, labelOf } from './crm-labels';

type SectionId = 'personal' | 'contact' | 'jobs' | 'loyalty' | 'groups' | 'appointments';
const SECTIONS: readonly { id: SectionId; label: string }[] = [
  { id: 'personal', label: 'Personal' },
  { id: 'contact', label: 'Contact' },
  { id: 'jobs', label: 'Jobs' },
  { id: 'loyalty', label: 'Loyalty' },
  { id: 'groups', label: 'Groups' },
  { id: 'appointments', label: 'Appointments' },
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

function Details({ customer, loyalty }: { customer: CustomerDetails; loyalty: ReactNode }) {
  const { config } = useTerminal();
  const sections = useRef(new Map<SectionId, HTMLElement>());
  const register = (id: SectionId, el: HTMLElement | null) => {
    if (el) sections.current.set(id, el);
    else sections.current.delete(id);
  };
  const date = (iso: string | null) => formatCalendarDate(iso, config.locale);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      {/* Thumb-reach section buttons: the sections are long on a 768-px-high till. */}
      <nav aria-label="Client details sections" className="flex flex-wrap gap-2">
        {SECTIONS.map((s) => (
          <Button
            key={s.id}
            onClick={() => sections.current.get(s.id)?.scrollIntoView({ block: 'start' })}
          >
            {s.label}
          </Button>
        ))}
      </nav>
      <div className="flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto pb-8">
        <Section id="personal" title="Personal details" register={register}>
          <DetailsCard label="Personal details">
            <Field label="Title">{customer.title}</Field>
            <Field label="Names">{`${customer.forename} ${customer.surname}`.trim()}</Field>
            <Field label="Initials">{customer.initials}</Field>
            <Field label="Sex">{labelOf(customer.sex)}</Field>
            <Field label="Date of birth">{date(customer.dateOfBirth)}</Field>
            <Field label="Organisation">{customer.organisation}</Field>
            <Field label="Type">{labelOf(customer.customerType)}</Field>
            <Field label="Status">{customer.status}</Field>
          </DetailsCard>
        </Section>
        <Section id="contact" title="Contact details" register={register}>
          <DetailsCard label="Contact details">
            <Field label="Contact method">{contactMethodLabel(customer.contactMethod)}</Field>
            <Field label="Contactable">{customer.contactable ? 'Yes' : 'No'}</Field>
            {customer.addresses.map((a, i) => (
              <Field
                key={i}
                wide
                label={`Address${a.typeId ? ` (${labelOf(a.typeId)})` : ''}${a.preferred ? ', preferred' : ''}`}
              >
                {[...a.lines, a.town, a.county, a.postcode, a.country].filter(Boolean).join(', ')}
              </Field>
            ))}
            {customer.emails.map((e, i) => (
              <Field key={`e${i}`} label={`E-mail${e.preferred ? ', preferred' : ''}`}>
                <span className="break-all">{e.value}</span>
              </Field>
            ))}
            {customer.phones.map((p, i) => (
              <Field
                key={`p${i}`}
                label={`Phone (${labelOf(p.typeId)})${p.preferred ? ', preferred' : ''}`}
              >
                {p.value}
              </Field>
            ))}
          </DetailsCard>
        </Section>
        <Section id="jobs" title="Jobs" register={register}>
          {customer.jobs.length === 0
            ? none('No jobs on file.')
            : customer.jobs.map((j, i) => (
                <DetailsCard key={i} label={`Job ${i + 1}`}>
                  <Field label="Job title">{j.jobTitle}</Field>
                  <Field label="Organisation">{j.organisation}</Field>
                  <Field label="Since">{date(j.startDate)}</Field>
                </DetailsCard>
              ))}
        </Section>
        <Section id="loyalty" title="Loyalty" register={register}>
          {loyalty}
        </Section>
        <Section id="groups" title="Customer groups" register={register}>
          {customer.groups.length === 0 ? (
            none('In no customer groups.')
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
        <Section id="appointments" title="Appointments" register={register}>
          {customer.appointments.length === 0
            ? none('No appointments booked.')
            : customer.appointments.map((a, i) => (
                <DetailsCard key={i} label={`Appointment ${i + 1}`}>
                  <Field label="When">{formatDateTime(a.at, config.locale)}</Field>
                  <Field label="Where">{a.location}</Field>
                  <Field wide label="What">
                    {a.description}
                  </Field>
                </DetailsCard>
              ))}
        </Section>
        <p className="text-sm text-slate-600">
          Record last updated {formatDateTime(customer.lastUpdated, config.locale)}
        </p>
      </div>
    </div>
  );
}

/**
 * The till's Client Details screen. `loyalty` and `notices` (an alert note, a key date coming
 * up) are what the app composes in from other features: features do not import each other.
 */
export function ClientDetailsScreen({
  customerNumber,
  loyalty,
  notices,
}: {
  customerNumber: string;
  loyalty: ReactNode;
  notices?: ReactNode;
}) {
  const [, navigate] = useLocation();
  const details = useClientDetails(customerNumber);
  const customer = details.data;
  return (
    <section aria-labelledby="client-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="client-heading" className="text-3xl font-bold text-slate-900">
          {customer ? customerDisplayName(customer) || '(no name)' : 'Client details'}{' '}
          <span className="font-mono text-xl font-semibold text-slate-700">
            No. {customerNumber}
          </span>
        </h1>
        <div className="ml-auto flex flex-wrap justify-end gap-2">
          <Button onClick={() => navigate(routes.crmSearch)}>Client search</Button>
          {customer && (
            <>
              <Button onClick={() => navigate(routes.crmPreferences(customerNumber))}>
                Preferences
              </Button>
              <Button onClick={() => navigate(routes.crmTransactions(customerNumber))}>
                Transaction history
              </Button>
              <Button onClick={() => navigate(routes.crmContacts(customerNumber))}>
                Contact history
              </Button>
              <Button onClick={() => navigate(routes.crmCall(customerNumber))}>Call client</Button>
              <Button variant="primary" onClick={() => navigate(routes.crmEdit(customerNumber))}>
                Edit
              </Button>
            </>
          )}
        </div>
      </div>
      {notices}
      <QueryContent
        query={details}
        pending="Loading the client…"
        isEmpty={(found) => found === null}
        empty={
          <AlertPanel
            tone="warning"
            title="No such client"
            message={`The CRM service has no customer ${customerNumber}.`}
          >
            <Button variant="primary" onClick={() => navigate(routes.crmSearch)}>
              Client search
            </Button>
          </AlertPanel>
        }
      >
        {(found) => found && <Details customer={found} loyalty={loyalty} />}
      </QueryContent>
    </section>
  );
}
