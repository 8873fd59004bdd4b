import { Component, lazy, type ReactNode } from 'react';
import { loadMessages } from '../shared/i18n/i18n';
import { Button } from '../shared/ui/button';
import { useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

/** A screen's module and its feature's words in the till's language, fetched together. */
const screen =
  <M,>(feature: string, load: () => Promise<M>) =>
  (): Promise<M> =>
    Promise.all([load(), loadMessages(feature)]).then(([module]) => module);

/**
 * Screens not needed for the first paint (the start screen and Customer Search), loaded on first use to keep the
 * initial bundle within its budget (docs/BUDGET.md). Every one is fetched in the background
 * once the till is idle, a second or two after start-up, so a scan or a network that drops
 * later does not wait on, or stop, a screen opening.
 */
const loaders = {
  customer: screen('customer', () => import('../features/customer/customer-screen')),
  loyaltyAccounts: screen('loyalty', () => import('../features/loyalty/loyalty-accounts-panel')),
  crmSearch: screen('crm', () => import('../features/crm/crm-search-screen')),
  clientDetails: screen('crm', () => import('../features/crm/client-details-screen')),
  customerForms: screen('crm', () => import('../features/crm/customer-form-screens')),
  preferences: screen(
    'crm-preferences',
    () => import('../features/crm-preferences/preferences-screen'),
  ),
  customerNotices: screen(
    'crm-preferences',
    () => import('../features/crm-preferences/customer-notices'),
  ),
  transactionHistory: screen(
    'crm-history',
    () => import('../features/crm-history/transaction-history-screen'),
  ),
  transaction: screen('crm-history', () => import('../features/crm-history/transaction-screen')),
  contactHistory: screen(
    'crm-history',
    () => import('../features/crm-history/contact-history-screen'),
  ),
  callClient: screen('crm-history', () => import('../features/crm-history/call-client-screen')),
  emailClient: screen('crm-email', () => import('../features/crm-email/email-client-screen')),
  relationships: screen(
    'crm-network',
    () => import('../features/crm-network/relationships-screen'),
  ),
  networkParts: screen('crm-network', () => import('../features/crm-network/network-parts')),
  points: screen('points', () => import('../features/points/points-screen')),
  pointsCard: screen('points', () => import('../features/points/points-card')),
  balance: screen('loyalty', () => import('../features/loyalty/balance-screen')),
  cardEntry: screen('loyalty', () => import('../features/loyalty/card-entry-screen')),
  outbox: screen('outbox', () => import('../features/outbox/outbox-screen')),
  diagnostics: screen('diagnostics', () => import('../features/diagnostics/diagnostics-screen')),
  signOn: screen('operator', () => import('../features/operator/sign-on-screen')),
};

export const CustomerScreen = lazy(() =>
  loaders.customer().then((m) => ({ default: m.CustomerScreen })),
);
export const LoyaltyAccountsPanel = lazy(() =>
  loaders.loyaltyAccounts().then((m) => ({ default: m.LoyaltyAccountsPanel })),
);
export const CrmSearchScreen = lazy(() =>
  loaders.crmSearch().then((m) => ({ default: m.CrmSearchScreen })),
);
export const ClientDetailsScreen = lazy(() =>
  loaders.clientDetails().then((m) => ({ default: m.ClientDetailsScreen })),
);
export const NewCustomerScreen = lazy(() =>
  loaders.customerForms().then((m) => ({ default: m.NewCustomerScreen })),
);
export const EditCustomerScreen = lazy(() =>
  loaders.customerForms().then((m) => ({ default: m.EditCustomerScreen })),
);
export const PreferencesScreen = lazy(() =>
  loaders.preferences().then((m) => ({ default: m.PreferencesScreen })),
);
export const AlertNotesBanner = lazy(() =>
  loaders.customerNotices().then((m) => ({ default: m.AlertNotesBanner })),
);
export const UpcomingKeyDate = lazy(() =>
  loaders.customerNotices().then((m) => ({ default: m.UpcomingKeyDate })),
);
export const TransactionHistoryScreen = lazy(() =>
  loaders.transactionHistory().then((m) => ({ default: m.TransactionHistoryScreen })),
);
export const TransactionScreen = lazy(() =>
  loaders.transaction().then((m) => ({ default: m.TransactionScreen })),
);
export const ContactHistoryScreen = lazy(() =>
  loaders.contactHistory().then((m) => ({ default: m.ContactHistoryScreen })),
);
export const CallClientScreen = lazy(() =>
  loaders.callClient().then((m) => ({ default: m.CallClientScreen })),
);
export const EmailClientScreen = lazy(() =>
  loaders.emailClient().then((m) => ({ default: m.EmailClientScreen })),
);
export const RelationshipsScreen = lazy(() =>
  loaders.relationships().then((m) => ({ default: m.RelationshipsScreen })),
);
export const RelationshipsLink = lazy(() =>
  loaders.networkParts().then((m) => ({ default: m.RelationshipsLink })),
);
export const AffiliatedCustomersPanel = lazy(() =>
  loaders.networkParts().then((m) => ({ default: m.AffiliatedCustomersPanel })),
);
export const CustomerPickBanner = lazy(() =>
  loaders.networkParts().then((m) => ({ default: m.CustomerPickBanner })),
);
export const PointsScreen = lazy(() => loaders.points().then((m) => ({ default: m.PointsScreen })));

export const PointsCard = lazy(() => loaders.pointsCard().then((m) => ({ default: m.PointsCard })));

export const BalanceScreen = lazy(() =>
  loaders.balance().then((m) => ({ default: m.BalanceScreen })),
);
export const CardEntryScreen = lazy(() =>
  loaders.cardEntry().then((m) => ({ default: m.CardEntryScreen })),
);
export const OutboxScreen = lazy(() => loaders.outbox().then((m) => ({ default: m.OutboxScreen })));
export const DiagnosticsScreen = lazy(() =>
  loaders.diagnostics().then((m) => ({ default: m.DiagnosticsScreen })),
);

export const SignOnScreen = lazy(() => loaders.signOn().then((m) => ({ default: m.SignOnScreen })));

export function prefetchScreens(): void {
  const load = () => Object.values(loaders).forEach((l) => void l().catch(() => undefined));
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}

/** What a browser throws when a lazy chunk cannot be fetched (Chromium, Firefox, Safari). */
const CHUNK_FAILED =
  /dynamically imported module|error loading dynamically|Importing a module script failed/i;

/**
 * A screen whose code could not be fetched: say so, and let the cashier try again. Any other
 * error is not this boundary's: it goes on up to the app's (the friendly full screen).
 */
export class ScreenLoadBoundary extends Component<
  { children: ReactNode; resetKey: string },
  { failed: boolean; error: unknown; key: string }
> {
  override state = { failed: false, error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { failed: boolean; key: string },
  ) {
    // Another screen was chosen: try afresh.
    return props.resetKey === state.key
      ? null
      : { failed: false, error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { error } = this.state;
    if (!(error instanceof Error && CHUNK_FAILED.test(error.message))) throw error;
    return <ScreenLoadFailed />;
  }
}

function ScreenLoadFailed() {
  const t = useT<AppMessageId>();
  return (
    <div
      role="alert"
      className="m-4 flex flex-col items-start gap-3 rounded-xl border-2 border-red-700 bg-red-50 p-5 text-red-950"
    >
      <h2 className="text-xl font-bold">{t('app.screenFailed.title')}</h2>
      <p className="text-lg">{t('app.screenFailed.message')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </div>
  );
}
