import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { selectOpenCount, useOutboxStore } from '../shared/outbox/outbox-store';
import { routes } from '../shared/routes';
import { useClearCustomer } from '../shared/session/customer-session';
import { useOperatorId } from '../shared/stores/operator-store';
import { useTerminal } from '../shared/terminal/terminal-context';
import { RichT, useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

const MODE_LABEL = {
  live: 'app.mode.live',
  simulator: 'app.mode.simulator',
  training: 'app.mode.training',
} as const satisfies Record<string, AppMessageId>;

/** Header (store, till, mode), and in any non-live mode a banner no trainee can miss. */
export function AppShell({ children }: { children: ReactNode }) {
  const { config } = useTerminal();
  const t = useT<AppMessageId>();
  const training = config.mode !== 'live';
  return (
    <div className={`flex h-dvh flex-col ${training ? 'bg-red-50' : 'bg-slate-100'}`}>
      {training && (
        <div
          role="banner"
          aria-label={t('app.training.label')}
          className="training-stripes flex items-center justify-center gap-4 px-4 py-1.5 text-center text-lg font-black uppercase tracking-widest text-white"
        >
          <span>{t('app.training')}</span>
          <span className="text-base font-bold normal-case tracking-normal">
            {t(config.mode === 'training' ? 'app.training.inPage' : 'app.training.simulator')}
          </span>
          <span>{t('app.training')}</span>
        </div>
      )}
      <header className="flex items-center gap-4 bg-slate-900 px-4 py-2 text-white">
        {/* The store's name opens Diagnostics, for the help desk on the phone. */}
        <Link
          href={routes.diagnostics}
          className="flex min-h-12 min-w-28 flex-col justify-center rounded-lg px-1 hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
        >
          <span className="truncate text-lg font-bold">{config.storeName}</span>
          <span className="truncate text-sm text-slate-300">
            <RichT<AppMessageId>
              id="app.header.till"
              values={{ device: config.deviceId, location: config.locationId }}
              components={{ 0: <span className="sr-only" /> }}
            />
          </span>
        </Link>
        <nav aria-label={t('app.nav')} className="ml-2 flex gap-1">
          <Link
            href={routes.customerSearch}
            className="flex min-h-12 items-center whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
          >
            {t('app.nav.customers')}
          </Link>
          <Link
            href={routes.crmSearch}
            className="flex min-h-12 items-center whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
          >
            {t('app.nav.clients')}
          </Link>
          <Link
            href={routes.cardEntry}
            className="flex min-h-12 items-center whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
          >
            {t('app.nav.card')}
          </Link>
        </nav>
        <PendingUpdatesLink />
        <OperatorControl />
        <span
          className={`whitespace-nowrap rounded-full px-4 py-1.5 text-base font-bold ${training ? 'bg-red-600 text-white' : 'bg-emerald-600 text-white'}`}
        >
          {t(MODE_LABEL[config.mode])}
        </span>
      </header>
      <main className="relative flex min-h-0 flex-1 flex-col">
        {training && (
          <div
            aria-hidden
            className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center overflow-hidden"
          >
            <span className="-rotate-12 select-none text-[12rem] font-black tracking-widest text-red-700/[0.06]">
              {t('app.watermark')}
            </span>
          </div>
        )}
        {children}
      </main>
    </div>
  );
}

/** Always in view: how many writes the server has not applied yet (refused ones in red). */
function PendingUpdatesLink() {
  const open = useOutboxStore(selectOpenCount);
  const refused = useOutboxStore((s) => s.entries.some((e) => e.state === 'refused'));
  const persistent = useOutboxStore((s) => s.persistent);
  const t = useT<AppMessageId>();
  const tone = refused
    ? 'bg-red-600 text-white'
    : open > 0
      ? 'bg-amber-400 text-slate-950'
      : 'bg-slate-700 text-white';
  return (
    <Link
      href={routes.outbox}
      aria-label={t('app.pending.label', {
        open,
        refused: refused ? 'yes' : 'no',
        persistent: persistent ? 'yes' : 'no',
      })}
      className="ml-auto flex min-h-12 items-center gap-2 whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
    >
      {t('app.pending')}
      <span className={`min-w-8 rounded-full px-2 text-center font-bold ${tone}`}>{open}</span>
      {!persistent && <span className="text-base text-red-300">{t('app.pending.notSaved')}</span>}
    </Link>
  );
}

/** Who is signed on, and Sign off (which clears the customer); or Sign on. */
function OperatorControl() {
  const operatorId = useOperatorId();
  const clearCustomer = useClearCustomer();
  const t = useT<AppMessageId>();
  if (operatorId === null)
    return (
      <Link
        href={routes.signOn}
        className="flex min-h-12 items-center whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
      >
        {t('app.signOn')}
      </Link>
    );
  // One button, two lines: the header has no room for both at a 1024-px till.
  return (
    <button
      type="button"
      onClick={() => clearCustomer('sign-off')}
      className="flex min-h-12 flex-col items-center justify-center whitespace-nowrap rounded-lg px-3 leading-tight hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
    >
      <span className="text-sm text-slate-300">
        <RichT<AppMessageId>
          id="app.operator"
          values={{ operator: operatorId }}
          components={{ 0: <span className="font-mono font-bold text-white" /> }}
        />
      </span>{' '}
      <span className="text-lg font-semibold">{t('app.signOff')}</span>
    </button>
  );
}
