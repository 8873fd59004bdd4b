import { test as base, expect, type Page } from '@playwright/test';
import { AccessibilityAudit } from './pages/accessibility';
import { BalancePage } from './pages/balance-page';
import { CallClientPage } from './pages/call-client-page';
import { CardEntryPage } from './pages/card-entry-page';
import { CardScanner } from './pages/card-scanner';
import { ClientDetailsPage } from './pages/client-details-page';
import { ContactHistoryPage } from './pages/contact-history-page';
import { CrmSearchPage } from './pages/crm-search-page';
import { CustomerFormPage } from './pages/customer-form-page';
import { CustomerPage } from './pages/customer-page';
import { CustomerSearchPage } from './pages/customer-search-page';
import { DiagnosticsPage } from './pages/diagnostics-page';
import { EmailClientPage } from './pages/email-client-page';
import { PendingPage } from './pages/pending-page';
import { PointsPage } from './pages/points-page';
import { RelationshipsPage } from './pages/relationships-page';
import { Shell } from './pages/shell';
import { TransactionHistoryPage } from './pages/transaction-history-page';
import { TransactionPage } from './pages/transaction-page';
import { AGAINST_SIMULATOR, SimulatorControl } from './simulator-control';
import type { Language } from './pages/words';

/** Every screen of one till (one browser page), as page objects. */
export interface Till {
  page: Page;
  shell: Shell;
  scanner: CardScanner;
  customerSearch: CustomerSearchPage;
  customerPage: CustomerPage;
  balance: BalancePage;
  cardEntry: CardEntryPage;
  pending: PendingPage;
  points: PointsPage;
  crmSearch: CrmSearchPage;
  clientDetails: ClientDetailsPage;
  customerForm: CustomerFormPage;
  diagnostics: DiagnosticsPage;
  transactionHistory: TransactionHistoryPage;
  transaction: TransactionPage;
  contactHistory: ContactHistoryPage;
  callClient: CallClientPage;
  emailClient: EmailClientPage;
  relationships: RelationshipsPage;
}

const tillOf = (page: Page): Till => ({
  page,
  shell: new Shell(page),
  scanner: new CardScanner(page),
  customerSearch: new CustomerSearchPage(page),
  customerPage: new CustomerPage(page),
  balance: new BalancePage(page),
  cardEntry: new CardEntryPage(page),
  pending: new PendingPage(page),
  points: new PointsPage(page),
  crmSearch: new CrmSearchPage(page),
  clientDetails: new ClientDetailsPage(page),
  customerForm: new CustomerFormPage(page),
  diagnostics: new DiagnosticsPage(page),
  transactionHistory: new TransactionHistoryPage(page),
  transaction: new TransactionPage(page),
  contactHistory: new ContactHistoryPage(page),
  callClient: new CallClientPage(page),
  emailClient: new EmailClientPage(page),
  relationships: new RelationshipsPage(page),
});

type Screens = Omit<Till, 'page'>;

export const test = base.extend<
  Screens & {
    simulator: SimulatorControl;
    /** A second till (its own browser context, so its own outbox), closed after the test. */
    otherTill: Till;
    seedBalances: undefined;
    /** The simulator's CRM writes forgotten before the test: contacts saved start at 0. */
    crmLedger: SimulatorControl;
    /** Operator 1042 signed on at this till (the session's sign-on, before the app starts). */
    operator: string;
    /**
     * The language the journey's till is shown in, for the page objects that find controls
     * by their words: `test.use({ language: 'fr-FR' })` beside a French till's config.
     */
    language: Language;
    /** axe-core on the page as it stands; minor findings attached to the report at the end. */
    axe: AccessibilityAudit;
  }
>({
  language: ['en-GB', { option: true }],
  // Both projects share one simulator and sales move balances: every journey starts from
  // the seed's figures (6,028 on account 200).
  seedBalances: [
    async ({ request }, use) => {
      if (AGAINST_SIMULATOR) await new SimulatorControl(request).resetAccounts();
      await use(undefined);
    },
    { auto: true },
  ],
  simulator: async ({ request }, use) => {
    const control = new SimulatorControl(request);
    await use(control);
    if (AGAINST_SIMULATOR) await control.clearFaults();
  },
  crmLedger: async ({ request }, use) => {
    const control = new SimulatorControl(request);
    await control.resetCrm();
    await use(control);
    await control.clearFaults();
  },
  operator: async ({ page }, use) => {
    await page.addInitScript(() =>
      sessionStorage.setItem(
        'enactor-terminal:operator',
        JSON.stringify({ state: { operatorId: '1042' }, version: 1 }),
      ),
    );
    await use('1042');
  },
  axe: async ({ page }, use, testInfo) => {
    const audit = new AccessibilityAudit(page);
    await use(audit);
    if (audit.minor.length > 0)
      await testInfo.attach('minor and moderate axe findings', {
        body: JSON.stringify(audit.minor, null, 2),
        contentType: 'application/json',
      });
  },
  shell: async ({ page }, use) => use(new Shell(page)),
  scanner: async ({ page }, use) => use(new CardScanner(page)),
  customerSearch: async ({ page }, use) => use(new CustomerSearchPage(page)),
  customerPage: async ({ page }, use) => use(new CustomerPage(page)),
  balance: async ({ page }, use) => use(new BalancePage(page)),
  cardEntry: async ({ page }, use) => use(new CardEntryPage(page)),
  pending: async ({ page }, use) => use(new PendingPage(page)),
  points: async ({ page }, use) => use(new PointsPage(page)),
  crmSearch: async ({ page, language }, use) => use(new CrmSearchPage(page, language)),
  clientDetails: async ({ page, language }, use) => use(new ClientDetailsPage(page, language)),
  customerForm: async ({ page, language }, use) => use(new CustomerFormPage(page, language)),
  diagnostics: async ({ page }, use) => use(new DiagnosticsPage(page)),
  transactionHistory: async ({ page }, use) => use(new TransactionHistoryPage(page)),
  transaction: async ({ page }, use) => use(new TransactionPage(page)),
  contactHistory: async ({ page }, use) => use(new ContactHistoryPage(page)),
  callClient: async ({ page }, use) => use(new CallClientPage(page)),
  emailClient: async ({ page }, use) => use(new EmailClientPage(page)),
  relationships: async ({ page }, use) => use(new RelationshipsPage(page)),
  otherTill: async ({ browser, viewport }, use) => {
    // As every journey's own context (playwright.config.ts): no service worker.
    const context = await browser.newContext({
      ...(viewport ? { viewport } : {}),
      serviceWorkers: 'block',
    });
    await use(tillOf(await context.newPage()));
    await context.close();
  },
});

/** Every visible control, with its size: a thumb on a till needs 48x48 CSS px. */
export async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], input, textarea, [role="radio"], [role="menuitem"]',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName,
          w: r.width,
          h: r.height,
        };
      })
      .filter(({ w, h }) => w < 48 || h < 48),
  );
}

export { expect };
export { AGAINST_SIMULATOR } from './simulator-control';
export type { SimulatorControl } from './simulator-control';
