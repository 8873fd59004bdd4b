import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { LOYALTY_ACCOUNT_TYPE, type LoyaltyAccount } from '../../shared/domain/loyalty';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { useTransactionId } from '../../shared/outbox/use-transaction-id';
import { useOutboxSubmission } from '../../shared/outbox/use-outbox-submission';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { DigitField, useDigitEntry } from '../../shared/ui/digit-field';
import type { KeyboardAction } from '../../shared/ui/on-screen-keyboard';
import { NumericKeypad } from '../../shared/ui/numeric-keypad';
import { formatBalance } from './account-labels';
import { loyaltyKeys } from './api/keys';

const MAX_AMOUNT = 1_000_000;

/**
 * Completes a sale for the account on screen: the update is stored in the outbox before it is
 * sent, under a transaction id this till has never used, so a double tap, a reload or a
 * dropped connection never applies it twice.
 */
export function SaleCompletionPanel({ account }: { account: LoyaltyAccount }) {
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const [sale, setSale] = useState(0);
  const { id: transactionId, failed: unnumbered } = useTransactionId(sale);
  const amount = useDigitEntry();
  const [problem, setProblem] = useState('');
  // The balance on screen is the server's: ask again once the update is applied.
  const submission = useOutboxSubmission(
    () => void queryClient.invalidateQueries({ queryKey: loyaltyKeys.all }),
  );
  const { entry, submitted } = submission;
  const points = account.accountType === LOYALTY_ACCOUNT_TYPE;
  const format = (n: number) =>
    formatBalance(n, account.accountType, account.currencyId || config.currency, config.locale);

  const complete = async () => {
    if (!transactionId) return;
    if (amount.value < 1 || amount.value > MAX_AMOUNT) {
      setProblem(
        `Type an amount from 1 to ${MAX_AMOUNT.toLocaleString(config.locale)}${points ? ' points' : ''}.`,
      );
      return;
    }
    const result = await submission.submit({
      id: `${config.deviceId}:${transactionId}`,
      payload: {
        kind: 'balance-update',
        request: {
          transactionId,
          deviceId: config.deviceId,
          locationId: config.locationId,
          account: { accountId: account.accountId, accountType: account.accountType },
          updateAmount: amount.value,
          dateTimeUpdated: new Date().toISOString(),
          currencyId: account.currencyId || config.currency,
        },
      },
      summary: `+${format(amount.value)}`,
      subject: account.accountId,
    });
    // Another write already has this number (a restored till): never show it as this sale.
    if (result.outcome === 'reused') {
      setProblem(
        `This till had already used transaction ${transactionId}. Nothing was sent: the sale has a new number, tap Complete sale again.`,
      );
      setSale((n) => n + 1);
    }
  };

  const nextSale = () => {
    submission.reset();
    amount.setDigits('');
    setProblem('');
    setSale((n) => n + 1);
  };

  const onKey = (action: KeyboardAction) => {
    if (submitted) return;
    if (action.type === 'enter') return void complete();
    setProblem('');
    amount.press(action);
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
            {transactionId ?? '…'}
          </span>
        </p>
      </div>
      <div className="flex items-end gap-3">
        <DigitField
          label={points ? 'Points to add' : 'Amount to add (minor units, e.g. pence)'}
          digits={amount.digits}
          readOnly={submitted}
          invalid={problem !== ''}
          onChange={(text) => {
            amount.setDigits(text);
            setProblem('');
          }}
        />
        {!submitted && (
          <Button
            variant="primary"
            className="h-14 text-xl"
            disabled={transactionId === null || amount.digits === ''}
            onClick={() => void complete()}
          >
            Complete sale
          </Button>
        )}
      </div>
      {(problem || unnumbered || submission.failed) && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {problem ||
            (unnumbered
              ? 'This till could not number the sale. Reload the till.'
              : 'The till could not save this sale. Nothing was sent: tap Complete sale again.')}
        </p>
      )}
      {!submitted ? (
        <NumericKeypad compact onAction={onKey} />
      ) : (
        <>
          {entry && <EntryStatus entry={entry} done="Sale completed" format={format} />}
          <Button className="h-14 text-xl" onClick={nextSale}>
            Next sale
          </Button>
        </>
      )}
    </section>
  );
}
