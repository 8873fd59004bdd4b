import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../../shared/routes';
import { useCardStore } from '../../shared/stores/card-store';
import { Button } from '../../shared/ui/button';
import { applyKeyboardAction, type KeyboardAction } from '../../shared/ui/on-screen-keyboard';
import { NumericKeypad } from '../../shared/ui/numeric-keypad';
import { useT } from '../../shared/i18n/messages';
import type { LoyaltyMessageId } from './messages';

/** For a card the scanner will not read: type its number on the keypad. */
export function CardEntryScreen() {
  const [, navigate] = useLocation();
  const t = useT<LoyaltyMessageId>();
  const setCardNumber = useCardStore((s) => s.setCardNumber);
  const [digits, setDigits] = useState('');
  const [warning, setWarning] = useState('');

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const number = digits.replace(/\s+/g, '');
    if (!/^\d{6,19}$/.test(number)) {
      setWarning(t('loyalty.card.invalid', { min: 6, max: 19 }));
      return;
    }
    setCardNumber(number);
    navigate(routes.cardBalance);
  };

  const onKey = (action: KeyboardAction) => {
    if (action.type === 'enter') return submit();
    setWarning('');
    setDigits((d) => applyKeyboardAction(d, { start: d.length, end: d.length }, action).value);
  };

  return (
    <section
      aria-labelledby="card-heading"
      className="flex flex-col items-center gap-4 overflow-y-auto p-4"
    >
      <h1 id="card-heading" className="text-3xl font-bold text-slate-900">
        {t('loyalty.card.heading')}
      </h1>
      <p className="text-lg text-slate-700">{t('loyalty.card.explain')}</p>
      <form onSubmit={submit} className="flex w-full max-w-md flex-col gap-2">
        <label className="flex flex-col gap-1">
          <span className="text-base font-semibold text-slate-800">{t('loyalty.card.number')}</span>
          <input
            value={digits}
            onChange={(e) => {
              setDigits(e.target.value.replace(/[^\d\s]/g, ''));
              setWarning('');
            }}
            inputMode="none"
            autoComplete="off"
            aria-invalid={warning !== ''}
            className="h-14 rounded-lg border-2 border-slate-400 bg-white px-4 font-mono text-2xl tracking-widest focus:border-blue-700 focus:outline-none"
          />
        </label>
        {warning && (
          <p role="alert" className="text-lg font-semibold text-red-800">
            {warning}
          </p>
        )}
        <Button type="submit" variant="primary" className="h-14 text-xl">
          {t('loyalty.card.check')}
        </Button>
      </form>
      <NumericKeypad onAction={onKey} />
    </section>
  );
}
