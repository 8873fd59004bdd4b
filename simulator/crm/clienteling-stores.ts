import type { CustomerStore } from '../customers/customer-store.ts';
import type { Clock, Derives } from './clienteling.ts';
import { KeyDatesStore } from './key-dates-store.ts';
import { NotesStore } from './notes-store.ts';
import { PreferencesStore } from './preferences-store.ts';

/** Notes and wishlist, preferences and sizes, key dates: the Preferences screen's data. */
export interface Clienteling {
  readonly notes: NotesStore;
  readonly preferences: PreferencesStore;
  readonly keyDates: KeyDatesStore;
}

export function createClienteling(
  customers: CustomerStore,
  now: Clock,
  derives?: Derives,
): Clienteling {
  return {
    notes: new NotesStore(customers, now, derives),
    preferences: new PreferencesStore(customers, now, derives),
    keyDates: new KeyDatesStore(customers, now, derives),
  };
}
