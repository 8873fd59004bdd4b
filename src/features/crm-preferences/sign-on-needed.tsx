import { useT } from '../../shared/i18n/messages';
import type { CrmPreferencesMessageId } from './messages';

const WHY: Record<SignOnFor, CrmPreferencesMessageId> = {
  consent: 'crm-preferences.signOn.consent',
  preferences: 'crm-preferences.signOn.preferences',
  notes: 'crm-preferences.signOn.notes',
  wishlist: 'crm-preferences.signOn.wishlist',
  keyDates: 'crm-preferences.signOn.keyDates',
};
export type SignOnFor = 'consent' | 'preferences' | 'notes' | 'wishlist' | 'keyDates';

/**
 * Said where a write needs an operator and none is signed on: what it is for and why, one
 * sentence each. (The shared sign-on component replaces this once it lands.)
 */
export function SignOnNeeded({ to }: { to: SignOnFor }) {
  const t = useT<CrmPreferencesMessageId>();
  return (
    <p
      role="note"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-lg font-semibold text-amber-950"
    >
      {t(WHY[to])}
    </p>
  );
}
