import type { CrmCustomerRow } from '../../shared/domain/crm';
import { maskEmail, maskPhone } from '../../shared/domain/contact-masking';
import type { SearchRoute, SearchRouteKind } from '../../shared/domain/search-routing';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
import { QueryContent } from '../../shared/ui/query-content';
import type { ContactSearchResult } from './api/search-by-contact';
import type { ScreenRoute } from './customer-search-store';
import type { CustomerSearchMessageId } from './messages';

/**
 * What the route searches for, as the cashier may see it: of a card only its last four digits
 * (fewer than maskCardNumber shows: the phone's choice beside it has the digits as typed).
 */
export function routeText(route: SearchRoute): string {
  switch (route.kind) {
    case 'card':
      return route.cardNumber.slice(-4);
    case 'postcode':
      return route.postcode;
    case 'email':
      return route.email;
    case 'phone':
      return route.phone;
    case 'customer':
      return route.customerNumber;
    case 'name':
      return route.name;
  }
}

/** "Searched postcodes for SG14 3AG", per kind of search the screen takes itself. */
const DONE: Record<ScreenRoute['kind'], CustomerSearchMessageId> = {
  name: 'customer-search.any.done.name',
  postcode: 'customer-search.any.done.postcode',
  email: 'customer-search.any.done.email',
  phone: 'customer-search.any.done.phone',
};

/** The one tap to search the other way instead. */
const INSTEAD: Record<SearchRouteKind, CustomerSearchMessageId> = {
  name: 'customer-search.any.instead.name',
  postcode: 'customer-search.any.instead.postcode',
  email: 'customer-search.any.instead.email',
  phone: 'customer-search.any.instead.phone',
  card: 'customer-search.any.instead.card',
  customer: 'customer-search.any.instead.customer',
};

/** The choices of an ambiguous input, each saying what it will do. */
const CHOICE: Record<SearchRouteKind, CustomerSearchMessageId> = {
  name: 'customer-search.any.choose.name',
  postcode: 'customer-search.any.choose.postcode',
  email: 'customer-search.any.choose.email',
  phone: 'customer-search.any.choose.phone',
  card: 'customer-search.any.choose.card',
  customer: 'customer-search.any.choose.customer',
};

/**
 * What the one box did ("Searched postcodes for SG14 3AG"), with one 48-px tap to search the
 * other way instead (the likeliest other reading).
 */
export function RoutedNotice({
  route,
  other,
  onInstead,
}: {
  route: ScreenRoute;
  other: SearchRoute | undefined;
  onInstead: (route: SearchRoute) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  return (
    // Spoken when it changes, but not a status: the results area below has the screen's one.
    <div
      aria-live="polite"
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg bg-blue-50 px-4 py-1 text-lg text-blue-950"
    >
      <p className="min-w-0 flex-1 py-2 font-semibold">
        {t(DONE[route.kind], { term: routeText(route) })}
      </p>
      {other && (
        <Button variant="ghost" className="underline" onClick={() => onInstead(other)}>
          {t(INSTEAD[other.kind], { term: routeText(other) })}
        </Button>
      )}
    </div>
  );
}

/**
 * An input that reads two ways as likely as each other (digits that are a phone or a card):
 * nothing is sent until the cashier chooses; the likelier reading is the bigger target.
 */
export function AmbiguousChoice({
  routes,
  onChoose,
}: {
  routes: readonly SearchRoute[];
  onChoose: (route: SearchRoute) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  return (
    <section
      aria-labelledby="ambiguous-heading"
      className="flex flex-1 flex-col items-center justify-center gap-4 p-6"
    >
      <h2 id="ambiguous-heading" className="text-center text-2xl font-semibold text-slate-900">
        {t('customer-search.any.ambiguous')}
      </h2>
      <div className="flex w-full max-w-2xl flex-col items-stretch gap-3">
        {routes.map((route, i) => (
          <Button
            key={route.kind}
            variant={i === 0 ? 'primary' : 'secondary'}
            className={i === 0 ? 'min-h-24 text-2xl!' : 'min-h-16 text-xl!'}
            onClick={() => onChoose(route)}
          >
            {t(CHOICE[route.kind], { term: routeText(route) })}
          </Button>
        ))}
      </div>
    </section>
  );
}

/**
 * The CRM's customers found by e-mail address or phone: tapping one opens Client Details.
 * With `mask` (maskContactDetails) the e-mail and phone are partly hidden, as in Client Search.
 */
export function ContactResults({
  query,
  term,
  mask,
  onOpen,
}: {
  query: ContactSearchResult;
  term: string;
  mask: boolean;
  onOpen: (customerNumber: string) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  return (
    <div className="flex min-h-0 flex-1 flex-col p-2">
      <QueryContent
        query={query}
        pending={t('customer-search.searching')}
        isEmpty={(page) => page.rows.length === 0}
        empty={<NoMatch term={term} />}
      >
        {(page) => (
          <>
            {page.total > page.rows.length && (
              <p className="px-2 pb-2 text-lg text-slate-700">
                {t('customer-search.contact.more', {
                  shown: page.rows.length,
                  total: page.total,
                })}
              </p>
            )}
            <ul
              aria-label={t('customer-search.results.label')}
              className="min-h-0 flex-1 overflow-y-auto"
            >
              {page.rows.map((row, i) => (
                <li key={row.customerNumber} aria-posinset={i + 1} aria-setsize={page.total}>
                  <ContactRow row={row} mask={mask} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryContent>
    </div>
  );
}

function ContactRow({
  row,
  mask,
  onOpen,
}: {
  row: CrmCustomerRow;
  mask: boolean;
  onOpen: (customerNumber: string) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  const name = [row.title, row.forename, row.surname].filter(Boolean).join(' ');
  const address = [row.street, row.town, row.postcode].filter(Boolean).join(', ');
  const contact = [mask ? maskEmail(row.email) : row.email, mask ? maskPhone(row.phone) : row.phone]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      type="button"
      onClick={() => onOpen(row.customerNumber)}
      className="flex min-h-20 w-full items-center gap-4 border-b border-slate-200 bg-white px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
    >
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-xl font-semibold text-slate-900">
          {name || t('customer-search.row.noName')}
        </span>
        <span className="truncate text-base text-slate-700">
          {address || t('customer-search.row.noAddress')}
        </span>
        {contact && <span className="truncate text-base text-slate-700">{contact}</span>}
      </span>
      <span className="w-40 shrink-0 whitespace-nowrap text-right font-mono text-base text-slate-700">
        {t('customer-search.row.number', { number: row.customerNumber })}
      </span>
    </button>
  );
}

/** Nothing found for what was searched. */
export function NoMatch({ term }: { term: string }) {
  const t = useT<CustomerSearchMessageId>();
  return (
    <div
      role="status"
      className="flex flex-1 flex-col items-center justify-center gap-2 p-6 text-center"
    >
      <p className="text-2xl font-semibold text-slate-900">
        {t('customer-search.noMatch', { term })}
      </p>
      <p className="text-lg text-slate-700">{t('customer-search.noMatch.advice')}</p>
    </div>
  );
}
