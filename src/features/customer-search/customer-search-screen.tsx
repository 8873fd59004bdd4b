import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import type { CustomerSummary } from '../../shared/domain/customer';
import type { RoutedInput, SearchRoute } from '../../shared/domain/search-routing';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useCardStore } from '../../shared/stores/card-store';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { customerSearchKeys } from './api/keys';
import type { ContactSearch } from './api/search-by-contact';
import { useCustomerSearch } from './api/search-customers';
import {
  useCustomerSearchStore,
  type AnyOutcome,
  type SearchBoxMode,
} from './customer-search-store';
import type { CustomerSearchMessageId } from './messages';

// The CRM client comes with the first e-mail or phone search, not at start-up; the one box's
// rules and its notices when the screen first shows (start-up holds only what draws it).
const ContactResults = lazy(() => import('./contact-results'));
const loadOneBox = () => import('./one-box');
const RoutedNotice = lazy(() => loadOneBox().then((m) => ({ default: m.RoutedNotice })));
const AmbiguousChoice = lazy(() => loadOneBox().then((m) => ({ default: m.AmbiguousChoice })));
const loadRouting = () => import('./any-routing');
// The results list (and its virtualiser) too: fetched as the screen shows, drawn with the
// first answer.
const loadResults = () => import('./search-results');
const SearchResults = lazy(() => loadResults().then((m) => ({ default: m.SearchResults })));
let routing: Awaited<ReturnType<typeof loadRouting>> | null = null;

const MODES: Record<
  SearchBoxMode,
  {
    label: CustomerSearchMessageId;
    field: CustomerSearchMessageId;
    hint: CustomerSearchMessageId;
    empty: CustomerSearchMessageId;
  }
> = {
  any: {
    label: 'customer-search.mode.any',
    field: 'customer-search.field.any',
    hint: 'customer-search.hint.any',
    empty: 'customer-search.empty.any',
  },
  name: {
    label: 'customer-search.mode.name',
    field: 'customer-search.field.name',
    hint: 'customer-search.hint.name',
    empty: 'customer-search.empty.name',
  },
  postcode: {
    label: 'customer-search.mode.postcode',
    field: 'customer-search.field.postcode',
    hint: 'customer-search.hint.postcode',
    empty: 'customer-search.empty.postcode',
  },
};

/** What the screen searches itself, from the mode and what the one box did. */
function searchesOf(mode: SearchBoxMode, term: string, outcome: AnyOutcome | null) {
  if (mode !== 'any') return { service: { mode, term }, contact: null, shown: term };
  const route = outcome?.kind === 'taken' ? outcome.route : null;
  switch (route?.kind) {
    case 'name':
      return {
        service: { mode: 'name' as const, term: route.name },
        contact: null,
        shown: route.name,
      };
    case 'postcode':
      return {
        service: { mode: 'postcode' as const, term: route.postcode },
        contact: null,
        shown: route.postcode,
      };
    case 'email':
      return {
        service: null,
        contact: { field: 'email', value: route.email } satisfies ContactSearch,
        shown: route.email,
      };
    case 'phone':
      return {
        service: null,
        contact: { field: 'phone', value: route.phone } satisfies ContactSearch,
        shown: route.phone,
      };
    default:
      return { service: null, contact: null, shown: '' };
  }
}

export function CustomerSearchScreen() {
  const { config } = useTerminal();
  const t = useT<CustomerSearchMessageId>();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const selectCustomer = useSelectionStore((s) => s.selectCustomer);
  const setCardNumber = useCardStore((s) => s.setCardNumber);

  const {
    mode,
    term,
    draft,
    outcome,
    setDraft,
    setMode,
    search: searchFor,
  } = useCustomerSearchStore();
  const modeInfo = MODES[mode];

  const [keyboardOpen, setKeyboardOpen] = useState(term === '');
  const [emptyWarning, setEmptyWarning] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void loadRouting().then((rules) => (routing = rules));
    void loadOneBox();
    void loadResults();
  }, []);
  const searches = searchesOf(mode, term, outcome);
  const search = useCustomerSearch(searches.service?.mode ?? 'name', searches.service?.term ?? '');

  /**
   * Takes one reading of what was typed: a card opens its balance (the number goes to the card
   * store, never a URL, and leaves the field), a customer number opens Client Details, the
   * rest are searched here with the other readings offered.
   */
  const take = (route: SearchRoute, others: readonly SearchRoute[], typed: string) => {
    void queryClient.cancelQueries({ queryKey: customerSearchKeys.all });
    setKeyboardOpen(false);
    if (route.kind === 'card') {
      setCardNumber(route.cardNumber);
      setDraft('');
      searchFor('');
      navigate(routes.cardBalance);
    } else if (route.kind === 'customer') {
      searchFor('');
      navigate(routes.crmCustomer(route.customerNumber));
    } else {
      searchFor(typed, { kind: 'taken', route, others });
    }
  };

  const route = ({ routes: readings, ambiguous }: RoutedInput, typed: string) => {
    const [first, ...others] = readings;
    if (!first) return;
    if (ambiguous) {
      void queryClient.cancelQueries({ queryKey: customerSearchKeys.all });
      searchFor(typed, { kind: 'choose', routes: readings });
      setKeyboardOpen(false);
    } else take(first, others, typed);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const next = draft.trim();
    if (next === '') {
      setEmptyWarning(true);
      inputRef.current?.focus();
      return;
    }
    setEmptyWarning(false);
    if (mode === 'any') {
      void loadRouting().then((rules) => route(rules.routeSearch(next, config.country), next));
      return;
    }
    // A new search replaces the one in flight rather than racing it.
    void queryClient.cancelQueries({ queryKey: customerSearchKeys.all });
    if (next === term) void search.refetch();
    else searchFor(next);
    setKeyboardOpen(false);
  };

  /** The other way instead: that reading taken, the one it replaces offered in its turn. */
  const instead = (route: SearchRoute) => {
    const current = outcome?.kind === 'taken' ? outcome : null;
    const others = current ? [current.route, ...current.others.filter((r) => r !== route)] : [];
    take(route, others, term);
  };

  const chooseMode = (next: SearchBoxMode) => {
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
      // In Any, a postcode tapped out is capitals once it is one ("Sg1" -> "SG1"), as a
      // name with word capitals would otherwise have it.
      const postcode =
        mode === 'any' && /\d/.test(value) && routing?.isPostcodeOrStart(value, config.country);
      setDraft(postcode ? value.toUpperCase() : value);
      setEmptyWarning(false);
    },
    // Word starts in a name get a capital, as a cashier would type; postcodes are capitals;
    // in Any, an e-mail address (once it has its @) is lower case.
    casing: () =>
      mode === 'postcode' ? 'upper' : latest.current.draft.includes('@') ? 'lower' : 'words',
    onEnter: () => latest.current.submit(),
  });
  const { ref: registerInput, onFocus: focusTarget } = keyboard.register('term');

  const pick = (customer: CustomerSummary) => {
    selectCustomer(customer);
    navigate(routes.customer(customer.customerNumber));
  };
  const openClient = (customerNumber: string) => navigate(routes.crmCustomer(customerNumber));

  // Where e-mail addresses may be typed, the keyboard has their keys.
  const extraKeys = mode === 'any' ? '@_' : '';
  const taken = outcome?.kind === 'taken' ? outcome : null;

  const results = () => {
    if (term === '') {
      return (
        <div className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center">
          <p className="text-2xl font-semibold text-slate-900">
            {t('customer-search.start.title')}
          </p>
          <p className="text-lg text-slate-700">{t('customer-search.start.advice')}</p>
        </div>
      );
    }
    if (outcome?.kind === 'choose') {
      return (
        <Suspense fallback={null}>
          <AmbiguousChoice
            routes={outcome.routes}
            onChoose={(route) =>
              take(
                route,
                outcome.routes.filter((r) => r !== route),
                term,
              )
            }
          />
        </Suspense>
      );
    }
    if (searches.contact) {
      return (
        <Suspense
          fallback={
            <p role="status" className="p-2 text-xl text-slate-700">
              {t('customer-search.searching')}
            </p>
          }
        >
          <ContactResults
            search={searches.contact}
            term={searches.shown}
            mask={config.maskContactDetails}
            onOpen={openClient}
          />
        </Suspense>
      );
    }
    if (!searches.service) return null;
    return (
      <Suspense
        fallback={
          <p role="status" className="p-2 text-xl text-slate-700">
            {t('customer-search.searching')}
          </p>
        }
      >
        <SearchResults search={search} term={searches.shown} locale={config.locale} onPick={pick} />
      </Suspense>
    );
  };

  return (
    <div className="flex h-full min-h-0 gap-4 p-3 xl:p-4">
      <section
        aria-label={t('customer-search.label')}
        className="flex min-h-0 min-w-0 flex-1 flex-col gap-3"
      >
        {/* The start screen's title for screen readers: the search box says it to the eye. */}
        <h1 className="sr-only">{t('customer-search.label')}</h1>
        <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-3">
          <ChoiceGroup
            look="segmented"
            label={t('customer-search.mode.label')}
            value={mode}
            onChange={chooseMode}
            options={(Object.keys(MODES) as SearchBoxMode[]).map((m) => ({
              value: m,
              label: t(MODES[m].label),
            }))}
            optionClassName="min-w-24 text-lg xl:min-w-28"
          />
          <label className="flex min-w-64 flex-1 flex-col gap-1">
            <span className="text-base font-semibold text-slate-800">{t(modeInfo.field)}</span>
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
              placeholder={t(modeInfo.hint)}
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
            {t('customer-search.search')}
          </Button>
          <Button
            className="h-14 xl:hidden"
            aria-expanded={keyboardOpen}
            aria-controls="search-keyboard"
            onClick={() => setKeyboardOpen((open) => !open)}
          >
            {keyboardOpen ? t('customer-search.keyboard.hide') : t('customer-search.keyboard.show')}
          </Button>
        </form>
        {emptyWarning && (
          <p id="search-empty-warning" role="alert" className="text-lg font-semibold text-red-800">
            {t(modeInfo.empty)}
          </p>
        )}

        {keyboardOpen && (
          <div id="search-keyboard" className="xl:hidden">
            <OnScreenKeyboard onAction={keyboard.onAction} extraKeys={extraKeys} />
          </div>
        )}

        {taken && (
          <Suspense fallback={null}>
            <RoutedNotice route={taken.route} other={taken.others[0]} onInstead={instead} />
          </Suspense>
        )}

        <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl border-2 border-slate-300 bg-white">
          {results()}
        </div>
      </section>
      <aside className="hidden w-[40%] max-w-[760px] shrink-0 flex-col justify-end xl:flex">
        <OnScreenKeyboard onAction={keyboard.onAction} extraKeys={extraKeys} />
      </aside>
    </div>
  );
}
