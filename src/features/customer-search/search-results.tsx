import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { CustomerSummary } from '../../shared/domain/customer';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { PageBar } from '../../shared/ui/page-bar';
import { useT } from '../../shared/i18n/messages';
import type { CustomerSearchMessageId } from './messages';
import type { CustomerSearch } from './api/search-customers';
import { CUSTOMER_ROW_HEIGHT, CustomerRow } from './customer-row';

/**
 * Rows of a search, virtualised (only what is on screen is rendered, however many match),
 * with the next page fetched before the cashier reaches the end of what is loaded.
 */
export function SearchResults({
  search,
  term,
  locale,
  onPick,
}: {
  search: CustomerSearch;
  term: string;
  locale: string;
  onPick: (customer: CustomerSummary) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError } = search;
  const rows = data?.pages.flatMap((p) => p.rows) ?? [];
  const total = data?.pages[0]?.total ?? 0;
  const pageSize = data?.pages[0]?.rows.length ?? 1;

  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CUSTOMER_ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastRendered = items[items.length - 1]?.index ?? 0;

  // Fetch the next page at 80% of what is loaded, so scrolling rarely waits.
  useEffect(() => {
    if (
      hasNextPage &&
      !isFetchingNextPage &&
      !isFetchNextPageError &&
      lastRendered >= rows.length - Math.ceil(pageSize * 0.2)
    ) {
      void fetchNextPage();
    }
  }, [
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    lastRendered,
    rows.length,
    pageSize,
    fetchNextPage,
  ]);

  // A new search starts at the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [term, virtualizer]);

  if (search.isPending && search.fetchStatus !== 'idle') {
    return (
      <div role="status" className="flex flex-1 items-center justify-center text-xl text-slate-700">
        <span
          className="mr-3 inline-block size-6 animate-spin rounded-full border-4 border-blue-700 border-t-transparent"
          aria-hidden
        />
        {t('customer-search.searching')}
      </div>
    );
  }
  if (search.isError && rows.length === 0) {
    return (
      <div className="p-2">
        <ErrorPanel error={search.error} onRetry={() => void search.refetch()} />
      </div>
    );
  }
  if (!data) return null;
  if (total === 0) {
    return <NoMatch term={term} />;
  }

  // Rows fully in view; at the end of the list the last rows cannot scroll to the top, so
  // "the end" is where scrolling stops, not where the last row would be first.
  const viewport = virtualizer.scrollRect?.height ?? 0;
  const offset = virtualizer.scrollOffset ?? 0;
  const atStart = offset <= 1;
  const atEnd = !hasNextPage && offset + viewport >= virtualizer.getTotalSize() - 2;
  const first = Math.min(Math.ceil(offset / CUSTOMER_ROW_HEIGHT - 0.01), rows.length - 1);
  const lastInView = Math.floor((offset + viewport) / CUSTOMER_ROW_HEIGHT + 0.01) - 1;
  const last = atEnd ? rows.length - 1 : Math.max(first, Math.min(lastInView, rows.length - 1));
  const visibleRows = Math.max(1, last - first + 1);

  const goTo = async (index: number) => {
    const target = Math.max(0, Math.min(index, total - 1));
    if (target >= rows.length && hasNextPage) await fetchNextPage();
    virtualizer.scrollToIndex(target, { align: 'start' });
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <PageBar
        first={first}
        last={last}
        total={total}
        atStart={atStart}
        atEnd={atEnd}
        onPrevious={() => void goTo(first - visibleRows)}
        onNext={() => void goTo(last + 1)}
        busy={isFetchingNextPage && t('customer-search.results.loadingMore')}
        className="border-b border-slate-300 bg-slate-100 px-3 py-2"
      />
      {isFetchNextPageError && (
        <div className="p-2">
          <ErrorPanel error={search.error} onRetry={() => void fetchNextPage()} />
        </div>
      )}
      <div
        ref={scrollRef}
        className="min-h-0 flex-1 overflow-y-auto overscroll-contain"
        data-testid="results-scroll"
      >
        <ul
          aria-label={t('customer-search.results.label')}
          className="relative w-full"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const customer = rows[item.index];
            return (
              <li
                key={item.key}
                aria-setsize={total}
                aria-posinset={item.index + 1}
                className="absolute left-0 top-0 w-full"
                style={{ height: CUSTOMER_ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {customer ? (
                  <CustomerRow customer={customer} locale={locale} onPick={onPick} />
                ) : (
                  <div className="flex h-full items-center px-4 text-lg text-slate-600">
                    {t('customer-search.results.loadingRow')}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
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
