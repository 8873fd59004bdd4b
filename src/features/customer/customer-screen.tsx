import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';

/**
 * The picked customer: what the search row knows. `children` are panels other features add
 * (the app composes them: features do not import each other), e.g. loyalty accounts;
 * `notices` (an alert note, a key date coming up) go right under the heading.
 */
export function CustomerScreen({
  customerNumber,
  children,
  notices,
}: {
  customerNumber: string;
  children?: ReactNode;
  notices?: ReactNode;
}) {
  const { config } = useTerminal();
  const [, navigate] = useLocation();
  const selected = useSelectionStore((s) => s.customer);
  const clear = useSelectionStore((s) => s.clear);
  const customer = selected?.customerNumber === customerNumber ? selected : null;

  const newSearch = () => {
    clear();
    navigate(routes.customerSearch);
  };

  const actions = (
    <div className="flex flex-wrap gap-3">
      {customer && <Button onClick={() => history.back()}>◀ Back to results</Button>}
      <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>Client details</Button>
      <Button variant="primary" onClick={newSearch}>
        New search
      </Button>
    </div>
  );

  if (!customer) {
    // A reload or a typed URL: the row is not kept in storage (personal data), only the number.
    return (
      <section aria-labelledby="customer-heading" className="flex flex-col gap-4 p-4">
        <h1 id="customer-heading" className="text-3xl font-bold text-slate-900">
          Customer {customerNumber}
        </h1>
        {notices}
        <p className="text-lg text-slate-700">
          This customer's details are not on screen any more. Search for them again to see their
          details.
        </p>
        {actions}
        {children}
      </section>
    );
  }

  const address = [
    ...customer.addressLines,
    customer.town,
    customer.province,
    customer.postcode,
  ].filter(Boolean);
  return (
    <section
      aria-labelledby="customer-heading"
      className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="customer-heading" className="text-3xl font-bold text-slate-900">
            {customerDisplayName(customer) || '(no name)'}
          </h1>
          <p className="font-mono text-lg text-slate-700">
            Customer number {customer.customerNumber}
          </p>
        </div>
        {actions}
      </div>
      {notices}
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailsCard label="Personal details">
          <Field label="Title">{customer.title}</Field>
          <Field label="Date of birth">
            {formatCalendarDate(customer.dateOfBirth, config.locale)}
          </Field>
          <Field label="Forename">{customer.forename}</Field>
          <Field label="Surname">{customer.surname}</Field>
          <Field label="Organisation">{customer.organisation}</Field>
          <Field label="Trading name">{customer.tradingName}</Field>
        </DetailsCard>
        <DetailsCard label="Address and activity">
          <Field wide label="Address">
            {address.length > 0 && (
              <span className="flex flex-col">
                {address.map((line, i) => (
                  <span key={i}>{line}</span>
                ))}
              </span>
            )}
          </Field>
          <Field label="Last transaction">
            {formatDateTime(customer.lastTransactionDate, config.locale)}
          </Field>
          <Field label="Loyalty">
            {customer.hasLoyaltyAccounts ? 'Has loyalty accounts' : 'No loyalty account'}
          </Field>
        </DetailsCard>
      </div>
      {children}
    </section>
  );
}
