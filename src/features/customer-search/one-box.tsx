import type { SearchRoute, SearchRouteKind } from '../../shared/domain/search-routing';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
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
