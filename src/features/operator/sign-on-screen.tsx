import { useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import { isOperatorId, returnPath } from '../../shared/domain/operator';
import { routes } from '../../shared/routes';
import { useClearCustomer } from '../../shared/session/customer-session';
import { useOperatorStore } from '../../shared/stores/operator-store';
import { Button } from '../../shared/ui/button';
import type { KeyboardAction } from '../../shared/ui/on-screen-keyboard';
import { applyKeyboardAction } from '../../shared/ui/on-screen-keyboard';
import { NumericKeypad } from '../../shared/ui/numeric-keypad';
import { useT } from '../../shared/i18n/messages';
import type { OperatorMessageId } from './messages';

/**
 * Operator sign-on, on the keypad. At the start of a shift (`startOfShift`: the start screen
 * shows it until it is answered) it can be skipped, since looking a customer up needs no
 * operator. Signing on as someone else clears the customer on screen; otherwise the cashier
 * goes back to the screen that asked (`?then=`).
 */
export function SignOnScreen({ startOfShift = false }: { startOfShift?: boolean }) {
  const [, navigate] = useLocation();
  const t = useT<OperatorMessageId>();
  const [params] = useSearchParams();
  const then = returnPath(params.get('then'));
  const current = useOperatorStore((s) => s.operatorId);
  const signOn = useOperatorStore((s) => s.signOn);
  const skip = useOperatorStore((s) => s.skipSignOn);
  const clearCustomer = useClearCustomer();
  const [digits, setDigits] = useState('');
  const [warning, setWarning] = useState('');

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const id = digits.trim();
    if (!isOperatorId(id)) {
      setWarning(t('operator.invalid', { min: 1, max: 12 }));
      return;
    }
    signOn(id);
    // Someone else at the till: the last operator's customer goes.
    if (current !== null && current !== id) return clearCustomer('operator-change');
    navigate(then ?? routes.customerSearch, { replace: true });
  };

  const onKey = (action: KeyboardAction) => {
    if (action.type === 'enter') return submit();
    setWarning('');
    setDigits((d) => applyKeyboardAction(d, { start: d.length, end: d.length }, action).value);
  };

  return (
    <section
      aria-labelledby="sign-on-heading"
      className="flex flex-wrap items-start justify-center gap-6 overflow-y-auto p-4"
    >
      <div className="flex w-full max-w-md flex-col gap-3">
        <h1 id="sign-on-heading" className="text-3xl font-bold text-slate-900">
          {t(startOfShift ? 'operator.heading.shift' : 'operator.heading')}
        </h1>
        <p className="text-lg text-slate-700">{t('operator.explain')}</p>
        {current && (
          <p className="text-lg font-semibold text-slate-900">
            {t('operator.current', { operator: current })}
          </p>
        )}
        <form onSubmit={submit} className="flex flex-col gap-2">
          <label className="flex flex-col gap-1">
            <span className="text-base font-semibold text-slate-800">{t('operator.id')}</span>
            <input
              value={digits}
              onChange={(e) => {
                setDigits(e.target.value.replace(/\D/g, '').slice(0, 12));
                setWarning('');
              }}
              inputMode="none"
              autoComplete="off"
              aria-invalid={warning !== ''}
              aria-describedby={warning ? 'operator-warning' : undefined}
              className="h-14 rounded-lg border-2 border-slate-400 bg-white px-4 font-mono text-2xl tracking-widest focus:border-blue-700 focus:outline-none"
            />
          </label>
          {warning && (
            <p id="operator-warning" role="alert" className="text-lg font-semibold text-red-800">
              {warning}
            </p>
          )}
          <Button type="submit" variant="primary" className="h-14 text-xl">
            {t('operator.signOn')}
          </Button>
          {startOfShift && (
            <Button className="h-14 text-xl" onClick={skip}>
              {t('operator.skip')}
            </Button>
          )}
          {!startOfShift && (
            <Button
              className="h-14 text-xl"
              onClick={() => navigate(then ?? routes.customerSearch, { replace: true })}
            >
              {t('operator.cancel')}
            </Button>
          )}
        </form>
      </div>
      <NumericKeypad onAction={onKey} />
    </section>
  );
}
