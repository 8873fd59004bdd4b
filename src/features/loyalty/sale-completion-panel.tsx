import { useState } from 'react';
import { LOYALTY_ACCOUNT_TYPE, type LoyaltyAccount } from '../../shared/domain/loyalty';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { useClearCustomer } from '../../shared/session/customer-session';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AmountWritePanel } from '../../shared/ui/amount-write-panel';
import { useDigitEntry } from '../../shared/ui/digit-field';
import { formatBalance } from './account-labels';
import { useCompleteSale } from './api/complete-sale';

const MAX_AMOUNT = 1_000_000;

/**
 * Completes a sale for the account on screen: the update is stored in the outbox before it is
 * sent, under a transaction id this till has never used (`useCompleteSale`).
 */
export function SaleCompletionPanel({ account }: { account: LoyaltyAccount }) {
  const { config } = useTerminal();
  const sale = useCompleteSale(account);
  const amount = useDigitEntry();
  const [problem, setProblem] = useState('');
  const clearCustomer = useClearCustomer();
  const points = account.accountType === LOYALTY_ACCOUNT_TYPE;
  const format = (n: number) =>
    formatBalance(n, account.accountType, account.currencyId || config.currency, config.locale);

  const complete = async () => {
    if (!sale.transactionId) return;
    if (amount.value < 1 || amount.value > MAX_AMOUNT) {
      setProblem(
        `Type an amount from 1 to ${MAX_AMOUNT.toLocaleString(config.locale)}${points ? ' points' : ''}.`,
      );
      return;
    }
    const result = await sale.complete(amount.value, `+${format(amount.value)}`);
    if (result.outcome === 'reused') {
      setProblem(
        `This till had already used transaction ${result.transactionId}. Nothing was sent: the sale has a new number, tap Complete sale again.`,
      );
    }
  };

  const nextSale = () => {
    sale.nextSale();
    amount.setDigits('');
    setProblem('');
  };

  return (
    <section
      aria-labelledby="sale-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="sale-heading" className="text-2xl font-bold text-slate-900">
          Complete a sale
        </h2>
        <p className="text-base text-slate-700">
          Transaction{' '}
          <span data-testid="transaction-id" className="font-mono font-semibold text-slate-900">
            {sale.transactionId ?? '…'}
          </span>
        </p>
      </div>
      <AmountWritePanel
        amount={amount}
        label={points ? 'Points to add' : 'Amount to add (minor units, e.g. pence)'}
        send="Complete sale"
        done={sale.submitted}
        canSend={sale.transactionId !== null}
        onSend={() => void complete()}
        onEdit={() => setProblem('')}
        problem={
          problem ||
          (sale.unnumbered
            ? 'This till could not number the sale. Reload the till.'
            : sale.failed
              ? 'The till could not save this sale. Nothing was sent: tap Complete sale again.'
              : '')
        }
        status={
          sale.entry && <EntryStatus entry={sale.entry} done="Sale completed" format={format} />
        }
        again={{ label: 'Next sale', onClick: nextSale }}
        // The sale is over: clear this customer from the till (the update stays pending).
        finish={{ label: 'Next customer', onClick: () => clearCustomer('next-customer') }}
      />
    </section>
  );
}
