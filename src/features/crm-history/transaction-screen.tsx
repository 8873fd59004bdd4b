import { useLocation } from 'wouter';
import { linesTotal, type CustomerTransaction } from '../../shared/domain/crm-history';
import { formatDateTime, formatMinorUnits } from '../../shared/format/format';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { DetailsCard, Field } from '../../shared/ui/field';
import { QueryContent } from '../../shared/ui/query-content';
import { useTransaction } from './api/get-transaction';
import { HistoryHeading } from './history-heading';
import { transactionTypeLabel } from './history-labels';

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
  const enquiry = useTransaction(customerNumber, transactionId);
  return (
    <section
      aria-labelledby="transaction-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <HistoryHeading
        id="transaction-heading"
        title={`Transaction ${transactionId}`}
        customerNumber={customerNumber}
      >
        <Button variant="primary" onClick={() => navigate(routes.crmTransactions(customerNumber))}>
          Transaction history
        </Button>
      </HistoryHeading>
      <QueryContent query={enquiry} pending="Loading the transaction…">
        {(result) =>
          result.outcome === 'Success' ? (
            <Transaction transaction={result.transaction} />
          ) : (
            <AlertPanel
              tone="warning"
              title={result.outcome === 'NoCustomer' ? 'No such client' : 'No such transaction'}
              message={result.message}
            >
              <Button onClick={() => navigate(routes.crmTransactions(customerNumber))}>
                Transaction history
              </Button>
            </AlertPanel>
          )
        }
      </QueryContent>
    </section>
  );
}

function Transaction({ transaction: t }: { transaction: CustomerTransaction }) {
  const { config } = useTerminal();
  const money = (minor: number) => formatMinorUnits(minor, config.currency, config.locale);
  const sum = linesTotal(t);
  const online = t.typeId === 'WEB_ORDER' || t.applicationId === 'WEBSHOP';
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <DetailsCard label="Transaction">
        <Field label="Store">
          {[t.locationName, t.locationId && `(${t.locationId})`].filter(Boolean).join(' ')}
        </Field>
        <Field label="Till">{t.deviceId}</Field>
        <Field label="Date and time">{formatDateTime(t.date, config.locale)}</Field>
        <Field label="Type">{transactionTypeLabel(t.typeId)}</Field>
        <Field label="Total">
          <span data-testid="transaction-total" className="font-mono font-bold">
            {money(t.value)}
          </span>
        </Field>
        <Field label="Lines add up to">
          <span className="font-mono">{money(sum)}</span>
          {sum !== t.value && (
            <span role="alert" className="ml-2 font-semibold text-red-800">
              Not the total: the server's lines and total differ.
            </span>
          )}
        </Field>
      </DetailsCard>
      <div className="min-h-0 overflow-y-auto rounded-lg border-2 border-slate-300 bg-white">
        <table className="w-full text-left text-base">
          <caption className="sr-only">Lines of transaction {t.transactionId}</caption>
          <thead className="sticky top-0 border-b-2 border-slate-300 bg-white text-sm uppercase tracking-wide text-slate-600">
            <tr>
              <th className="px-3 py-2">Line</th>
              <th className="px-3 py-2">Product</th>
              <th className="px-3 py-2">Description</th>
              <th className="px-3 py-2 text-right">Quantity</th>
              <th className="px-3 py-2 text-right">Net value</th>
              <th className="px-3 py-2">Salesperson</th>
            </tr>
          </thead>
          <tbody>
            {t.lines.map((l) => {
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
                        Returned
                        {l.originalTransactionId ? `, from sale ${l.originalTransactionId}` : ''}
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
                        {online ? 'Web order' : 'Not recorded'}
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
