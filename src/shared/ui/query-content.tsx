import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

/** What a screen needs of a query (a TanStack Query result has all of it). */
export interface QueryLike<T> {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly data: T | undefined;
  refetch(): unknown;
}

/**
 * The one way a screen shows a query: "Looking up…" while it is asked, the failure in the
 * cashier's words with Try again, what to say when there is nothing, then the content.
 */
export function QueryContent<T>({
  query,
  pending,
  isEmpty,
  empty,
  renderError,
  children,
}: {
  query: QueryLike<T>;
  /** Said while the answer is awaited ("Looking up accounts…"). */
  pending: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** A failure this screen explains itself (e.g. not a member); undefined for the usual panel. */
  renderError?: (error: unknown) => ReactNode | undefined;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <p role="status" className="text-xl text-slate-700">
        {pending}
      </p>
    );
  }
  if (query.isError) {
    return (
      renderError?.(query.error) ?? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      )
    );
  }
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}

/** A titled card on a screen (accounts, points, a sale): a landmark with its own heading. */
export function SectionCard({
  id,
  title,
  children,
  className = '',
}: {
  /** Unique on the screen: names the heading the section is labelled by. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-5 ${className}`}
    >
      <h2 id={`${id}-heading`} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
