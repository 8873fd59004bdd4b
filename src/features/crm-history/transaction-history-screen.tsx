import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  NO_TRANSACTION_CRITERIA,
  type TransactionCriteria,
  type TransactionHistoryResult,
  type TransactionRow,
} from '../../shared/domain/crm-history';
import type { Page } from '../../shared/domain/paging';
import { formatCalendarDate, formatDateTime, formatMinorUnits } from '../../shared/format/format';
import { translate } from '../../shared/i18n/i18n';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { PageBar } from '../../shared/ui/page-bar';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { HISTORY_PAGE_SIZE } from './api/keys';
import { useTransactionHistory } from './api/search-transactions';
import { HistoryHeading } from './history-heading';
import { transactionTypeLabel } from './history-labels';
import { useCustomerHistoryView } from './history-store';
import { SpendSummary } from './spend-summary';
import { TransactionSearchForm } from './transaction-search-form';
import type { CrmHistoryMessageId } from './messages';

const isSearching = (c: TransactionCriteria) =>
  JSON.stringify(c) !== JSON.stringify(NO_TRANSACTION_CRITERIA);

/** The search in words: "1 Dec 2025 to 31 Jan 2026 · Sale, Return · at least £50.00". */
function describeSearch(c: TransactionCriteria, currency: string, locale: string): string {
  const t = translate<CrmHistoryMessageId>;
  const date = (d: string) => formatCalendarDate(d, locale);
  const parts: string[] = [];
  if (c.fromDate && c.toDate)
    parts.push(t('crm-history.searched.between', { from: date(c.fromDate), to: date(c.toDate) }));
  else if (c.fromDate) parts.push(t('crm-history.searched.from', { from: date(c.fromDate) }));
  else if (c.toDate) parts.push(t('crm-history.searched.to', { to: date(c.toDate) }));
  if (c.locationIds.length > 0)
    parts.push(
      t('crm-history.searched.stores', {
        count: c.locationIds.length,
        stores: new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(c.locationIds),
      }),
    );
  if (c.typeIds.length > 0)
    parts.push(
      new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(
        c.typeIds.map(transactionTypeLabel),
      ),
    );
  if (c.minimumValue !== null)
    parts.push(
      t('crm-history.searched.atLeast', {
        amount: formatMinorUnits(c.minimumValue, currency, locale),
      }),
    );
  return parts.join(' · ');
}

/**
 * Transaction History: the customer's completed transactions, newest first, paged on the
 * server, with the spend summary of everything the search matched; View opens a transaction.
 */
export function TransactionHistoryScreen({ customerNumber }: { customerNumber: string }) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const [, navigate] = useLocation();
  const view = useCustomerHistoryView(customerNumber);
  const criteria = view.transactions;
  const offset = view.transactionOffset;
  const [searchOpen, setSearchOpen] = useState(false);
  const history = useTransactionHistory(customerNumber, criteria, offset);
  const result = history.data;
  const refused = result?.outcome === 'Invalid' ? result : null;

  return (
    // The whole screen scrolls when Search is open on a 768-px till; the list keeps a screenful.
    <section
      aria-labelledby="history-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto p-4"
    >
      <HistoryHeading
        id="history-heading"
        title={t('crm-history.transactionHistory')}
        customerNumber={customerNumber}
      >
        <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          {t('crm-history.clientDetails')}
        </Button>
        <Button
          aria-expanded={searchOpen}
          aria-controls="transaction-search"
          onClick={() => setSearchOpen((o) => !o)}
        >
          {t('crm-history.search.submit')} <span aria-hidden>{searchOpen ? '▲' : '▼'}</span>
        </Button>
      </HistoryHeading>
      {(searchOpen || refused) && (
        <div id="transaction-search">
          <TransactionSearchForm
            // A new search starts the form from what is searched now.
            key={JSON.stringify(criteria)}
            initial={criteria}
            serverErrors={refused?.fieldErrors ?? {}}
            onSearch={(next) => {
              view.searchTransactions(next);
              setSearchOpen(false);
            }}
          />
        </div>
      )}
      {isSearching(criteria) && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-lg text-slate-900">
            <span className="font-semibold">{t('crm-history.searched')} </span>
            {describeSearch(criteria, config.currency, config.locale)}
          </p>
          <Button onClick={() => view.searchTransactions(NO_TRANSACTION_CRITERIA)}>
            {t('crm-history.search.clear')}
          </Button>
        </div>
      )}
      <QueryContent query={history} pending={t('crm-history.transactions.loading')}>
        {(found) => (
          <History
            result={found}
            busy={history.isPlaceholderData}
            customerNumber={customerNumber}
            offset={offset}
            onOffset={view.setTransactionOffset}
            onView={(row) => navigate(routes.crmTransaction(row.customerNumber, row.transactionId))}
          />
        )}
      </QueryContent>
    </section>
  );
}

function History({
  result,
  busy,
  customerNumber,
  offset,
  onOffset,
  onView,
}: {
  result: TransactionHistoryResult;
  busy: boolean;
  customerNumber: string;
  offset: number;
  onOffset: (offset: number) => void;
  onView: (row: TransactionRow) => void;
}) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  if (result.outcome === 'NoCustomer') {
    return (
      <AlertPanel tone="warning" title={t('crm-history.noSuchClient')} message={result.message}>
        {null}
      </AlertPanel>
    );
  }
  if (result.outcome === 'Invalid') {
    return (
      <AlertPanel tone="error" title={t('crm-history.searchRefused')} message={result.message}>
        {null}
      </AlertPanel>
    );
  }
  const { page, summary } = result;
  return (
    <div
      aria-busy={busy}
      className={`flex min-h-0 flex-1 flex-col gap-3 ${busy ? 'opacity-60' : ''}`}
    >
      <SectionCard id="spend" title={t('crm-history.summary.label')} className="gap-2 px-4 py-3">
        <SpendSummary summary={summary} currency={config.currency} locale={config.locale} />
      </SectionCard>
      {page.total === 0 ? (
        <p role="status" className="text-xl text-slate-800">
          {t('crm-history.transactions.noMatch')}
        </p>
      ) : (
        <>
          <PageBar
            first={page.offset}
            last={page.offset + page.rows.length - 1}
            total={page.total}
            atStart={offset === 0}
            atEnd={page.offset + page.rows.length >= page.total}
            onPrevious={() => onOffset(Math.max(0, offset - HISTORY_PAGE_SIZE))}
            onNext={() => onOffset(offset + HISTORY_PAGE_SIZE)}
            busy={busy ? t('crm-history.loading') : undefined}
          />
          <TransactionTable page={page} customerNumber={customerNumber} onView={onView} />
        </>
      )}
    </div>
  );
}

function TransactionTable({
  page,
  customerNumber,
  onView,
}: {
  page: Page<TransactionRow>;
  customerNumber: string;
  onView: (row: TransactionRow) => void;
}) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  return (
    <div className="min-h-72 flex-1 overflow-y-auto rounded-lg border-2 border-slate-300 bg-white">
      <table className="w-full text-left text-base">
        <caption className="sr-only">
          {t('crm-history.transactions.caption', { customerNumber })}
        </caption>
        <thead className="sticky top-0 border-b-2 border-slate-300 bg-white text-sm uppercase tracking-wide text-slate-600">
          <tr>
            <th className="px-3 py-2">{t('crm-history.transactions.date')}</th>
            <th className="px-3 py-2">{t('crm-history.transaction.type')}</th>
            <th className="px-3 py-2">{t('crm-history.transaction.store')}</th>
            <th className="px-3 py-2">{t('crm-history.transactions.items')}</th>
            <th className="px-3 py-2 text-right">{t('crm-history.transactions.value')}</th>
            <th className="px-3 py-2">
              <span className="sr-only">{t('crm-history.transactions.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.transactionId} className="border-b border-slate-200">
              <td className="whitespace-nowrap px-3 py-1">
                {formatDateTime(r.date, config.locale)}
              </td>
              <td className="px-3 py-1 font-semibold">{transactionTypeLabel(r.typeId)}</td>
              <td className="px-3 py-1">
                {r.locationName || r.locationId}
                {r.deviceId && (
                  <span className="block text-sm text-slate-600">
                    {t('crm-history.transactions.till', { till: r.deviceId })}
                  </span>
                )}
              </td>
              <td className="px-3 py-1">
                <span className="line-clamp-2">{r.description}</span>
              </td>
              <td
                className={`whitespace-nowrap px-3 py-1 text-right font-mono font-semibold ${r.value < 0 ? 'text-red-800' : ''}`}
              >
                {formatMinorUnits(r.value, config.currency, config.locale)}
              </td>
              <td className="px-3 py-1 text-right">
                <Button
                  onClick={() => onView(r)}
                  aria-label={t('crm-history.transactions.viewLabel', {
                    transactionId: r.transactionId,
                  })}
                >
                  {t('crm-history.transactions.view')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
