import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { LoyaltyAccount } from '../../../shared/domain/loyalty';
import { useOutboxSubmission } from '../../../shared/outbox/use-outbox-submission';
import { useTransactionId } from '../../../shared/outbox/use-transaction-id';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { loyaltyKeys } from './keys';

/**
 * AccountBalanceService · submitAccountBalanceUpdate, through the outbox: stored before it is
 * sent, under a transaction id this till has never used (the idempotency key), so a double
 * tap, a reload or a dropped connection never applies it twice. The balances on screen are
 * the server's: every loyalty query is asked again once the update is applied.
 */
export function useCompleteSale(account: LoyaltyAccount) {
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const [sale, setSale] = useState(0);
  const { id: transactionId, failed: unnumbered } = useTransactionId(sale);
  const submission = useOutboxSubmission(
    () => void queryClient.invalidateQueries({ queryKey: loyaltyKeys.all }),
  );

  /** Stores the sale of `amount` and sends it; `reused`: the number was taken, a new one given. */
  const complete = async (amount: number, summary: string) => {
    if (!transactionId) return { outcome: 'ignored' as const, transactionId };
    const result = await submission.submit({
      id: `${config.deviceId}:${transactionId}`,
      payload: {
        kind: 'balance-update',
        request: {
          transactionId,
          deviceId: config.deviceId,
          locationId: config.locationId,
          account: { accountId: account.accountId, accountType: account.accountType },
          updateAmount: amount,
          dateTimeUpdated: new Date().toISOString(),
          currencyId: account.currencyId || config.currency,
        },
      },
      summary,
      subject: account.accountId,
    });
    // Another write already has this number (a restored till): never show it as this sale.
    if (result.outcome === 'reused') setSale((n) => n + 1);
    return { outcome: result.outcome, transactionId };
  };

  const nextSale = () => {
    submission.reset();
    setSale((n) => n + 1);
  };

  return {
    transactionId,
    unnumbered,
    entry: submission.entry,
    submitted: submission.submitted,
    failed: submission.failed,
    complete,
    nextSale,
  };
}
