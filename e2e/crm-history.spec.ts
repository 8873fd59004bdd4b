import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ODD_NOTES = "O'Brien & Sons <re: order>";

/** Every visible control, with its size: a thumb on a till needs 48x48 CSS px. */
async function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, [role="radio"]')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim(),
          w: r.width,
          h: r.height,
        };
      })
      .filter(({ w, h }) => w < 48 || h < 48),
  );
}

/** SOAP calls of one operation the page sends, as they leave the browser. */
function countCalls(page: Page, operation: string) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && (r.headers()['soapaction'] ?? '').includes(operation))
      sent.push(r.postData() ?? '');
  });
  return sent;
}

test.describe('CRM history', () => {
  test('Baldwin -> Client Details -> Transaction History -> page 2 -> View: its lines add up to its total', async ({
    crmSearch,
    clientDetails,
    transactionHistory,
    transaction,
    page,
  }) => {
    await crmSearch.search({ Surname: 'Baldwin' });
    await crmSearch.results.filter({ hasText: 'Amelia Baldwin' }).click();
    await clientDetails.transactionHistory.click();
    await expect(page).toHaveURL(/\/crm\/customers\/100\/transactions$/);
    await expect(transactionHistory.heading).toContainText('Mrs Amelia Baldwin');
    await expect(transactionHistory.range(1, 20, 50)).toBeVisible();
    await expect(transactionHistory.rows).toHaveCount(20);
    await expect(transactionHistory.figure('Total spend')).toHaveText('£6,895.00');
    await expect(transactionHistory.figure('Last visit')).toHaveText('14 Nov 2026');
    await expect(transactionHistory.chart).toBeVisible();

    await transactionHistory.nextPage.click();
    await expect(transactionHistory.range(21, 40, 50)).toBeVisible();
    const row = transactionHistory.rows.first();
    const listed = (await row.getByRole('cell').nth(4).textContent()) ?? '';
    await transactionHistory.view(row);

    await expect(page).toHaveURL(/\/crm\/customers\/100\/transactions\/\d{16}$/);
    await expect(transaction.lines.first()).toBeVisible();
    await expect(transaction.total).toHaveText(listed);
    const values = await transaction.lineValues();
    expect(values.length).toBeGreaterThan(0);
    expect(values.reduce((a, b) => a + b, 0)).toBe(await transaction.totalValue());
    await expect(transaction.field('Store')).not.toBeEmpty();
    await expect(transaction.field('Till')).toHaveText(/\S/);

    // Back finds the list where it was.
    await transaction.backToHistory.click();
    await expect(transactionHistory.range(21, 40, 50)).toBeVisible();
  });

  test('a return is shown as a negative line naming the sale it came from', async ({
    transaction,
    page,
  }) => {
    await page.goto('/crm/customers/100/transactions/0005022601102205');
    await expect(transaction.field('Type')).toHaveText('Exchange');
    await expect(transaction.lines).toHaveCount(2);
    await expect(transaction.lines.first()).toContainText('Returned, from sale 0005022512062610');
    expect(await transaction.lineValues()).toEqual([-3500, 3500]);
    await expect(transaction.total).toHaveText('£0.00');
  });

  test('a date range gives fewer rows and another summary', async ({ transactionHistory }) => {
    await transactionHistory.goto('100');
    await expect(transactionHistory.range(1, 20, 50)).toBeVisible();
    await expect(transactionHistory.figure('Total spend')).toHaveText('£6,895.00');
    await transactionHistory.searchDates('2025-12-01', '2026-01-31');
    await expect(transactionHistory.range(1, 6, 6)).toBeVisible();
    await expect(transactionHistory.rows).toHaveCount(6);
    await expect(transactionHistory.figure('Total spend')).toHaveText('£399.00');
    await expect(transactionHistory.figure('Visits')).toHaveText('6');
    await expect(transactionHistory.figure('Average basket')).toHaveText('£113.50');
    await expect(transactionHistory.figure('Last visit')).toHaveText('10 Jan 2026');
    await expect(transactionHistory.chart).toHaveAccessibleName(
      'Spend per month, Dec 2025 to Jan 2026: highest £454.00 in Dec 2025',
    );
    await transactionHistory.clearSearch.click();
    await expect(transactionHistory.range(1, 20, 50)).toBeVisible();
  });

  test('Contact History: newest first, a row opens to its full text, a kind narrows it', async ({
    contactHistory,
    crmLedger,
  }) => {
    void crmLedger;
    await contactHistory.goto('100');
    await expect(contactHistory.range(1, 14, 14)).toBeVisible();
    const newest = contactHistory.contacts.first();
    await expect(newest).toContainText('Alteration ready for collection');
    await expect(newest).toHaveAttribute('aria-expanded', 'false');
    const email = contactHistory.contacts.nth(1);
    await email.click();
    await expect(email).toHaveAttribute('aria-expanded', 'true');
    await expect(contactHistory.fullText(email)).toContainText(
      'Thank you for visiting us in Hertford on 14 November.',
    );
    await contactHistory.kind('Call').click();
    await expect(contactHistory.range(1, 2, 2)).toBeVisible();
    await expect(contactHistory.contacts).toHaveCount(2);
  });

  test('Call Client -> a call with odd notes heads Contact History; last contacted is then today @simulator', async ({
    clientDetails,
    callClient,
    contactHistory,
    crmLedger,
    operator,
    page,
  }) => {
    await clientDetails.goto('100');
    await clientDetails.callClient.click();
    await expect(page).toHaveURL(/\/crm\/customers\/100\/call$/);
    await expect(callClient.number).toHaveText('078 1839 3795');
    await expect(callClient.consent).toHaveText('Phone consent: withdrawn');
    await expect(callClient.lastContacted).toHaveText(
      /^Last contacted \d+ days ago by operator 1042$/,
    );
    await expect(page.getByText(`by operator ${operator}.`, { exact: false })).toBeVisible();

    await callClient.fill({
      subject: 'Coat alteration ready',
      outcome: 'Answered',
      notes: ODD_NOTES,
    });
    await callClient.save.click();
    await expect(callClient.recorded).toBeVisible();
    await expect(callClient.lastContacted).toHaveText('Last contacted today by operator 1042');
    expect(await crmLedger.contactsSaved()).toBe(1);

    await callClient.contactHistory.click();
    await expect(contactHistory.range(1, 15, 15)).toBeVisible();
    const top = contactHistory.contacts.first();
    await expect(top).toContainText('Coat alteration ready');
    await expect(top).toContainText('Answered');
    await top.click();
    await expect(contactHistory.fullText(top)).toHaveText(ODD_NOTES);
  });

  test('a double tap on Save stores one contact @simulator', async ({
    callClient,
    crmLedger,
    operator,
    page,
  }) => {
    void operator;
    const sent = countCalls(page, 'saveContactHistory');
    await callClient.goto('100');
    await callClient.fill({ subject: 'Double tap', outcome: 'No answer', notes: ODD_NOTES });
    // Two taps within one task: the second lands before React can redraw the button.
    await callClient.save.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(callClient.recorded).toBeVisible();
    expect(sent).toHaveLength(1);
    expect(await crmLedger.contactsSaved()).toBe(1);
  });

  test('the answer lost after the save keeps the form; Try again stores exactly one @simulator', async ({
    callClient,
    contactHistory,
    crmLedger,
    operator,
    simulator,
    page,
  }) => {
    void operator;
    const sent = countCalls(page, 'saveContactHistory');
    await callClient.goto('100');
    await callClient.fill({
      subject: 'Lost answer',
      outcome: 'Left a voicemail',
      notes: ODD_NOTES,
    });
    // The server records it, then the connection drops before the answer. Chromium silently
    // resends a POST whose reused keep-alive connection drops before any answer, once per idle
    // connection it holds: the drop is armed for more sends than that, then lifted.
    await simulator.fault({ kind: 'disconnect', count: 10, operation: 'saveContactHistory' });
    await callClient.save.click();
    await expect(page.getByRole('alert')).toContainText(
      'It is not known whether the call was recorded: Try again is safe.',
    );
    await expect(callClient.subject).toHaveValue('Lost answer');
    await expect(callClient.notes).toHaveValue(ODD_NOTES);
    expect(await crmLedger.contactsSaved()).toBe(1);
    await simulator.clearFaults();

    await callClient.tryAgain.click();
    await expect(callClient.recorded).toBeVisible();
    expect(await crmLedger.contactsSaved()).toBe(1);
    // Every send (the first and Try again) carried the same contact id.
    const idOf = (body: string) => /<retail:contactHistoryId>([^<]+)</.exec(body)?.[1];
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(idOf(sent[0]!)).toMatch(/^E2E-01-\d{12}$/);
    expect(new Set(sent.map(idOf))).toEqual(new Set([idOf(sent[0]!)]));

    await callClient.contactHistory.click();
    await expect(contactHistory.contacts.filter({ hasText: 'Lost answer' })).toHaveCount(1);
  });

  test('a save the server fails keeps the form; Try again stores exactly one @simulator', async ({
    callClient,
    crmLedger,
    operator,
    simulator,
    page,
  }) => {
    void operator;
    await callClient.goto('100');
    await callClient.fill({ subject: 'Server fault', outcome: 'Answered', notes: ODD_NOTES });
    await simulator.fault({ kind: 'soap-fault', count: 1, operation: 'saveContactHistory' });
    await callClient.save.click();
    await expect(page.getByRole('alert')).toContainText('The CRM service reported a problem');
    await expect(callClient.notes).toHaveValue(ODD_NOTES);
    expect(await crmLedger.contactsSaved()).toBe(0);
    await callClient.tryAgain.click();
    await expect(callClient.recorded).toBeVisible();
    expect(await crmLedger.contactsSaved()).toBe(1);
  });

  test('with no operator signed on, Call Client says why and cannot save', async ({
    callClient,
  }) => {
    await callClient.goto('100');
    await expect(callClient.signOnNeeded).toBeVisible();
    await expect(callClient.save).toBeDisabled();
  });

  test('every control of the history screens is at least 48x48 CSS px', async ({
    transactionHistory,
    transaction,
    contactHistory,
    callClient,
    clientDetails,
    operator,
    page,
  }) => {
    void operator;
    await clientDetails.goto('100');
    await expect(clientDetails.callClient).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await transactionHistory.goto('100');
    await expect(transactionHistory.range(1, 20, 50)).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await transactionHistory.searchToggle.click();
    await expect(transactionHistory.searchForm).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await transactionHistory.view(transactionHistory.rows.first());
    await expect(transaction.lines.first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await contactHistory.goto('100');
    await contactHistory.contacts.first().click();
    expect(await smallTargets(page)).toEqual([]);
    await callClient.goto('100');
    await page.getByRole('button', { name: 'Keyboard' }).click();
    expect(await smallTargets(page)).toEqual([]);
  });
});
