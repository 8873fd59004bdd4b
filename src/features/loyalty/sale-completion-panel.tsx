import { useState } from 'react';
import { LOYALTY_ACCOUNT_TYPE, type LoyaltyAccount } from '../../shared/domain/loyalty';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { useClearCustomer } from '../../shared/session/customer-session';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AmountWritePanel } from '../../shared/ui/amount-write-panel';
import { useDigitEntry } from '../../shared/ui/digit-field';
import { formatBalance } from './account-labels';
import { useCompleteSale } from './api/complete-sale';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { LoyaltyMessageId } from './messages';

const MAX_AMOUNT = 1_000_000;

/**
 * Completes a sale for the account on screen: the update is stored in the outbox before it is
 * sent, under a transaction id this till has never used (`useCompleteSale`).
 */
export function SaleCompletionPanel({ account }: { account: LoyaltyAccount }) {
  const { config } = useTerminal();
  const t = useT<LoyaltyMessageId>();
  const locale = useTillLocale();
  const sale = useCompleteSale(account);
  const amount = useDigitEntry();
  const [problem, setProblem] = useState('');
  const clearCustomer = useClearCustomer();
  const points = account.accountType === LOYALTY_ACCOUNT_TYPE;
  const format = (n: number) =>
    formatBalance(n, account.accountType, account.currencyId || config.currency, locale);

  const complete = async () => {
    if (!sale.transactionId) return;
    if (amount.value < 1 || amount.value > MAX_AMOUNT) {
      setProblem(
        t(points ? 'loyalty.sale.range.points' : 'loyalty.sale.range', { min: 1, max: MAX_AMOUNT }),
      );
      return;
    }
    const result = await sale.complete(amount.value, `+${format(amount.value)}`);
    if (result.outcome === 'reused') {
      setProblem(t('loyalty.sale.reused', { transaction: result.transactionId }));
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
          {t('loyalty.sale.heading')}
        </h2>
        <p className="text-base text-slate-700">
          {t('loyalty.sale.transaction')}{' '}
          <span data-testid="transaction-id" className="font-mono font-semibold text-slate-900">
            {sale.transactionId ?? '…'}
          </span>
        </p>
      </div>
      <AmountWritePanel
        amount={amount}
        label={t(points ? 'loyalty.sale.pointsToAdd' : 'loyalty.sale.amountToAdd')}
        send={t('loyalty.sale.complete')}
        done={sale.submitted}
        canSend={sale.transactionId !== null}
        onSend={() => void complete()}
        onEdit={() => setProblem('')}
        problem={
          problem ||
          (sale.unnumbered
            ? t('loyalty.sale.unnumbered')
            : sale.failed
              ? t('loyalty.sale.failed')
              : '')
        }
        status={
          sale.entry && (
            <EntryStatus entry={sale.entry} done={t('loyalty.sale.done')} format={format} />
          )
        }
        again={{ label: t('loyalty.sale.next'), onClick: nextSale }}
        // The sale is over: clear this customer from the till (the update stays pending).
        finish={{
          label: t('loyalty.sale.nextCustomer'),
          onClick: () => clearCustomer('next-customer'),
        }}
      />
    </section>
  );
}
