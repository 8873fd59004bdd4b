import { useLocation, useSearchParams } from 'wouter';
import { routes } from '../../shared/routes';
import { Button } from '../../shared/ui/button';
import { KeyDatesTab } from './key-dates-tab';
import { NotesTab } from './notes-tab';
import { PreferencesTab } from './preferences-tab';

const TABS = [
  { id: 'notes', label: 'Notes / Wishlist' },
  { id: 'preferences', label: 'Preferences / Sizes' },
  { id: 'key-dates', label: 'Social Calendar / Key Dates' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/**
 * The customer's Preferences (seed 001): three tabs, each loaded with its own Get when opened
 * and asked again after a save. The tab is in the URL (`?tab=`), never anything personal.
 */
export function PreferencesScreen({ customerNumber }: { customerNumber: string }) {
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const tab: TabId = TABS.find((t) => t.id === params.get('tab'))?.id ?? 'notes';
  return (
    <section
      aria-labelledby="preferences-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="preferences-heading" className="text-3xl font-bold text-slate-900">
          Preferences{' '}
          <span className="font-mono text-xl font-semibold text-slate-700">
            No. {customerNumber}
          </span>
        </h1>
        <Button className="ml-auto" onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          ◀ Client details
        </Button>
      </div>
      <div
        role="tablist"
        aria-label="Preferences"
        className="grid grid-cols-3 gap-1 rounded-lg bg-slate-200 p-1"
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setParams({ tab: t.id }, { replace: true })}
            className={`min-h-12 rounded-md px-2 text-lg font-bold ${tab === t.id ? 'bg-blue-700 text-white' : 'text-slate-900 hover:bg-white'}`}
          >
            {t.label}
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
