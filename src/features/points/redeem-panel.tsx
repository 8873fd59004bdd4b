import { useState } from 'react';
import type { PointsMember } from '../../shared/domain/points';
import { isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { useTransactionId } from '../../shared/outbox/use-transaction-id';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { AmountWritePanel } from '../../shared/ui/amount-write-panel';
import { useDigitEntry } from '../../shared/ui/digit-field';
import { useRedeemPoints } from './api/redeem-points';
import { useT } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

/**
 * Holds points against a sale (Authorize). Checked against the available balance before it is
 * sent; sent at once, not queued (the customer is waiting to pay), and never retried by itself.
 * The same sale id never holds points twice, so Try again is always safe.
 */
export function RedeemPanel({ member }: { member: PointsMember }) {
  const { config } = useTerminal();
  const t = useT<PointsMessageId>();
  const amount = useDigitEntry(6);
  const [typedSaleId, setSaleId] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const fresh = useTransactionId(round);
  // The till's own unused id, until the cashier types another.
  const saleId = typedSaleId ?? (fresh.id ? `${config.deviceId}-${fresh.id}` : '');
  const [problem, setProblem] = useState('');

  const authorize = useRedeemPoints(member.customerNumber);

  const send = () => {
    if (authorize.isPending || saleId.trim() === '') return;
    if (amount.value < 1) {
      setProblem(t('points.redeem.empty'));
      return;
    }
    if (amount.value > member.availablePointBalance) {
      setProblem(
        t('points.redeem.tooMany', {
          available: member.availablePointBalance,
          requested: amount.value,
        }),
      );
      return;
    }
    authorize.mutate({
      ref: member.customerNumber,
      saleId: saleId.trim(),
      requestedPoints: amount.value,
    });
  };

  const again = () => {
    authorize.reset();
    amount.setDigits('');
    setProblem('');
    setSaleId(null);
    setRound((r) => r + 1);
  };

  const unknownOutcome = isUnknownOutcome(authorize.error);
  const explained = authorize.error ? explainError(authorize.error) : null;

  return (
    <AmountWritePanel
      amount={amount}
      label={t('points.redeem.amount', { max: member.availablePointBalance })}
      send={t('points.redeem.send')}
      sending={authorize.isPending && t('points.redeem.sending')}
      done={authorize.isSuccess}
      canSend={saleId !== ''}
      onSend={send}
      onEdit={() => {
        setProblem('');
        authorize.reset();
      }}
      problem={problem || (fresh.failed ? t('points.unnumbered') : '')}
      notice={
        explained && (
          <AlertPanel
            tone="error"
            title={explained.title}
            message={unknownOutcome ? t('points.redeem.unknown') : explained.advice}
          >
            {explained.canRetry && (
              <Button variant="primary" onClick={send}>
                {t('points.tryAgain')}
              </Button>
            )}
          </AlertPanel>
        )
      }
      status={
        authorize.isSuccess && (
          <div role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
            <p className="text-xl font-bold text-emerald-950">
              {t('points.redeem.done', {
                points: authorize.data.requestedPoints,
                sale: authorize.data.saleId,
              })}
            </p>
            <p className="text-lg text-emerald-950">{t('points.redeem.held')}</p>
          </div>
        )
      }
      again={{ label: t('points.redeem.again'), onClick: again }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-base font-semibold text-slate-800">{t('points.redeem.saleId')}</span>
        <input
          value={saleId}
          readOnly={authorize.isPending || authorize.isSuccess}
          onChange={(e) => setSaleId(e.target.value.slice(0, 40))}
          autoComplete="off"
          className="h-12 rounded-lg border-2 border-slate-400 bg-white px-3 font-mono text-lg"
        />
      </label>
    </AmountWritePanel>
  );
}
