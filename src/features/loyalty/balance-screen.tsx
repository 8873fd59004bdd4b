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
import { accountTypeLabel, contactMethodLabel, formatBalance } from './account-labels';
import { useBalanceEnquiry } from './api/get-balance';
import { SaleCompletionPanel } from './sale-completion-panel';

type Success = Extract<BalanceEnquiryResult, { outcome: 'Success' }>;

function BalanceDetails({ result }: { result: Success }) {
  const { config } = useTerminal();
  const { account, balance, customer, card, groups } = result;
  const email = customer?.emails.find((e) => e.preferred) ?? customer?.emails[0];
  const phone = customer?.phones.find((p) => p.preferred) ?? customer?.phones[0];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4 rounded-xl bg-blue-900 px-6 py-4 text-white">
        <div>
          <h1 className="text-3xl font-bold">
            {customer ? customerDisplayName(customer) : `Customer ${account.customerNumber}`}
          </h1>
          <p className="font-mono text-lg text-blue-100">
            Customer number {account.customerNumber}
          </p>
          <Link
            href={routes.crmCustomer(account.customerNumber)}
            className="mt-1 inline-flex min-h-12 items-center text-lg font-semibold text-white underline"
          >
            Client details
          </Link>
        </div>
        <div className="text-right">
          <p className="text-sm font-semibold uppercase tracking-wide text-blue-100">Balance</p>
          <p data-testid="balance" className="text-5xl font-black">
            {formatBalance(
              balance.balance,
              balance.accountType,
              balance.currencyId || config.currency,
              config.locale,
            )}
          </p>
          <p className="text-base text-blue-100">
            as of {formatDateTime(balance.balanceDate, config.locale)}
          </p>
        </div>
      </div>
      <PendingNote subject={account.accountId} noun="account" />
      {/* At till sizes the sale panel sits beside the details, its keypad in reach unscrolled. */}
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_32rem]">
        <DetailsCard label="Account">
          <Field label="Account">{account.accountId}</Field>
          <Field label="Type">{accountTypeLabel(account.accountType)}</Field>
          <Field label="Scheme">{account.loyaltySchemeId}</Field>
          <Field label="Tier">{account.tierCode}</Field>
          <Field label="Status">{account.status}</Field>
          <Field label="Currency">{balance.currencyId || account.currencyId}</Field>
          <Field label="Card">
            {card ? <span className="font-mono">{maskCardNumber(card.pan)}</span> : ''}
          </Field>
          <Field label="Opened">{formatCalendarDate(account.openedDate, config.locale)}</Field>
        </DetailsCard>
        <DetailsCard label="Customer">
          <Field label="Preferred contact">
            {customer ? contactMethodLabel(customer.contactMethod) : ''}
          </Field>
          <Field label="Contactable">{customer ? (customer.contactable ? 'Yes' : 'No') : ''}</Field>
          <Field wide label="E-mail">
            {email?.value}
          </Field>
          <Field wide label="Phone">
            {phone?.value}
          </Field>
          <Field wide label="Customer groups">
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
  const newSearch = (
    <Button variant="primary" onClick={() => navigate(routes.customerSearch)}>
      Customer search
    </Button>
  );
  const scanAgain = (
    <Button onClick={() => navigate(routes.cardEntry)}>Scan or type another card</Button>
  );

  const outcome = (result: BalanceEnquiryResult): ReactNode => {
    switch (result.outcome) {
      case 'Success':
        return <BalanceDetails result={result} />;
      case 'NoAccount':
        return (
          <AlertPanel
            tone="warning"
            title="No account found"
            message={`${result.message} Check the card, scan it again, or find the customer by name or postcode.`}
          >
            {scanAgain}
            {newSearch}
          </AlertPanel>
        );
      case 'UnknownAccountType':
        return (
          <AlertPanel
            tone="warning"
            title="Account type not recognised"
            message={`${result.message} This till cannot use it; find the customer to see their other accounts.`}
          >
            {newSearch}
          </AlertPanel>
        );
      case 'Fail':
        return (
          <AlertPanel
            tone="warning"
            title="The account could not be looked up"
            message={result.message}
          >
            <Button variant="primary" onClick={() => void enquiry.refetch()}>
              Try again
            </Button>
            {newSearch}
          </AlertPanel>
        );
    }
  };

  return (
    <section
      aria-label="Account balance"
      className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4"
    >
      {reference === null ? (
        <AlertPanel
          tone="warning"
          title="No card to look up"
          message="Scan a loyalty card, or type its number."
        >
          {scanAgain}
          {newSearch}
        </AlertPanel>
      ) : (
        <QueryContent query={enquiry} pending="Looking up the account…">
          {outcome}
        </QueryContent>
      )}
    </section>
  );
}
