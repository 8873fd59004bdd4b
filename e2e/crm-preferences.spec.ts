import type { APIRequestContext, Page } from '@playwright/test';
import { expect, smallTargets, test } from './fixtures';
import { SIMULATOR_URL } from './simulator-control';

/**
 * CRM Preferences: notes and wishlist, preferences, sizes and consent, key dates, and the
 * alert banner and key-date reminder where a customer is opened. Against the simulator over
 * HTTP; the operator signs on as the privacy work will do it (sessionStorage, before the page).
 */

const OPERATOR_KEY = 'enactor-terminal:operator';

async function signOn(page: Page, operatorId: string) {
  await page.addInitScript(
    ([key, value]) => window.sessionStorage.setItem(key!, value!),
    [OPERATOR_KEY, JSON.stringify({ state: { operatorId }, version: 1 })],
  );
}

/** What the simulator stored for a customer: records the till saved, and the writes. */
async function saved(request: APIRequestContext, customerNumber: string) {
  const res = await request.get(`${SIMULATOR_URL}/__simulator/clienteling/${customerNumber}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Record<
    'notes' | 'preferences' | 'keyDates',
    { saved: number; writes: number }
  >;
}

/** Client Search -> Baldwin -> Client Details -> Preferences, as a cashier gets there. */
async function openBaldwinPreferences(page: Page) {
  await page.goto('/crm');
  await page.getByLabel('Surname', { exact: true }).fill('Baldwin');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('list', { name: 'Clients found' })
    .getByRole('button', { name: /^Mrs Amelia Baldwin/ })
    .click();
  await expect(page).toHaveURL(/\/crm\/customers\/100$/);
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(page).toHaveURL(/\/crm\/customers\/100\/preferences/);
  await expect(page.getByRole('tab', { name: 'Notes / Wishlist' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

const notesList = (page: Page) => page.getByRole('list', { name: 'Notes' });

async function writeNote(page: Page, text: string) {
  await page.getByRole('button', { name: '+ Add note' }).click();
  await page.getByLabel('Note', { exact: true }).fill(text);
}

test.describe('CRM Preferences', { tag: '@simulator' }, () => {
  test.beforeEach(async ({ request }) => {
    const res = await request.post(`${SIMULATOR_URL}/__simulator/clienteling/reset`);
    expect(res.ok()).toBe(true);
  });

  test('Baldwin -> Preferences: a note with &, < and an emoji shows after a reload', async ({
    page,
    request,
  }) => {
    await signOn(page, '1042');
    await openBaldwinPreferences(page);
    const text = `Ask Zoë about <A&B> alterations 👗 ${Date.now()}`;
    await writeNote(page, text);
    await expect(page.getByText('Notes must not hold health or payment details.')).toBeVisible();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(notesList(page).getByRole('listitem').first()).toContainText(text);
    await page.reload();
    await expect(notesList(page).getByRole('listitem').first()).toContainText(text);
    await expect(notesList(page).getByRole('listitem').first()).toContainText('1042');
    expect((await saved(request, '100')).notes).toEqual({ saved: 1, writes: 1 });
  });

  test('a private note is hidden from another operator', async ({ page, browser }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences');
    await writeNote(page, 'Only for operator 1042');
    await page.getByLabel('Private (only me)').check();
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(notesList(page).getByRole('listitem').first()).toContainText(
      /Only for operator 1042.*Private/,
    );

    const other = await browser.newContext({ viewport: page.viewportSize()! });
    const second = await other.newPage();
    await signOn(second, 'ASSOC07');
    await second.goto('/crm/customers/100/preferences');
    await expect(notesList(second)).toContainText('Prefers the fitting room');
    await expect(second.getByText('Only for operator 1042')).toHaveCount(0);
    // MGR01's private note of the seed is not shown to either of them.
    await expect(second.getByText(/Unhappy with the wait/)).toHaveCount(0);
    await other.close();
  });

  test('set dress size 12: it shows, and lasts a reload', async ({ page, request }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences');
    await page.getByRole('tab', { name: 'Preferences / Sizes' }).click();
    const dress = page.getByRole('radiogroup', { name: 'Clothing size: Dress' });
    // Amelia is a 12 in the seed: move her to 14 first, then back to 12.
    await expect(dress.getByRole('radio', { name: 'UK 12' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    for (const size of ['UK 14', 'UK 12']) {
      await dress.getByRole('radio', { name: size }).click();
      await expect(page.getByRole('region', { name: 'Changes not saved' })).toContainText(
        '1 change not saved',
      );
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await expect(page.getByRole('region', { name: 'Changes not saved' })).toHaveCount(0);
      await expect(dress.getByRole('radio', { name: size })).toHaveAttribute(
        'aria-checked',
        'true',
      );
    }
    await page.reload();
    await expect(dress.getByRole('radio', { name: 'UK 12' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect((await saved(request, '100')).preferences).toEqual({ saved: 2, writes: 2 });
  });

  test('give then withdraw SMS consent: the history records both, with operator and time', async ({
    page,
    request,
  }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences?tab=preferences');
    const sms = page.getByRole('list', { name: 'Consent by channel' }).getByRole('listitem', {
      name: 'SMS consent',
    });
    await expect(sms).toContainText('Withdrawn');
    const post = page.getByRole('listitem', { name: 'Post consent' });
    await expect(post).toContainText('Not asked');
    await sms.getByRole('button', { name: 'Give SMS consent' }).click();
    await expect(sms).toContainText('Given');
    await sms.getByRole('button', { name: 'Withdraw SMS consent' }).click();
    await expect(sms).toContainText('Withdrawn');
    const history = page.getByRole('list', { name: 'Consent history' }).getByRole('listitem');
    await expect(history.nth(0)).toContainText(
      /SMS\s*Withdrawn\s*1042\s*\d.*\d{2}:\d{2}\s*In store/,
    );
    await expect(history.nth(1)).toContainText(/SMS\s*Given\s*1042\s*\d.*\d{2}:\d{2}\s*In store/);
    // The seed's own history is still there below.
    await expect(history.nth(2)).toContainText(/SMS\s*Withdrawn\s*MGR01/);
    expect((await saved(request, '100')).preferences).toEqual({ saved: 2, writes: 2 });
  });

  test('an anniversary next week: the reminder shows on Client Details and the customer page', async ({
    page,
    customerSearch,
  }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences?tab=key-dates');
    await page.getByRole('button', { name: '+ Add key date' }).click();
    const when = new Date(Date.now() + 7 * 86_400_000);
    const month = when.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    await page.getByRole('radio', { name: 'Anniversary' }).click();
    await page.getByRole('radio', { name: month }).click();
    await page
      .getByRole('radiogroup', { name: 'Day' })
      .getByRole('radio', { name: String(when.getUTCDate()), exact: true })
      .click();
    await page.getByLabel('Description (optional)').fill('Wedding & party 💍');
    await page.getByRole('button', { name: 'Save key date' }).click();
    await expect(page.getByRole('list', { name: 'Key dates' })).toContainText(
      /Anniversary\s*in 7 days/,
    );
    await page.getByRole('button', { name: '◀ Client details' }).click();
    const upcoming = page.getByRole('list', { name: 'Upcoming key dates' });
    await expect(upcoming).toContainText('Anniversary in 7 days');
    await expect(upcoming).toContainText('Wedding & party 💍');
    await customerSearch.goto();
    await customerSearch.typeAndEnter('amelia baldwin');
    await customerSearch.row(/Amelia Baldwin/).click();
    await expect(page.getByRole('list', { name: 'Upcoming key dates' })).toContainText(
      'Anniversary in 7 days',
    );
  });

  test('a double tap on Save makes one note', async ({ page, request }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences');
    await writeNote(page, 'Tapped twice');
    await page.getByRole('button', { name: 'Save note' }).dblclick();
    await expect(notesList(page)).toContainText('Tapped twice');
    await expect(page.getByText('Tapped twice')).toHaveCount(1);
    expect((await saved(request, '100')).notes).toEqual({ saved: 1, writes: 1 });
  });

  test('a save while the server fails keeps the text; Try again stores exactly one note', async ({
    page,
    request,
    simulator,
  }) => {
    await signOn(page, '1042');
    await page.goto('/crm/customers/100/preferences');
    const text = 'Collect the <hem> & cuffs on Friday 🧵';
    await writeNote(page, text);
    // The note is stored, then the connection drops: the till cannot know it was saved.
    // Two drops: Chromium silently resends a POST once when a reused keep-alive connection
    // drops before any answer; the resend (the same note id) is dropped too, so the till hears
    // nothing.
    await simulator.fault({ kind: 'disconnect', count: 2, operation: 'saveCustomerNote' });
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'It is not known whether it was saved: Try again is safe.',
    );
    await expect(page.getByLabel('Note', { exact: true })).toHaveValue(text);
    // It was stored, once, whatever the browser resent.
    expect((await saved(request, '100')).notes).toEqual({ saved: 1, writes: 1 });
    await simulator.up();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(notesList(page).getByRole('listitem').first()).toContainText(text);
    await expect(page.getByText(text)).toHaveCount(1);
    expect((await saved(request, '100')).notes).toEqual({ saved: 1, writes: 1 });
  });

  test("Aspen Green's alert shows the moment she is opened from either search, until dismissed", async ({
    page,
    customerSearch,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('aspen green');
    await customerSearch.row(/Aspen Green/).click();
    const banner = page.getByRole('alert', { name: 'Customer alert' });
    await expect(banner).toContainText('Alterations ready for collection');
    await expect(page.getByRole('list', { name: 'Upcoming key dates' })).toContainText(
      'Anniversary in 5 days',
    );
    await banner.getByRole('button', { name: 'Dismiss for this visit' }).click();
    await expect(banner).toHaveCount(0);
    // Same visit, Client Details: still dismissed.
    await page.getByRole('button', { name: 'Client details' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Aspen Green');
    await expect(page.getByRole('list', { name: 'Upcoming key dates' })).toBeVisible();
    await expect(banner).toHaveCount(0);
    // A new visit from Client Search shows it again.
    await page.goto('/crm');
    await page.getByLabel('Surname', { exact: true }).fill('Green');
    await page.getByLabel('Forename', { exact: true }).fill('Aspen');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Clients found' }).getByRole('button').first().click();
    await expect(banner).toContainText('Alterations ready for collection');
  });

  test('with no operator signed on, each tab says why it cannot write', async ({ page }) => {
    await page.goto('/crm/customers/100/preferences');
    await expect(
      page.getByText('Sign on as an operator to add notes: notes record who wrote them'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: '+ Add note' })).toHaveCount(0);
    await page.getByRole('tab', { name: 'Preferences / Sizes' }).click();
    await expect(page.getByText(/Sign on as an operator to change preferences/)).toBeVisible();
    await page.getByRole('tab', { name: 'Social Calendar / Key Dates' }).click();
    await expect(page.getByText(/Sign on as an operator to change key dates/)).toBeVisible();
  });

  test('every tab and form: controls at least 48x48, and a screenshot of each', async ({
    page,
  }, testInfo) => {
    await signOn(page, '1042');
    const shot = async (name: string) => {
      expect(await smallTargets(page), name).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: false });
    };
    await page.goto('/crm/customers/7004');
    await expect(page.getByRole('alert', { name: 'Customer alert' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Upcoming key dates' })).toBeVisible();
    await shot('client-details');
    await page.goto('/crm/customers/100/preferences');
    await expect(notesList(page)).toBeVisible();
    await shot('notes');
    await page.getByRole('button', { name: '+ Add note' }).click();
    await page.getByRole('button', { name: 'Keyboard' }).click();
    await shot('note-form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: '+ Add to wishlist' }).click();
    await page.getByRole('button', { name: 'Keyboard' }).click();
    await shot('wishlist-form');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('tab', { name: 'Preferences / Sizes' }).click();
    await expect(page.getByRole('list', { name: 'Consent history' })).toBeVisible();
    await page
      .getByRole('radiogroup', { name: 'Clothing size: Dress' })
      .getByRole('radio', { name: 'UK 14' })
      .click();
    await shot('preferences');
    await page.getByRole('tab', { name: 'Social Calendar / Key Dates' }).click();
    await expect(page.getByRole('list', { name: 'Key dates' })).toBeVisible();
    await shot('key-dates');
    await page.getByRole('button', { name: '+ Add key date' }).click();
    await page.getByRole('radio', { name: 'February' }).click();
    await shot('key-date-form');
    await page.getByRole('button', { name: 'Keyboard' }).click();
    await page.getByLabel('Description (optional)').focus();
    await shot('key-date-form-keyboard');
    await page.goto('/customers/7004');
    await expect(page.getByRole('alert', { name: 'Customer alert' })).toBeVisible();
    await shot('customer-page');
  });
});
