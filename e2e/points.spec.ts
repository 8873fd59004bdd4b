import type { Page } from '@playwright/test';
import { AGAINST_SIMULATOR, expect, test } from './fixtures';

/** The points screen of a member, once its figures are in. */
async function openMember(page: Page, customerNumber: string) {
  await page.goto(`/points/${customerNumber}`);
  await expect(page.getByTestId('point-balance')).toBeVisible();
}

const figures = (page: Page) => ({
  balance: page.getByTestId('point-balance'),
  open: page.getByTestId('open-authorisations'),
  available: page.getByTestId('available-points'),
});

async function tapPoints(page: Page, digits: string) {
  const keypad = page.getByRole('tabpanel').getByRole('group', { name: 'Numeric keypad' });
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
}

/** The reference the till fills in (its own unused id), once it has. */
async function tillReference(page: Page): Promise<string> {
  const field = page.getByRole('textbox', { name: 'Reference' });
  await expect(field).toHaveValue(/^E2E-01-\d{13,}$/);
  return field.inputValue();
}

const history = (page: Page) => page.getByRole('table').getByRole('row');

test.describe('Points programme', () => {
  test.skip(!AGAINST_SIMULATOR, "needs the simulator's seed members, ledger and fault switch");

  test("open a member from Customer Search: the seed's figures and three history rows", async ({
    searchPage,
    page,
  }) => {
    await searchPage.goto();
    await searchPage.typeAndEnter('chloe porter');
    await searchPage.row(/Chloe Porter/).click();
    const card = page.getByRole('region', { name: 'Points programme' });
    await expect(card).toContainText('Loyalty program 1: 504 points available');
    await card.getByRole('button', { name: 'Points, award and redeem' }).click();
    await expect(page).toHaveURL(/\/points\/CPOL-123185$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ms Chloe Porter');

    const f = figures(page);
    await expect(f.balance).toHaveText('1,504');
    await expect(f.open).toHaveText('1,000');
    await expect(f.available).toHaveText('504');
    await expect(page.getByText('Return Listing of CP Earning Rule Descriptions')).toBeVisible();
    await expect(page.getByText('Return Listing of CP Redemption Rule Descriptions')).toBeVisible();
    await expect(page.getByText(/^active$/i)).toBeVisible();
    // Header row + the seed's three, newest first, dates in the till's locale.
    await expect(history(page)).toHaveCount(4);
    await expect(history(page).nth(1)).toContainText('2 Jul 2020');
    await expect(history(page).nth(3)).toContainText(/29 Nov 2015.*Historical Summary.*1,404/);
    await expect(
      page.getByRole('img', { name: /Balance over time: from 1,404 .* to 1,504/ }),
    ).toBeVisible();

    // The period filter narrows to the last 12 months: the seed's rows are older.
    await page.getByRole('radio', { name: '12 months' }).click();
    await expect(page.getByText('No points activity in this period.')).toBeVisible();
    await page.getByRole('radio', { name: 'All' }).click();
    await expect(history(page)).toHaveCount(4);
  });

  test('earn 100 for a Facebook Share: balance and history update, once', async ({
    page,
    simulator,
  }) => {
    await openMember(page, 'CPOL-123185');
    await page.getByRole('radio', { name: 'Facebook Share' }).click();
    const reference = await tillReference(page);
    await tapPoints(page, '100');
    await page.getByRole('button', { name: 'Award points' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Points awarded' })).toContainText(
      '+100 points · Facebook Share',
    );
    const f = figures(page);
    await expect(f.balance).toHaveText('1,604');
    await expect(f.available).toHaveText('604');
    await expect(history(page).filter({ hasText: reference })).toContainText('Facebook Share');
    const member = await simulator.member('CPOL-123185');
    expect(member.History.filter((h) => h.Document === reference)).toHaveLength(1);
  });

  test('authorise 1,000: available drops and open authorisations rise', async ({ page }) => {
    await openMember(page, '2059378440');
    const f = figures(page);
    await expect(f.available).toHaveText('2,500');
    await page.getByRole('tab', { name: 'Redeem points' }).click();
    await tapPoints(page, '1000');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Authorised' })).toContainText(
      /Authorised 1,000 points against sale E2E-01-\d+/,
    );
    await expect(f.balance).toHaveText('2,500');
    await expect(f.open).toHaveText('1,000');
    await expect(f.available).toHaveText('1,500');
    await expect(history(page).nth(1)).toContainText(/Pending Charge.*\(1,000 held\)/);
  });

  test('more than available: "No Balance Remaining", from the till and from the server', async ({
    page,
    simulator,
  }) => {
    const authorizeCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/Loyalty/Authorize') && r.method() === 'POST')
        authorizeCalls.push(r.url());
    });
    await openMember(page, 'CPOL-123185');
    await page.getByRole('tab', { name: 'Redeem points' }).click();
    await tapPoints(page, '505');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      'No Balance Remaining: only 504 points are available',
    );
    expect(authorizeCalls).toEqual([]);

    // Another till holds 2,000 of this member's 2,500 after the screen loaded: the till's own
    // check passes on what it shows, and the server's refusal is shown as it comes.
    await openMember(page, '2059378440');
    await simulator.authorizeElsewhere('2059378440', 'OTHER-TILL-1', 2000);
    await page.getByRole('tab', { name: 'Redeem points' }).click();
    await tapPoints(page, '1000');
    await page.getByRole('button', { name: 'Redeem', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The points programme refused: No Balance Remaining');
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    // The figures were asked for again: the other till's hold is now on screen.
    await expect(figures(page).available).toHaveText('500');
    expect(authorizeCalls).toHaveLength(1);
  });

  test('earn while the programme is down: pending, then delivered once', async ({
    page,
    simulator,
  }) => {
    await openMember(page, '2059378440');
    await simulator.down('Loyalty/Earn');
    const reference = await tillReference(page);
    await tapPoints(page, '100');
    await page.getByRole('button', { name: 'Award points' }).click();
    await expect(page.getByText('Saved on this till, not sent yet: +100 points')).toBeVisible();
    await expect(page.getByText("Can't reach the points programme")).toBeVisible();
    await expect(page.getByRole('link', { name: /^Pending updates: / })).toHaveAccessibleName(
      'Pending updates: 1',
    );
    await expect(figures(page).balance).toHaveText('2,500');

    await simulator.up();
    await expect(page.getByRole('status').filter({ hasText: 'Points awarded' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(figures(page).balance).toHaveText('2,600');
    const member = await simulator.member('2059378440');
    expect(member.PointBalance).toBe(2600);
    expect(member.History.filter((h) => h.Document === reference)).toHaveLength(1);
  });
});

test.describe('A reference used before', () => {
  test.skip(!AGAINST_SIMULATOR, "needs the simulator's seed members and fault switch");

  test('typed again for this member: said, a new one offered, never the first award shown', async ({
    page,
    simulator,
  }) => {
    await openMember(page, '2059378440');
    // The first award waits on the till (the programme is down), so only the till knows it.
    await simulator.down('Loyalty/Earn');
    const reference = await tillReference(page);
    await tapPoints(page, '100');
    await page.getByRole('button', { name: 'Award points' }).click();
    await expect(page.getByText('Saved on this till, not sent yet: +100 points')).toBeVisible();

    await page.getByRole('button', { name: 'Award more points' }).click();
    expect(await tillReference(page)).not.toBe(reference);
    await page.getByRole('textbox', { name: 'Reference' }).fill(reference);
    await tapPoints(page, '50');
    await page.getByRole('button', { name: 'Award points' }).click();
    const reused = page.getByRole('alert').filter({ hasText: 'already used' });
    await expect(reused).toContainText(
      new RegExp(
        `^Reference ${reference} was already used for this member \\(.+\\): use a new reference`,
      ),
    );
    // Not the first award's progress: nothing is shown as sending, saved or awarded.
    await expect(page.getByText(/Saved on this till|Points awarded|Sending/)).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Pending updates: / })).toHaveAccessibleName(
      'Pending updates: 1',
    );

    await reused.getByRole('button', { name: 'Use a new reference' }).click();
    await expect(reused).toHaveCount(0);
    const fresh = await tillReference(page);
    expect(fresh).not.toBe(reference);
    await page.getByRole('button', { name: 'Award points' }).click();
    await expect(page.getByText('Saved on this till, not sent yet: +50 points')).toBeVisible();

    await simulator.up();
    await expect(page.getByRole('status').filter({ hasText: 'Points awarded' })).toContainText(
      '+50 points',
      { timeout: 20_000 },
    );
    await expect.poll(async () => (await simulator.member('2059378440')).PointBalance).toBe(2650);
    const member = await simulator.member('2059378440');
    expect(member.History.filter((h) => h.Document === reference)).toMatchObject([
      { PointAmount: 100 },
    ]);
    expect(member.History.filter((h) => h.Document === fresh)).toMatchObject([{ PointAmount: 50 }]);
  });

  test("one in the member's history (seed 003's Earn example): said, and nothing is sent", async ({
    page,
  }) => {
    const earns: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/Loyalty/Earn') && r.method() === 'POST') earns.push(r.url());
    });
    await openMember(page, 'CPOL-123185');
    await tillReference(page);
    await page.getByRole('textbox', { name: 'Reference' }).fill('123456789');
    await tapPoints(page, '100');
    await page.getByRole('button', { name: 'Award points' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'already used' })).toContainText(
      'Reference 123456789 was already used for this member (2 Jul 2020): use a new reference',
    );
    await expect(page.getByText(/Saved on this till|Points awarded|Sending/)).toHaveCount(0);
    await expect(figures(page).balance).toHaveText('1,504');
    expect(earns).toEqual([]);
  });
});

test('a wrong token: the cashier is told the till must be signed in again, and nothing retries', async ({
  page,
}) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/Loyalty/') && r.method() !== 'OPTIONS') calls.push(r.url());
  });
  await page.route('**/terminal-config.json', async (route) => {
    const config = (await (await route.fetch()).json()) as { loyaltyProgramme: { token: string } };
    config.loyaltyProgramme.token = 'expired-token';
    await route.fulfill({ json: config });
  });
  await page.goto('/points/CPOL-123185');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    "The points programme did not accept this till's sign-in (HTTP 401)",
  );
  await expect(alert).toContainText('The till must be signed in again');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(calls).toHaveLength(1);
});
