import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { CustomerMessageId } from './messages';

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
  const t = useT<CustomerMessageId>();
  const locale = useTillLocale();
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
      {customer && <Button onClick={() => history.back()}>{t('customer.back')}</Button>}
      <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
        {t('customer.clientDetails')}
      </Button>
      <Button variant="primary" onClick={newSearch}>
        {t('customer.newSearch')}
      </Button>
    </div>
  );

  if (!customer) {
    // A reload or a typed URL: the row is not kept in storage (personal data), only the number.
    return (
      <section aria-labelledby="customer-heading" className="flex flex-col gap-4 p-4">
        <h1 id="customer-heading" className="text-3xl font-bold text-slate-900">
          {t('customer.unnamed', { number: customerNumber })}
        </h1>
        {notices}
        <p className="text-lg text-slate-700">{t('customer.gone')}</p>
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
            {customerDisplayName(customer) || t('customer.noName')}
          </h1>
          <p className="font-mono text-lg text-slate-700">
            {t('customer.number', { number: customer.customerNumber })}
          </p>
        </div>
        {actions}
      </div>
      {notices}
      <div className="grid gap-4 lg:grid-cols-2">
        <DetailsCard label={t('customer.personal')}>
          <Field label={t('customer.field.title')}>{customer.title}</Field>
          <Field label={t('customer.field.dateOfBirth')}>
            {formatCalendarDate(customer.dateOfBirth, locale)}
          </Field>
          <Field label={t('customer.field.forename')}>{customer.forename}</Field>
          <Field label={t('customer.field.surname')}>{customer.surname}</Field>
          <Field label={t('customer.field.organisation')}>{customer.organisation}</Field>
          <Field label={t('customer.field.tradingName')}>{customer.tradingName}</Field>
        </DetailsCard>
        <DetailsCard label={t('customer.addressActivity')}>
          <Field wide label={t('customer.field.address')}>
            {address.length > 0 && (
              <span className="flex flex-col">
                {address.map((line, i) => (
                  <span key={i}>{line}</span>
                ))}
              </span>
            )}
          </Field>
          <Field label={t('customer.field.lastTransaction')}>
            {formatDateTime(customer.lastTransactionDate, locale)}
          </Field>
          <Field label={t('customer.field.loyalty')}>
            {t(customer.hasLoyaltyAccounts ? 'customer.loyalty.has' : 'customer.loyalty.none')}
          </Field>
        </DetailsCard>
      </div>
      {children}
    </section>
  );
}
