import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import {
  selectOffline,
  useNetworkStore,
  watchBrowserOnline,
} from '../shared/network/network-store';
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
      {/* One banner: the training strip, the bar, and the offline notice when cut off. */}
      <header>
        {training && (
          <section
            aria-label={t('app.training.label')}
            className="training-stripes flex items-center justify-center gap-4 px-4 py-1.5 text-center text-lg font-black uppercase tracking-widest text-white"
          >
            <span>{t('app.training')}</span>
            <span className="text-base font-bold normal-case tracking-normal">
              {t(config.mode === 'training' ? 'app.training.inPage' : 'app.training.simulator')}
            </span>
            <span>{t('app.training')}</span>
          </section>
        )}
        <div className="flex items-center gap-4 bg-slate-900 px-4 py-2 text-white">
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
        </div>
        {config.mode !== 'training' && <OfflineNotice />}
      </header>
      <main className="relative flex min-h-0 flex-1 flex-col">
        {training && (
          <div
            aria-hidden
            className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center overflow-hidden"
          >
            {/* Drawn by CSS, not text: a watermark is no content to read or to contrast. */}
            <span
              data-watermark={t('app.watermark')}
              className="-rotate-12 select-none text-[12rem] font-black tracking-widest text-red-700/[0.06] before:content-[attr(data-watermark)]"
            />
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
    // Named by what it shows ("Pending 2 not saved") and more, so a voice command of the
    // visible words finds it: "Pending updates: 2, some refused, not saved on this till".
    <Link
      href={routes.outbox}
      className="ml-auto flex min-h-12 items-center gap-2 whitespace-nowrap rounded-lg px-3 text-lg font-semibold hover:bg-slate-700 focus-visible:outline-4 focus-visible:outline-blue-400"
    >
      <span>
        {t('app.pending')}
        <span className="sr-only">{t('app.pending.updates')}</span>
      </span>
      <span className={`min-w-8 rounded-full px-2 text-center font-bold ${tone}`}>{open}</span>
      {refused && <span className="sr-only">{t('app.pending.refused')}</span>}
      {!persistent && (
        <span className="text-base text-red-300">
          <span className="sr-only">, </span>
          {t('app.pending.notSaved')}
        </span>
      )}
    </Link>
  );
}

/**
 * While the till cannot reach the network (the browser says so, or calls fail to connect): a
 * strip under the bar saying what still works (a status: read out when it appears).
 */
function OfflineNotice() {
  const t = useT();
  const offline = useNetworkStore(selectOffline);
  useEffect(() => watchBrowserOnline(), []);
  if (!offline) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-3 bg-amber-300 px-4 py-2 text-lg text-slate-950"
    >
      <span className="rounded-full bg-slate-950 px-3 py-0.5 font-bold text-amber-200">
        {t('ui.offline.title')}
      </span>
      <span>{t('ui.offline.detail')}</span>
    </p>
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
