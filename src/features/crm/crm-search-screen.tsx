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

const FIELDS: readonly {
  field: keyof CrmCriteria;
  label: string;
  inputMode: 'text' | 'email' | 'tel' | 'numeric';
  casing: Casing;
}[] = [
  { field: 'forename', label: 'Forename', inputMode: 'text', casing: 'words' },
  { field: 'surname', label: 'Surname', inputMode: 'text', casing: 'words' },
  { field: 'address', label: 'Address', inputMode: 'text', casing: 'words' },
  { field: 'postcode', label: 'Postcode', inputMode: 'text', casing: 'upper' },
  { field: 'email', label: 'E-mail', inputMode: 'email', casing: 'lower' },
  { field: 'phone', label: 'Phone', inputMode: 'tel', casing: 'as-typed' },
  { field: 'loyaltyNumber', label: 'Loyalty number', inputMode: 'numeric', casing: 'as-typed' },
];

const SORTS: readonly { column: CrmSort['column']; label: string }[] = [
  { column: 'surname', label: 'Surname' },
  { column: 'forename', label: 'Forename' },
  { column: 'town', label: 'Town' },
  { column: 'postcode', label: 'Postcode' },
  { column: 'customerNumber', label: 'Number' },
];

/**
 * CRM Client Search: any of seven fields, sorted by a column, paged on the server. When a
 * screen asked for a pick (`customer-pick-store`), tapping a client hands it back to that
 * screen instead of opening it; `pickBanner` (composed in by the app) says so.
 */
export function CrmSearchScreen({ pickBanner }: { pickBanner?: ReactNode } = {}) {
  const { config } = useTerminal();
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
          Client search
        </h1>
        <div className="ml-auto flex gap-2">
          <Button aria-pressed={keyboardOpen} onClick={() => setKeyboardOpen((o) => !o)}>
            Keyboard
          </Button>
          <Button onClick={() => store.clear()}>Clear</Button>
          <Button variant="primary" onClick={() => navigate(routes.crmNew)}>
            New customer
          </Button>
        </div>
      </div>
      {pickRequest && pickBanner}
      <form
        role="search"
        aria-label="Client search"
        onSubmit={submit}
        className="grid grid-cols-2 gap-3 lg:grid-cols-4"
      >
        {FIELDS.map((f) => (
          <label
            key={f.field}
            className="flex flex-col gap-1 text-base font-semibold text-slate-800"
          >
            {f.label}
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
            Search
          </Button>
        </div>
      </form>
      {emptyWarning && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          Enter at least one thing to search by: a name, address, postcode, e-mail, phone or loyalty
          number. Nothing was searched.
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
                label="Sort by"
                value={sort.column}
                onChange={store.sortBy}
                options={SORTS.map((s) => {
                  const on = sort.column === s.column;
                  const direction = sort.descending ? 'descending' : 'ascending';
                  return {
                    value: s.column,
                    label: on ? `${s.label} ${sort.descending ? '▼' : '▲'}` : s.label,
                    ariaLabel: `Sort by ${s.label}${on ? `, ${direction}` : ''}`,
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
  return (
    <QueryContent
      query={search}
      pending="Searching…"
      isEmpty={(page) => page.total === 0}
      empty={
        <p role="status" className="text-xl text-slate-800">
          No clients match. Check the spelling, or search by fewer fields.
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
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (customerNumber: string) =>
    setShown((before) => {
      const after = new Set(before);
      if (!after.delete(customerNumber)) after.add(customerNumber);
      return after;
    });
  return (
    <ul
      aria-label="Clients found"
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
                  {name || '(no name)'}
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
                    aria-label={`Loyalty card ending ${r.loyaltyNumber.slice(-4)}`}
                  >
                    {maskCardNumber(r.loyaltyNumber)}
                  </span>
                )}
              </span>
              <span className="whitespace-nowrap text-right font-mono text-base text-slate-700">
                No. {r.customerNumber}
              </span>
            </button>
            {mask && hasContact && (
              <button
                type="button"
                aria-pressed={!hidden}
                aria-label={`Show e-mail and phone of ${name || `customer ${r.customerNumber}`}`}
                onClick={() => toggle(r.customerNumber)}
                className="flex w-20 shrink-0 items-center justify-center border-l border-slate-200 text-base font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
              >
                {hidden ? 'Show' : 'Hide'}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
