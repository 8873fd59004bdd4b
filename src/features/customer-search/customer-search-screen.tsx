import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { CustomerSummary } from '../../shared/domain/customer';
import type { CustomerSearchMode } from '../../shared/enactor/customer-service/customer-service';
import { routes } from '../../shared/routes';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { customerSearchKeys, useCustomerSearch } from './api/search-customers';
import { useCustomerSearchStore } from './customer-search-store';
import { SearchResults } from './search-results';

const MODES: Record<CustomerSearchMode, { label: string; field: string; hint: string }> = {
  name: {
    label: 'Name',
    field: 'Customer name',
    hint: 'Forename, surname or both, e.g. "Amelia B"',
  },
  postcode: { label: 'Postcode', field: 'Postcode', hint: 'All or the start of it, e.g. "SG14"' },
};

export function CustomerSearchScreen() {
  const { config } = useTerminal();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const selectCustomer = useSelectionStore((s) => s.selectCustomer);

  const { mode, term, draft, setDraft, setMode, search: searchFor } = useCustomerSearchStore();
  const modeInfo = MODES[mode];

  const [keyboardOpen, setKeyboardOpen] = useState(term === '');
  const [emptyWarning, setEmptyWarning] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useCustomerSearch(mode, term);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const next = draft.trim();
    if (next === '') {
      setEmptyWarning(true);
      inputRef.current?.focus();
      return;
    }
    setEmptyWarning(false);
    // A new search replaces the one in flight rather than racing it.
    void queryClient.cancelQueries({ queryKey: customerSearchKeys.all });
    if (next === term) void search.refetch();
    else searchFor(next);
    setKeyboardOpen(false);
  };

  const chooseMode = (next: CustomerSearchMode) => {
    if (next === mode) return;
    void queryClient.cancelQueries({ queryKey: customerSearchKeys.all });
    setMode(next);
    setEmptyWarning(false);
    inputRef.current?.focus();
  };

  // The keyboard reads the term as last rendered (it types where the caret is) and submits the
  // latest closure on Enter.
  const latest = useRef({ draft, submit });
  useEffect(() => {
    latest.current = { draft, submit };
  });
  const keyboard = useKeyboardTarget<'term'>({
    get: () => latest.current.draft,
    set: (_field, value) => {
      setDraft(value);
      setEmptyWarning(false);
    },
    // Word starts in a name get a capital, as a cashier would type; postcodes are capitals.
    casing: () => (mode === 'name' ? 'words' : 'upper'),
    onEnter: () => latest.current.submit(),
  });
  const { ref: registerInput, onFocus: focusTarget } = keyboard.register('term');

  const pick = (customer: CustomerSummary) => {
    selectCustomer(customer);
    navigate(routes.customer(customer.customerNumber));
  };

  return (
    <div className="flex h-full min-h-0 gap-4 p-3 xl:p-4">
      <section aria-label="Customer search" className="flex min-h-0 min-w-0 flex-1 flex-col gap-3">
        {/* The start screen's title for screen readers: the search box says it to the eye. */}
        <h1 className="sr-only">Customer search</h1>
        <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-3">
          <ChoiceGroup
            look="segmented"
            label="Search by"
            value={mode}
            onChange={chooseMode}
            options={(Object.keys(MODES) as CustomerSearchMode[]).map((m) => ({
              value: m,
              label: MODES[m].label,
            }))}
            optionClassName="min-w-28 text-lg"
          />
          <label className="flex min-w-64 flex-1 flex-col gap-1">
            <span className="text-base font-semibold text-slate-800">{modeInfo.field}</span>
            <input
              ref={(element) => {
                inputRef.current = element;
                registerInput(element);
              }}
              type="search"
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                setEmptyWarning(false);
              }}
              onFocus={() => {
                focusTarget();
                setKeyboardOpen(true);
              }}
              placeholder={modeInfo.hint}
              // The page draws its own keyboard; don't let a tablet's pop up over it.
              inputMode={keyboardOpen ? 'none' : 'search'}
              enterKeyHint="search"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              aria-invalid={emptyWarning}
              aria-describedby={emptyWarning ? 'search-empty-warning' : undefined}
              className="h-14 rounded-lg border-2 border-slate-400 bg-white px-4 text-2xl text-slate-900 placeholder:text-lg placeholder:text-slate-500 focus:border-blue-700 focus:outline-none"
            />
          </label>
          <Button type="submit" variant="primary" className="h-14 min-w-32 text-xl">
            Search
          </Button>
          <Button
            className="h-14 xl:hidden"
            aria-expanded={keyboardOpen}
            aria-controls="search-keyboard"
            onClick={() => setKeyboardOpen((open) => !open)}
          >
            {keyboardOpen ? 'Hide keyboard' : 'Keyboard'}
          </Button>
        </form>
        {emptyWarning && (
          <p id="search-empty-warning" role="alert" className="text-lg font-semibold text-red-800">
            Type {mode === 'name' ? 'a name' : 'a postcode'} (or scan a card) before searching.
          </p>
        )}

        {keyboardOpen && (
          <div id="search-keyboard" className="xl:hidden">
            <OnScreenKeyboard onAction={keyboard.onAction} />
          </div>
        )}

        <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl border-2 border-slate-300 bg-white">
          {term === '' ? (
            <div className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center">
              <p className="text-2xl font-semibold text-slate-900">Find a customer</p>
              <p className="text-lg text-slate-700">
                Choose Name or Postcode, type with the keyboard, then tap Search.
              </p>
            </div>
          ) : (
            <SearchResults search={search} term={term} locale={config.locale} onPick={pick} />
          )}
        </div>
      </section>
      <aside className="hidden w-[40%] max-w-[760px] shrink-0 flex-col justify-end xl:flex">
        <OnScreenKeyboard onAction={keyboard.onAction} />
      </aside>
    </div>
  );
}
