import { useLocation } from 'wouter';
import { linesTotal, type CustomerTransaction } from '../../shared/domain/crm-history';
import { formatDateTime, formatMinorUnits } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { QueryContent } from '../../shared/ui/query-content';
import { useTransaction } from './api/get-transaction';
import { HistoryHeading } from './history-heading';
import { transactionTypeLabel } from './history-labels';
import type { CrmHistoryMessageId } from './messages';

/**
 * The transaction enquiry: store, till, date and time, type and total, then every line
 * (product, description, quantity, net value, salesperson); lines taken back are negative and
 * name the sale they came from. The lines' sum is shown beside the total.
 */
export function TransactionScreen({
  customerNumber,
  transactionId,
}: {
  customerNumber: string;
  transactionId: string;
}) {
  const [, navigate] = useLocation();
  const t = useT<CrmHistoryMessageId>();
  const enquiry = useTransaction(customerNumber, transactionId);
  return (
    <section
      aria-labelledby="transaction-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <HistoryHeading
        id="transaction-heading"
        title={t('crm-history.transaction.title', { transactionId })}
        customerNumber={customerNumber}
      >
        <Button variant="primary" onClick={() => navigate(routes.crmTransactions(customerNumber))}>
          {t('crm-history.transactionHistory')}
        </Button>
      </HistoryHeading>
      <QueryContent query={enquiry} pending={t('crm-history.transaction.loading')}>
        {(result) =>
          result.outcome === 'Success' ? (
            <Transaction transaction={result.transaction} />
          ) : (
            <AlertPanel
              tone="warning"
              title={
                result.outcome === 'NoCustomer'
                  ? t('crm-history.noSuchClient')
                  : t('crm-history.transaction.noSuch')
              }
              message={result.message}
            >
              <Button onClick={() => navigate(routes.crmTransactions(customerNumber))}>
                {t('crm-history.transactionHistory')}
              </Button>
            </AlertPanel>
          )
        }
      </QueryContent>
    </section>
  );
}

function Transaction({ transaction: tx }: { transaction: CustomerTransaction }) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const money = (minor: number) => formatMinorUnits(minor, config.currency, config.locale);
  const sum = linesTotal(tx);
  const online = tx.typeId === 'WEB_ORDER' || tx.applicationId === 'WEBSHOP';
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <DetailsCard label={t('crm-history.transaction.card')}>
        <Field label={t('crm-history.transaction.store')}>
          {[tx.locationName, tx.locationId && `(${tx.locationId})`].filter(Boolean).join(' ')}
        </Field>
        <Field label={t('crm-history.transaction.till')}>{tx.deviceId}</Field>
        <Field label={t('crm-history.transaction.dateTime')}>
          {formatDateTime(tx.date, config.locale)}
        </Field>
        <Field label={t('crm-history.transaction.type')}>{transactionTypeLabel(tx.typeId)}</Field>
        <Field label={t('crm-history.transaction.total')}>
          <span data-testid="transaction-total" className="font-mono font-bold">
            {money(tx.value)}
          </span>
        </Field>
        <Field label={t('crm-history.transaction.linesSum')}>
          <span className="font-mono">{money(sum)}</span>
          {sum !== tx.value && (
            <span role="alert" className="ml-2 font-semibold text-red-800">
              {t('crm-history.transaction.mismatch')}
            </span>
          )}
        </Field>
      </DetailsCard>
      <div className="min-h-0 overflow-y-auto rounded-lg border-2 border-slate-300 bg-white">
        <table className="w-full text-left text-base">
          <caption className="sr-only">
            {t('crm-history.transaction.lines', { transactionId: tx.transactionId })}
          </caption>
          <thead className="sticky top-0 border-b-2 border-slate-300 bg-white text-sm uppercase tracking-wide text-slate-600">
            <tr>
              <th className="px-3 py-2">{t('crm-history.line.number')}</th>
              <th className="px-3 py-2">{t('crm-history.line.product')}</th>
              <th className="px-3 py-2">{t('crm-history.line.description')}</th>
              <th className="px-3 py-2 text-right">{t('crm-history.line.quantity')}</th>
              <th className="px-3 py-2 text-right">{t('crm-history.line.netValue')}</th>
              <th className="px-3 py-2">{t('crm-history.line.salesperson')}</th>
            </tr>
          </thead>
          <tbody>
            {tx.lines.map((l) => {
              const back = l.netValue < 0 || l.quantity < 0;
              return (
                <tr
                  key={l.lineNumber}
                  className={`border-b border-slate-200 ${back ? 'bg-red-50' : ''}`}
                >
                  <td className="px-3 py-2">{l.lineNumber}</td>
                  <td className="px-3 py-2 font-mono text-sm">{l.productId}</td>
                  <td className="px-3 py-2">
                    {l.description}
                    {back && (
                      <span className="block text-sm font-semibold text-red-800">
                        {l.originalTransactionId
                          ? t('crm-history.line.returnedFrom', { sale: l.originalTransactionId })
                          : t('crm-history.line.returned')}
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right font-mono">
                    {l.quantity.toLocaleString(config.locale)}
                  </td>
                  <td
                    data-testid="line-value"
                    className={`whitespace-nowrap px-3 py-2 text-right font-mono font-semibold ${back ? 'text-red-800' : ''}`}
                  >
                    {money(l.netValue)}
                  </td>
                  <td className="px-3 py-2">
                    {l.salespersonName || l.salespersonId || (
                      <span className="text-slate-600">
                        {online
                          ? t('crm-history.type.webOrder')
                          : t('crm-history.line.notRecorded')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
