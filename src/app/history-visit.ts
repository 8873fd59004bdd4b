/**
 * Which "visit" each browser history entry belongs to. Every clear of the customer starts a new
 * visit; an entry first shown in an earlier visit is stale, and the app shows the start screen
 * instead of it, so Back (or a reload of it) never brings a cleared customer back. Entries
 * cannot be deleted from a browser's history; this makes the old ones show nothing.
 *
 * The visit number is kept in sessionStorage (it must survive a reload, and it is only a
 * counter); each entry carries its number in `history.state`, which browsers keep across
 * reloads and Back. An entry with no number is new (a typed URL, a deep link, a navigation
 * about to be stamped), so deep links to a customer number still work.
 */
const KEY = 'enactor-terminal:visit';
const STATE_KEY = 'tillVisit';

let inMemory = 0;

export function currentVisit(): number {
  try {
    const stored = Number(sessionStorage.getItem(KEY));
    return Number.isSafeInteger(stored) && stored > 0 ? stored : inMemory;
  } catch {
    // Storage refused (a locked-down browser): a reload then starts again at 0.
    return inMemory;
  }
}

/** Starts a new visit and returns its number. */
export function nextVisit(): number {
  const next = currentVisit() + 1;
  inMemory = next;
  try {
    sessionStorage.setItem(KEY, String(next));
  } catch {
    // In memory only, as above.
  }
  return next;
}

/** The visit the current history entry was shown in, or undefined if it was never shown. */
export function entryVisit(): number | undefined {
  const state: unknown = history.state;
  if (state === null || typeof state !== 'object' || !(STATE_KEY in state)) return undefined;
  const visit = (state as Record<string, unknown>)[STATE_KEY];
  return typeof visit === 'number' ? visit : undefined;
}

/** Marks the current entry as shown in `visit` (keeping whatever else its state holds). */
export function stampEntry(visit: number): void {
  if (entryVisit() === visit) return;
  const state: unknown = history.state;
  const base = state !== null && typeof state === 'object' ? state : {};
  history.replaceState({ ...base, [STATE_KEY]: visit }, '');
}
