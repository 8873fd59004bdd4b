import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { LoyaltyAccount } from '../../shared/domain/loyalty';
import type { OutboxEntry } from '../../shared/outbox/outbox-entry';
import { useOutboxStore } from '../../shared/outbox/outbox-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { applyKeyboardAction, type KeyboardAction } from '../../shared/ui/on-screen-keyboard';
import { NumericKeypad } from '../../shared/ui/numeric-keypad';
import { formatBalance } from './account-labels';
import { loyaltyKeys, LOYALTY_ACCOUNT_TYPE } from './loyalty-queries';

const MAX_AMOUNT = 1_000_000;

function SaleStatus({ entry, format }: { entry: OutboxEntry; format: (n: number) => string }) {
  const { outbox } = useTerminal();
  switch (entry.state) {
    case 'delivered':
      return (
        <div role="status" className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="text-xl font-bold text-emerald-950">Sale completed: {entry.summary}</p>
          {entry.delivery?.balance != null && (
            <p className="text-lg text-emerald-950">
              New balance <strong>{format(entry.delivery.balance)}</strong>
              {entry.delivery.note ? ` · ${entry.delivery.note}` : ''}
            </p>
          )}
        </div>
      );
    case 'refused':
      return (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <p className="text-xl font-bold text-red-950">The loyalty service refused this update</p>
          <p className="text-lg text-red-950">
            {entry.lastError} It is kept in Pending updates: fix the account, then retry it there.
          </p>
        </div>
      );
    default:
      return entry.lastError === null ? (
        <p role="status" className="text-xl text-slate-800">
          Sending {entry.summary}…
        </p>
      ) : (
        <div role="status" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <p className="text-xl font-bold text-amber-950">
            Saved on this till, not sent yet: {entry.summary}
          </p>
          <p className="text-lg text-amber-950">
            {entry.lastError}. The till keeps trying by itself, so you can carry on with the next
            customer.
          </p>
          <Button className="mt-2" onClick={() => void outbox.retryNow(entry.id)}>
            Retry now
          </Button>
        </div>
      );
  }
}

/**
 * Completes a sale for the account on screen: the update is stored in the outbox before it is
 * sent, under a transaction id this till has never used, so a double tap, a reload or a
 * dropped connection never applies it twice.
 */
export function SaleCompletionPanel({ account }: { account: LoyaltyAccount }) {
  const { config, outbox } = useTerminal();
  const queryClient = useQueryClient();
  const [transactionId, setTransactionId] = useState<string | null>(null);
  const [sale, setSale] = useState(0);
  const [digits, setDigits] = useState('');
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const submitting = useRef(false);
  const entry = useOutboxStore((s) => s.entries.find((e) => e.id === submittedId));
  const points = account.accountType === LOYALTY_ACCOUNT_TYPE;
  const format = (n: number) =>
    formatBalance(n, account.accountType, account.currencyId || config.currency, config.locale);

  useEffect(() => {
    let current = true;
    outbox.nextTransactionId().then(
      (id) => current && setTransactionId(id),
      () => current && setProblem('This till could not number the sale. Reload the till.'),
    );
    return () => {
      current = false;
    };
  }, [outbox, sale]);

  const delivered = entry?.state === 'delivered';
  useEffect(() => {
    // The balance on screen is the server's: ask again once the update is applied.
    if (delivered) void queryClient.invalidateQueries({ queryKey: loyaltyKeys.all });
  }, [delivered, queryClient]);

  const complete = async () => {
    const amount = Number(digits);
    if (!transactionId || submitting.current) return;
    if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_AMOUNT) {
      setProblem(
        `Type an amount from 1 to ${MAX_AMOUNT.toLocaleString(config.locale)}${points ? ' points' : ''}.`,
      );
      return;
    }
    submitting.current = true;
    const id = `${config.deviceId}:${transactionId}`;
    try {
      await outbox.enqueue({
        id,
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
        summary: `+${format(amount)}`,
        subject: account.accountId,
      });
      setSubmittedId(id);
    } catch {
      submitting.current = false;
      setProblem('The till could not save this sale. Nothing was sent: tap Complete sale again.');
    }
  };

  const nextSale = () => {
    submitting.current = false;
    setSubmittedId(null);
    setDigits('');
    setProblem('');
    setTransactionId(null);
    setSale((n) => n + 1);
  };

  const onKey = (action: KeyboardAction) => {
    if (submittedId) return;
    if (action.type === 'enter') return void complete();
    setProblem('');
    setDigits((d) => {
      const next = applyKeyboardAction(d, { start: d.length, end: d.length }, action).value;
      return next
        .replace(/\D/g, '')
        .replace(/^0+(?=\d)/, '')
        .slice(0, 7);
    });
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
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="text-base font-semibold text-slate-800">
            {points ? 'Points to add' : 'Amount to add (minor units, e.g. pence)'}
          </span>
          <input
            value={digits}
            readOnly={submittedId !== null}
            onChange={(e) => {
              setDigits(e.target.value.replace(/\D/g, '').slice(0, 7));
              setProblem('');
            }}
            inputMode="none"
            autoComplete="off"
            aria-invalid={problem !== ''}
            className="h-14 w-full rounded-lg border-2 border-slate-400 bg-white px-4 font-mono text-2xl focus:border-blue-700 focus:outline-none"
          />
        </label>
        {submittedId === null && (
          <Button
            variant="primary"
            className="h-14 text-xl"
            disabled={transactionId === null || digits === ''}
            onClick={() => void complete()}
          >
            Complete sale
          </Button>
        )}
      </div>
      {problem && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {problem}
        </p>
      )}
      {submittedId === null ? (
        <NumericKeypad compact onAction={onKey} />
      ) : (
        <>
          {entry && <SaleStatus entry={entry} format={format} />}
          <Button className="h-14 text-xl" onClick={nextSale}>
            Next sale
          </Button>
        </>
      )}
    </section>
  );
}
