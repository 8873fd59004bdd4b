import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { LOYALTY_ACCOUNT_TYPE } from '../shared/domain/loyalty';
import { useCardStore } from '../shared/stores/card-store';
import { TerminalContext, type Terminal } from '../shared/terminal/terminal-context';
import {
  AffiliatedCustomersPanel,
  AlertNotesBanner,
  BalanceScreen,
  CallClientScreen,
  CardEntryScreen,
  ClientDetailsScreen,
  ContactHistoryScreen,
  CrmSearchScreen,
  CustomerScreen,
  CustomerPickBanner,
  DiagnosticsScreen,
  EditCustomerScreen,
  EmailClientScreen,
  LoyaltyAccountsPanel,
  NewCustomerScreen,
  OutboxScreen,
  PointsCard,
  PointsScreen,
  prefetchScreens,
  PreferencesScreen,
  RelationshipsLink,
  RelationshipsScreen,
  ScreenLoadBoundary,
  UpcomingKeyDate,
  TransactionHistoryScreen,
  TransactionScreen,
  SignOnScreen,
} from './lazy-screens';
import { observeQueries } from './diagnostics';
import { FatalErrorOverlay, RootErrorBoundary } from './fatal-error';
import { createQueryClient } from './query-client';
import { StartScreen, Till } from './till';
import { useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

export function App({ terminal }: { terminal: Terminal }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    observeQueries(client, terminal.diagnostics);
    return client;
  });
  const [location] = useLocation();
  useEffect(prefetchScreens, []);
  return (
    <RootErrorBoundary>
      <FatalErrorOverlay />
      <TerminalContext value={terminal}>
        <QueryClientProvider client={queryClient}>
          <Till>
            <ScreenLoadBoundary resetKey={location}>
              <Suspense fallback={<Opening />}>
                <Switch>
                  <Route path="/">
                    <StartScreen />
                  </Route>
                  <Route path="/sign-on">
                    <SignOnScreen />
                  </Route>
                  <Route path="/customers/:number">
                    {(params) => {
                      const customerNumber = decodeURIComponent(params.number);
                      return (
                        <CustomerScreen
                          customerNumber={customerNumber}
                          notices={<CustomerNotices customerNumber={customerNumber} />}
                        >
                          <LoyaltyAccountsPanel customerNumber={customerNumber} />
                          <PointsCard customerNumber={customerNumber} />
                        </CustomerScreen>
                      );
                    }}
                  </Route>
                  <Route path="/accounts/:accountId">
                    {(params) => (
                      <BalanceScreen
                        reference={{
                          accountId: decodeURIComponent(params.accountId),
                          accountType: LOYALTY_ACCOUNT_TYPE,
                        }}
                      />
                    )}
                  </Route>
                  <Route path="/balance">
                    <CardBalance />
                  </Route>
                  <Route path="/card">
                    <CardEntryScreen />
                  </Route>
                  <Route path="/crm">
                    <CrmSearchScreen
                      pickBanner={
                        <Suspense fallback={null}>
                          <CustomerPickBanner />
                        </Suspense>
                      }
                    />
                  </Route>
                  <Route path="/crm/new">
                    <NewCustomerScreen />
                  </Route>
                  <Route path="/crm/customers/:number/edit">
                    {(params) => (
                      <EditCustomerScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/preferences">
                    {(params) => (
                      <PreferencesScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/transactions">
                    {(params) => (
                      <TransactionHistoryScreen
                        customerNumber={decodeURIComponent(params.number)}
                      />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/transactions/:transactionId">
                    {(params) => (
                      <TransactionScreen
                        customerNumber={decodeURIComponent(params.number)}
                        transactionId={decodeURIComponent(params.transactionId)}
                      />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/contacts">
                    {(params) => (
                      <ContactHistoryScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/relationships">
                    {(params) => (
                      <RelationshipsScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/call">
                    {(params) => (
                      <CallClientScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number/email">
                    {(params) => (
                      <EmailClientScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/crm/customers/:number">
                    {(params) => {
                      const customerNumber = decodeURIComponent(params.number);
                      return (
                        <ClientDetailsScreen
                          customerNumber={customerNumber}
                          notices={<CustomerNotices customerNumber={customerNumber} />}
                          personalActions={
                            <Suspense fallback={null}>
                              <RelationshipsLink customerNumber={customerNumber} />
                            </Suspense>
                          }
                          network={
                            <Suspense fallback={null}>
                              <AffiliatedCustomersPanel customerNumber={customerNumber} />
                            </Suspense>
                          }
                          loyalty={
                            <>
                              <LoyaltyAccountsPanel
                                customerNumber={customerNumber}
                                openSingle={false}
                              />
                              <PointsCard customerNumber={customerNumber} />
                            </>
                          }
                        />
                      );
                    }}
                  </Route>
                  <Route path="/points/:number">
                    {(params) => (
                      <PointsScreen customerNumber={decodeURIComponent(params.number)} />
                    )}
                  </Route>
                  <Route path="/outbox">
                    <OutboxScreen />
                  </Route>
                  <Route path="/diagnostics">
                    <DiagnosticsScreen />
                  </Route>
                  <Route>
                    <NoSuchPage />
                  </Route>
                </Switch>
              </Suspense>
            </ScreenLoadBoundary>
          </Till>
        </QueryClientProvider>
      </TerminalContext>
    </RootErrorBoundary>
  );
}

/**
 * What the clienteling feature says the moment a customer is opened (an alert note, a key date
 * coming up), on the customer page and Client Details. Its own lazy chunk, loaded without
 * holding up the screen it is on.
 */
function CustomerNotices({ customerNumber }: { customerNumber: string }): ReactNode {
  return (
    <Suspense fallback={null}>
      <AlertNotesBanner customerNumber={customerNumber} />
      <UpcomingKeyDate customerNumber={customerNumber} />
    </Suspense>
  );
}

function Opening() {
  const t = useT<AppMessageId>();
  return (
    <p role="status" className="p-4 text-xl text-slate-700">
      {t('app.opening')}
    </p>
  );
}

function NoSuchPage() {
  const t = useT<AppMessageId>();
  return <div className="p-6 text-xl">{t('app.noSuchPage')}</div>;
}

function CardBalance() {
  const cardNumber = useCardStore((s) => s.cardNumber);
  return (
    <BalanceScreen
      reference={cardNumber === null ? null : { cardNumber, accountType: LOYALTY_ACCOUNT_TYPE }}
    />
  );
}
