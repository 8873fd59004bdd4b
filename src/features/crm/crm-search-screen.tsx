import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import {
  hasCriteria,
  type CrmCriteria,
  type CrmCustomerRow,
  type CrmSort,
} from '../../shared/domain/crm';
import { maskEmail, maskPhone } from '../../shared/domain/contact-masking';
import { maskCardNumber } from '../../shared/domain/loyalty';
import type { Page } from '../../shared/domain/paging';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useCustomerPickStore } from '../../shared/stores/customer-pick-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget, type Casing } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { PageBar } from '../../shared/ui/page-bar';
import { QueryContent } from '../../shared/ui/query-content';
import { useClientSearch } from './api/search-clients';
import { useCrmSearchStore } from './crm-search-store';
import type { CrmMessageId } from './messages';

const FIELDS: readonly {
  field: keyof CrmCriteria;
  label: CrmMessageId;
  inputMode: 'text' | 'email' | 'tel' | 'numeric';
  casing: Casing;
}[] = [
  { field: 'forename', label: 'crm.search.forename', inputMode: 'text', casing: 'words' },
  { field: 'surname', label: 'crm.search.surname', inputMode: 'text', casing: 'words' },
  { field: 'address', label: 'crm.search.address', inputMode: 'text', casing: 'words' },
  { field: 'postcode', label: 'crm.search.postcode', inputMode: 'text', casing: 'upper' },
  { field: 'email', label: 'crm.search.email', inputMode: 'email', casing: 'lower' },
  { field: 'phone', label: 'crm.search.phone', inputMode: 'tel', casing: 'as-typed' },
  {
    field: 'loyaltyNumber',
    label: 'crm.search.loyaltyNumber',
    inputMode: 'numeric',
    casing: 'as-typed',
  },
];

const SORTS: readonly { column: CrmSort['column']; label: CrmMessageId }[] = [
  { column: 'surname', label: 'crm.sort.surname' },
  { column: 'forename', label: 'crm.sort.forename' },
  { column: 'town', label: 'crm.sort.town' },
  { column: 'postcode', label: 'crm.sort.postcode' },
  { column: 'customerNumber', label: 'crm.sort.customerNumber' },
];

/**
 * CRM Client Search: any of seven fields, sorted by a column, paged on the server. When a
 * screen asked for a pick (`customer-pick-store`), tapping a client hands it back to that
 * screen instead of opening it; `pickBanner` (composed in by the app) says so.
 */
export function CrmSearchScreen({ pickBanner }: { pickBanner?: ReactNode } = {}) {
  const { config } = useTerminal();
  const t = useT<CrmMessageId>();
  const [, navigate] = useLocation();
  const store = useCrmSearchStore();
  const { criteria, submitted, sort, offset } = store;
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const [emptyWarning, setEmptyWarning] = useState(false);
  const count = config.searchPageSize;
  const keyboard = useKeyboardTarget<keyof CrmCriteria>({
    get: (f) => useCrmSearchStore.getState().criteria[f],
    set: (f, v) => store.setField(f, v),
    casing: (f) => FIELDS.find((x) => x.field === f)?.casing ?? 'as-typed',
  });

  const search = useClientSearch(submitted, sort, offset);
  const page = search.data;
  const pickRequest = useCustomerPickStore((s) => s.request);
  const open = (row: CrmCustomerRow) => {
    if (!pickRequest) return navigate(routes.crmCustomer(row.customerNumber));
    const { customerNumber, title, forename, surname } = row;
    useCustomerPickStore.getState().pick({ customerNumber, title, forename, surname });
    navigate(pickRequest.returnPath);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!hasCriteria(criteria)) {
      setEmptyWarning(true);
      return;
    }
    setEmptyWarning(false);
    setKeyboardOpen(false);
    store.submit();
  };

  return (
    <section aria-labelledby="crm-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="crm-heading" className="text-3xl font-bold text-slate-900">
          {t('crm.search.heading')}
        </h1>
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            {t('crm.keyboard')}
          </Button>
          <Button onClick={() => store.clear()}>{t('crm.search.clear')}</Button>
          <Button variant="primary" onClick={() => navigate(routes.crmNew)}>
            {t('crm.search.newCustomer')}
          </Button>
        </div>
      </div>
      {pickRequest && pickBanner}
      <form
        role="search"
        aria-label={t('crm.search.heading')}
        onSubmit={submit}
        className="grid grid-cols-2 gap-3 lg:grid-cols-4"
      >
        {FIELDS.map((f) => (
          <label
            key={f.field}
            className="flex flex-col gap-1 text-base font-semibold text-slate-800"
          >
            {t(f.label)}
            <input
              {...keyboard.register(f.field)}
              value={criteria[f.field]}
              onChange={(e) => {
                store.setField(f.field, e.target.value);
                setEmptyWarning(false);
              }}
              inputMode={keyboardOpen ? 'none' : f.inputMode}
              autoComplete="off"
              className="h-12 rounded-lg border-2 border-slate-400 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none"
            />
          </label>
        ))}
        <div className="flex items-end">
          <Button type="submit" variant="primary" className="w-full">
            {t('crm.search.submit')}
          </Button>
        </div>
      </form>
      {emptyWarning && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {t('crm.search.empty')}
        </p>
      )}
      {keyboardOpen ? (
        <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="@_" />
      ) : (
        submitted && (
          <div className="flex min-h-0 flex-1 flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              {/* Tapping the sorted column again turns the order round. */}
              <ChoiceGroup
                look="segmented"
                label={t('crm.sort.label')}
                value={sort.column}
                onChange={store.sortBy}
                options={SORTS.map((s) => {
                  const on = sort.column === s.column;
                  const label = t(s.label);
                  return {
                    value: s.column,
                    label: on ? `${label} ${sort.descending ? '▼' : '▲'}` : label,
                    ariaLabel: t('crm.sort.by', {
                      column: s.column,
                      direction: on ? (sort.descending ? 'descending' : 'ascending') : 'none',
                    }),
                  };
                })}
              />
              {page && page.total > 0 && (
                <PageBar
                  first={page.offset}
                  last={page.offset + page.rows.length - 1}
                  total={page.total}
                  atStart={offset === 0}
                  atEnd={page.offset + page.rows.length >= page.total}
                  onPrevious={() => store.setOffset(Math.max(0, offset - count))}
                  onNext={() => store.setOffset(offset + count)}
                  className="ml-auto"
                />
              )}
            </div>
            <Results search={search} mask={config.maskContactDetails} onOpen={open} />
          </div>
        )
      )}
    </section>
  );
}

function Results({
  search,
  mask,
  onOpen,
}: {
  search: UseQueryResult<Page<CrmCustomerRow>>;
  mask: boolean;
  onOpen: (row: CrmCustomerRow) => void;
}) {
  const t = useT<CrmMessageId>();
  return (
    <QueryContent
      query={search}
      pending={t('crm.search.searching')}
      isEmpty={(page) => page.total === 0}
      empty={
        <p role="status" className="text-xl text-slate-800">
          {t('crm.search.noMatch')}
        </p>
      }
    >
      {(page) => (
        <ClientRows
          page={page}
          placeholder={search.isPlaceholderData}
          mask={mask}
          onOpen={onOpen}
        />
      )}
    </QueryContent>
  );
}

/**
 * The rows found. With `mask` (maskContactDetails), e-mail and phone are partly hidden from
 * whoever stands behind the cashier, with a button per row to show them; a shown row is
 * hidden again when the till clears the customer (this state goes with the screen).
 */
function ClientRows({
  page,
  placeholder,
  mask,
  onOpen,
}: {
  page: Page<CrmCustomerRow>;
  placeholder: boolean;
  mask: boolean;
  onOpen: (row: CrmCustomerRow) => void;
}) {
  const t = useT<CrmMessageId>();
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (customerNumber: string) =>
    setShown((before) => {
      const after = new Set(before);
      if (!after.delete(customerNumber)) after.add(customerNumber);
      return after;
    });
  return (
    <ul
      aria-label={t('crm.search.results')}
      aria-busy={placeholder}
      className={`min-h-0 flex-1 overflow-y-auto rounded-lg border-2 border-slate-300 bg-white ${placeholder ? 'opacity-60' : ''}`}
    >
      {page.rows.map((r, i) => {
        const name = [r.title, r.forename, r.surname].filter(Boolean).join(' ');
        const hidden = mask && !shown.has(r.customerNumber);
        const hasContact = r.email !== '' || r.phone !== '';
        return (
          <li
            key={r.customerNumber}
            aria-posinset={page.offset + i + 1}
            aria-setsize={page.total}
            className="flex items-stretch border-b border-slate-200"
          >
            <button
              type="button"
              onClick={() => onOpen(r)}
              className="grid min-h-16 min-w-0 flex-1 grid-cols-[minmax(0,2fr)_minmax(0,2fr)_minmax(0,1.2fr)_auto] items-center gap-x-4 px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
            >
              <span className="flex min-w-0 flex-col">
                <span className="truncate text-xl font-semibold text-slate-900">
                  {name || t('crm.noName')}
                </span>
                <span className="truncate text-base text-slate-700">
                  {hidden ? maskEmail(r.email) : r.email}
                </span>
              </span>
              <span className="flex min-w-0 flex-col text-base text-slate-800">
                <span className="truncate">{[r.street, r.town].filter(Boolean).join(', ')}</span>
                <span className="font-semibold">{r.postcode}</span>
              </span>
              <span className="flex min-w-0 flex-col text-base text-slate-800">
                <span className="truncate">{hidden ? maskPhone(r.phone) : r.phone}</span>
                {r.loyaltyNumber && (
                  <span
                    className="font-mono"
                    aria-label={t('crm.search.cardEnding', { last4: r.loyaltyNumber.slice(-4) })}
                  >
                    {maskCardNumber(r.loyaltyNumber)}
                  </span>
                )}
              </span>
              <span className="whitespace-nowrap text-right font-mono text-base text-slate-700">
                {t('crm.customerNumber', { customerNumber: r.customerNumber })}
              </span>
            </button>
            {mask && hasContact && (
              <button
                type="button"
                aria-pressed={!hidden}
                aria-label={
                  name
                    ? t('crm.search.showContactOf', { name })
                    : t('crm.search.showContactOfNumber', { customerNumber: r.customerNumber })
                }
                onClick={() => toggle(r.customerNumber)}
                className="flex w-20 shrink-0 items-center justify-center border-l border-slate-200 text-base font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
              >
                {hidden ? t('crm.search.show') : t('crm.search.hide')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
