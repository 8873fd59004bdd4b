import type { CustomerStore } from '../customers/customer-store.ts';
import type { Clock } from './clienteling.ts';
import { KeyDatesStore } from './key-dates-store.ts';
import { NotesStore } from './notes-store.ts';
import { PreferencesStore } from './preferences-store.ts';

/** Notes and wishlist, preferences and sizes, key dates: the Preferences screen's data. */
export interface Clienteling {
  readonly notes: NotesStore;
  readonly preferences: PreferencesStore;
  readonly keyDates: KeyDatesStore;
}

export function createClienteling(customers: CustomerStore, now: Clock): Clienteling {
  return {
    notes: new NotesStore(customers, now),
    preferences: new PreferencesStore(customers, now),
    keyDates: new KeyDatesStore(customers, now),
  };
}
