import { useLocation, useSearchParams } from 'wouter';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { Button } from '../../shared/ui/button';
import { KeyDatesTab } from './key-dates-tab';
import { NotesTab } from './notes-tab';
import { PreferencesTab } from './preferences-tab';
import type { CrmPreferencesMessageId } from './messages';

const TABS = [
  { id: 'notes', label: 'crm-preferences.tab.notes' },
  { id: 'preferences', label: 'crm-preferences.tab.preferences' },
  { id: 'key-dates', label: 'crm-preferences.tab.keyDates' },
] as const satisfies readonly { id: string; label: CrmPreferencesMessageId }[];
type TabId = (typeof TABS)[number]['id'];

/**
 * The customer's Preferences (seed 001): three tabs, each loaded with its own Get when opened
 * and asked again after a save. The tab is in the URL (`?tab=`), never anything personal.
 */
export function PreferencesScreen({ customerNumber }: { customerNumber: string }) {
  const [, navigate] = useLocation();
  const t = useT<CrmPreferencesMessageId>();
  const [params, setParams] = useSearchParams();
  const tab: TabId = TABS.find((x) => x.id === params.get('tab'))?.id ?? 'notes';
  return (
    <section
      aria-labelledby="preferences-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="preferences-heading" className="text-3xl font-bold text-slate-900">
          {t('crm-preferences.heading')}{' '}
          <span className="font-mono text-xl font-semibold text-slate-700">
            {t('crm-preferences.customerNumber', { customerNumber })}
          </span>
        </h1>
        <Button className="ml-auto" onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          {t('crm-preferences.back')}
        </Button>
      </div>
      <div
        role="tablist"
        aria-label={t('crm-preferences.heading')}
        className="grid grid-cols-3 gap-1 rounded-lg bg-slate-200 p-1"
      >
        {TABS.map((x) => (
          <button
            key={x.id}
            id={`tab-${x.id}`}
            type="button"
            role="tab"
            aria-selected={tab === x.id}
            aria-controls={`panel-${x.id}`}
            onClick={() => setParams({ tab: x.id }, { replace: true })}
            className={`min-h-12 rounded-md px-2 text-lg font-bold ${tab === x.id ? 'bg-blue-700 text-white' : 'text-slate-900 hover:bg-white'}`}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto pb-4"
      >
        {tab === 'notes' && <NotesTab customerNumber={customerNumber} />}
        {tab === 'preferences' && <PreferencesTab customerNumber={customerNumber} />}
        {tab === 'key-dates' && <KeyDatesTab customerNumber={customerNumber} />}
      </div>
    </section>
  );
}
