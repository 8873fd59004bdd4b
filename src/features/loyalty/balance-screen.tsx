import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import {
  maskCardNumber,
  type AccountReference,
  type BalanceEnquiryResult,
} from '../../shared/domain/loyalty';
import { formatCalendarDate, formatDateTime } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { PendingNote } from '../../shared/outbox/pending-note';
import { DetailsCard, Field } from '../../shared/ui/field';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { QueryContent } from '../../shared/ui/query-content';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { LoyaltyMessageId } from './messages';
import { accountTypeLabel, contactMethodLabel, formatBalance } from './account-labels';
import { useBalanceEnquiry } from './api/get-balance';
import { SaleCompletionPanel } from './sale-completion-panel';

type Success = Extract<BalanceEnquiryResult, { outcome: 'Success' }>;

function BalanceDetails({ result }: { result: Success }) {
  const { config } = useTerminal();
  const t = useT<LoyaltyMessageId>();
  const locale = useTillLocale();
  const { account, balance, customer, card, groups } = result;
  const email = customer?.emails.find((e) => e.preferred) ?? customer?.emails[0];
  const phone = customer?.phones.find((p) => p.preferred) ?? customer?.phones[0];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4 rounded-xl bg-blue-900 px-6 py-4 text-white">
        <div>
          <h1 className="text-3xl font-bold">
            {customer
              ? customerDisplayName(customer)
              : t('loyalty.customer.unnamed', { number: account.customerNumber })}
          </h1>
          <p className="font-mono text-lg text-blue-100">
            {t('loyalty.customer.number', { number: account.customerNumber })}
          </p>
          <Link
            href={routes.crmCustomer(account.customerNumber)}
            className="mt-1 inline-flex min-h-12 items-center text-lg font-semibold text-white underline"
          >
            {t('loyalty.clientDetails')}
          </Link>
        </div>
        <div className="text-right">
          <p className="text-sm font-semibold uppercase tracking-wide text-blue-100">
            {t('loyalty.balance')}
          </p>
          <p data-testid="balance" className="text-5xl font-black">
            {formatBalance(
              balance.balance,
              balance.accountType,
              balance.currencyId || config.currency,
              locale,
            )}
          </p>
          <p className="text-base text-blue-100">
            {t('loyalty.balance.asOf', { date: formatDateTime(balance.balanceDate, locale) })}
          </p>
        </div>
      </div>
      <PendingNote subject={account.accountId} noun="account" />
      {/* At till sizes the sale panel sits beside the details, its keypad in reach unscrolled. */}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_32rem]">
        <DetailsCard label={t('loyalty.account')}>
          <Field label={t('loyalty.account')}>{account.accountId}</Field>
          <Field label={t('loyalty.field.type')}>{accountTypeLabel(account.accountType)}</Field>
          <Field label={t('loyalty.field.scheme')}>{account.loyaltySchemeId}</Field>
          <Field label={t('loyalty.field.tier')}>{account.tierCode}</Field>
          <Field label={t('loyalty.field.status')}>{account.status}</Field>
          <Field label={t('loyalty.field.currency')}>
            {balance.currencyId || account.currencyId}
          </Field>
          <Field label={t('loyalty.field.card')}>
            {card ? <span className="font-mono">{maskCardNumber(card.pan)}</span> : ''}
          </Field>
          <Field label={t('loyalty.field.opened')}>
            {formatCalendarDate(account.openedDate, locale)}
          </Field>
        </DetailsCard>
        <DetailsCard label={t('loyalty.customer')}>
          <Field label={t('loyalty.field.preferredContact')}>
            {customer ? contactMethodLabel(customer.contactMethod) : ''}
          </Field>
          <Field label={t('loyalty.field.contactable')}>
            {customer ? t(customer.contactable ? 'loyalty.yes' : 'loyalty.no') : ''}
          </Field>
          <Field wide label={t('loyalty.field.email')}>
            {email?.value}
          </Field>
          <Field wide label={t('loyalty.field.phone')}>
            {phone?.value}
          </Field>
          <Field wide label={t('loyalty.field.groups')}>
            {groups.map((g) => g.groupId).join(', ')}
          </Field>
        </DetailsCard>
        {account.status === 'ACTIVE' && (
          <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1 2xl:col-start-3 2xl:row-span-1">
            <SaleCompletionPanel account={account} />
          </div>
        )}
      </div>
    </div>
  );
}

/** The balance of one account or card, with a screen of its own for every outcome. */
export function BalanceScreen({ reference }: { reference: AccountReference | null }) {
  const [, navigate] = useLocation();
  const enquiry = useBalanceEnquiry(reference);
  const t = useT<LoyaltyMessageId>();
  const newSearch = (
    <Button variant="primary" onClick={() => navigate(routes.customerSearch)}>
      {t('loyalty.customerSearch')}
    </Button>
  );
  const scanAgain = (
    <Button onClick={() => navigate(routes.cardEntry)}>{t('loyalty.anotherCard')}</Button>
  );

  const outcome = (result: BalanceEnquiryResult): ReactNode => {
    switch (result.outcome) {
      case 'Success':
        return <BalanceDetails result={result} />;
      case 'NoAccount':
        return (
          <AlertPanel
            tone="warning"
            title={t('loyalty.noAccount.title')}
            message={t('loyalty.noAccount.message', { message: result.message })}
          >
            {scanAgain}
            {newSearch}
          </AlertPanel>
        );
      case 'UnknownAccountType':
        return (
          <AlertPanel
            tone="warning"
            title={t('loyalty.unknownType.title')}
            message={t('loyalty.unknownType.message', { message: result.message })}
          >
            {newSearch}
          </AlertPanel>
        );
      case 'Fail':
        return (
          <AlertPanel tone="warning" title={t('loyalty.fail.title')} message={result.message}>
            <Button variant="primary" onClick={() => void enquiry.refetch()}>
              {t('loyalty.tryAgain')}
            </Button>
            {newSearch}
          </AlertPanel>
        );
    }
  };

  return (
    <section
      aria-label={t('loyalty.balance.label')}
      className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4"
    >
      {reference === null ? (
        <AlertPanel
          tone="warning"
          title={t('loyalty.noCard.title')}
          message={t('loyalty.noCard.message')}
        >
          {scanAgain}
          {newSearch}
        </AlertPanel>
      ) : (
        <QueryContent query={enquiry} pending={t('loyalty.lookingUp')}>
          {outcome}
        </QueryContent>
      )}
    </section>
  );
}
