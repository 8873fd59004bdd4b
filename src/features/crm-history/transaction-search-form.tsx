import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  parseAmount,
  TRANSACTION_TYPES,
  type TransactionCriteria,
} from '../../shared/domain/crm-history';
import { formatMinorUnits, minorUnits } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { transactionTypeLabel } from './history-labels';
import type { CrmHistoryMessageId } from './messages';

type StoreChoice = 'any' | 'this' | 'other';
type TypedField = 'minimum' | 'store';

const INPUT =
  'h-12 rounded-lg border-2 border-slate-400 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none';

/** Touch toggles for a few kinds: any number of them on, none meaning all. */
export function KindToggles({
  label,
  kinds,
  on,
  labelOf,
  onChange,
}: {
  label: string;
  kinds: readonly string[];
  on: readonly string[];
  labelOf: (kind: string) => string;
  onChange: (on: string[]) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-1">
      {kinds.map((k) => {
        const pressed = on.includes(k);
        return (
          <button
            key={k}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(pressed ? on.filter((x) => x !== k) : [...on, k])}
            className={`min-h-12 min-w-12 rounded-lg border-2 px-3 text-base font-semibold ${pressed ? 'border-blue-800 bg-blue-700 text-white' : 'border-slate-300 bg-white text-slate-900'}`}
          >
            {pressed ? '✓ ' : ''}
            {labelOf(k)}
          </button>
        );
      })}
    </div>
  );
}

/**
 * Transaction History's Search: a date range, the store, the kinds of transaction and a
 * minimum value. Checked here before it is sent; the server's field messages come back under
 * the same fields.
 */
export function TransactionSearchForm({
  initial,
  serverErrors,
  onSearch,
}: {
  initial: TransactionCriteria;
  /** The server's words per wire field, from a refused search. */
  serverErrors: Readonly<Record<string, string>>;
  onSearch: (criteria: TransactionCriteria) => void;
}) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const digits = minorUnits(config.currency);
  const [from, setFrom] = useState(initial.fromDate);
  const [to, setTo] = useState(initial.toDate);
  const here = config.locationId;
  const [store, setStore] = useState<StoreChoice>(
    initial.locationIds.length === 0
      ? 'any'
      : initial.locationIds.length === 1 && initial.locationIds[0] === here
        ? 'this'
        : 'other',
  );
  const [otherStore, setOtherStore] = useState(
    initial.locationIds.length === 1 && initial.locationIds[0] !== here
      ? (initial.locationIds[0] ?? '')
      : '',
  );
  const [types, setTypes] = useState<string[]>([...initial.typeIds]);
  const [minimum, setMinimum] = useState(
    initial.minimumValue === null ? '' : (initial.minimumValue / 10 ** digits).toFixed(digits),
  );
  const [problem, setProblem] = useState('');
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const typed = useRef({ minimum, store: otherStore });
  useEffect(() => {
    typed.current = { minimum, store: otherStore };
  });
  const keyboard = useKeyboardTarget<TypedField>({
    get: (f) => typed.current[f],
    set: (f, v) => (f === 'minimum' ? setMinimum(v) : setOtherStore(v)),
    casing: () => 'upper',
  });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const minimumValue = parseAmount(minimum, digits);
    if (from && to && from > to) return setProblem(t('crm-history.search.datesReversed'));
    if (minimum.trim() !== '' && minimumValue === null)
      return setProblem(
        t('crm-history.search.badMinimum', {
          example: formatMinorUnits(5000, config.currency, config.locale),
        }),
      );
    if (store === 'other' && otherStore.trim() === '')
      return setProblem(t('crm-history.search.noStore'));
    setProblem('');
    setKeyboardOpen(false);
    onSearch({
      fromDate: from,
      toDate: to,
      locationIds: store === 'any' ? [] : [store === 'this' ? here : otherStore.trim()],
      typeIds: TRANSACTION_TYPES.filter((type) => types.includes(type)),
      minimumValue,
    });
  };

  const serverError = (field: string) =>
    serverErrors[field] && (
      <span className="text-base font-semibold text-red-800">{serverErrors[field]}</span>
    );

  return (
    <form
      role="search"
      aria-label={t('crm-history.search.label')}
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-start gap-3">
        {(
          [
            ['crm-history.from', from, setFrom, 'fromDate'],
            ['crm-history.to', to, setTo, 'toDate'],
          ] as const
        ).map(([label, value, set, field]) => (
          <label key={label} className="flex flex-col gap-1 text-base font-semibold text-slate-800">
            {t(label)}
            <input
              type="date"
              value={value}
              onChange={(e) => set(e.target.value)}
              className={INPUT}
            />
            {serverError(field)}
          </label>
        ))}
        <div className="flex flex-col gap-1">
          <span className="text-base font-semibold text-slate-800">
            {t('crm-history.search.store')}
          </span>
          <ChoiceGroup
            label={t('crm-history.search.store')}
            value={store}
            onChange={setStore}
            options={[
              { value: 'any', label: t('crm-history.search.anyStore') },
              { value: 'this', label: t('crm-history.search.thisStore', { store: here }) },
              { value: 'other', label: t('crm-history.search.otherStore') },
            ]}
          />
        </div>
        {store === 'other' && (
          <label className="flex flex-col gap-1 text-base font-semibold text-slate-800">
            {t('crm-history.search.storeNumber')}
            <input
              {...keyboard.register('store')}
              value={otherStore}
              onChange={(e) => setOtherStore(e.target.value)}
              inputMode={keyboardOpen ? 'none' : 'numeric'}
              autoComplete="off"
              className={`${INPUT} w-36`}
            />
          </label>
        )}
        <label className="flex flex-col gap-1 text-base font-semibold text-slate-800">
          {t('crm-history.search.minimum')}
          <input
            {...keyboard.register('minimum')}
            value={minimum}
            onChange={(e) => setMinimum(e.target.value)}
            inputMode={keyboardOpen ? 'none' : 'decimal'}
            autoComplete="off"
            placeholder={formatMinorUnits(0, config.currency, config.locale)}
            className={`${INPUT} w-40`}
          />
          {serverError('minimumValue')}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-base font-semibold text-slate-800">
          {t('crm-history.search.kinds')}
        </span>
        <KindToggles
          label={t('crm-history.search.kindsLabel')}
          kinds={TRANSACTION_TYPES}
          on={types}
          labelOf={transactionTypeLabel}
          onChange={setTypes}
        />
        {serverError('transactionTypeId')}
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            {t('crm-history.keyboard')}
          </Button>
          <Button type="submit" variant="primary">
            {t('crm-history.search.submit')}
          </Button>
        </div>
      </div>
      {problem && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {t('crm-history.search.problem', { problem })}
        </p>
      )}
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} />}
    </form>
  );
}
