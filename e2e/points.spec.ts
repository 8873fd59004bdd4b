import { expect, test } from './fixtures';

// The simulator's seed members, its ledger and its fault switch: a real server has none of them.
test.describe('Points programme', { tag: '@simulator' }, () => {
  test("open a member from Customer Search: the seed's figures and three history rows", async ({
    customerSearch,
    customerPage,
    points,
    page,
  }) => {
    await customerSearch.goto();
    await customerSearch.typeAndEnter('chloe porter');
    await customerSearch.row(/Chloe Porter/).click();
    await expect(customerPage.pointsCard).toContainText('Loyalty program 1: 504 points available');
    await customerPage.openPoints();
    await expect(page).toHaveURL(/\/points\/CPOL-123185$/);
    await expect(points.heading).toContainText('Ms Chloe Porter');

    await expect(points.balance).toHaveText('1,504');
    await expect(points.openAuthorisations).toHaveText('1,000');
    await expect(points.available).toHaveText('504');
    await expect(page.getByText('Return Listing of CP Earning Rule Descriptions')).toBeVisible();
    await expect(page.getByText('Return Listing of CP Redemption Rule Descriptions')).toBeVisible();
    await expect(page.getByText(/^active$/i)).toBeVisible();
    // Header row + the seed's three, newest first, dates in the till's locale.
    await expect(points.history).toHaveCount(4);
    await expect(points.history.nth(1)).toContainText('2 Jul 2020');
    await expect(points.history.nth(3)).toContainText(/29 Nov 2015.*Historical Summary.*1,404/);
    await expect(points.chart(/Balance over time: from 1,404 .* to 1,504/)).toBeVisible();

    // The period filter narrows to the last 12 months: the seed's rows are older.
    await points.choose('12 months');
    await expect(page.getByText('No points activity in this period.')).toBeVisible();
    await points.choose('All');
    await expect(points.history).toHaveCount(4);
  });

  test('earn 100 for a Facebook Share: balance and history update, once', async ({
    points,
    shell,
    simulator,
  }) => {
    await points.goto('CPOL-123185');
    await points.choose('Facebook Share');
    const reference = await points.tillReference();
    await points.keypad.tap('100');
    await points.award.click();
    await expect(shell.status('Points awarded')).toContainText('+100 points · Facebook Share');
    await expect(points.balance).toHaveText('1,604');
    await expect(points.available).toHaveText('604');
    await expect(points.history.filter({ hasText: reference })).toContainText('Facebook Share');
    const member = await simulator.member('CPOL-123185');
    expect(member.History.filter((h) => h.Document === reference)).toHaveLength(1);
  });

  test('authorise 1,000: available drops and open authorisations rise', async ({
    points,
    shell,
  }) => {
    await points.goto('2059378440');
    await expect(points.available).toHaveText('2,500');
    await points.redeemTab.click();
    await points.keypad.tap('1000');
    await points.redeem.click();
    await expect(shell.status('Authorised')).toContainText(
      /Authorised 1,000 points against sale E2E-01-\d+/,
    );
    await expect(points.balance).toHaveText('2,500');
    await expect(points.openAuthorisations).toHaveText('1,000');
    await expect(points.available).toHaveText('1,500');
    await expect(points.history.nth(1)).toContainText(/Pending Charge.*\(1,000 held\)/);
  });

  test('more than available: "No Balance Remaining", from the till and from the server', async ({
    points,
    shell,
    simulator,
    page,
  }) => {
    const authorizeCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/Loyalty/Authorize') && r.method() === 'POST')
        authorizeCalls.push(r.url());
    });
    await points.goto('CPOL-123185');
    await points.redeemTab.click();
    await points.keypad.tap('505');
    await points.redeem.click();
    await expect(shell.alert).toContainText('No Balance Remaining: only 504 points are available');
    expect(authorizeCalls).toEqual([]);

    // Another till holds 2,000 of this member's 2,500 after the screen loaded: the till's own
    // check passes on what it shows, and the server's refusal is shown as it comes.
    await points.goto('2059378440');
    await simulator.authorizeElsewhere('2059378440', 'OTHER-TILL-1', 2000);
    await points.redeemTab.click();
    await points.keypad.tap('1000');
    await points.redeem.click();
    await expect(shell.alert).toContainText('The points programme refused: No Balance Remaining');
    await expect(shell.alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    // The figures were asked for again: the other till's hold is now on screen.
    await expect(points.available).toHaveText('500');
    expect(authorizeCalls).toHaveLength(1);
  });

  test('earn while the programme is down: pending, then delivered once', async ({
    points,
    shell,
    simulator,
    page,
  }) => {
    await points.goto('2059378440');
    await simulator.down('Loyalty/Earn');
    const reference = await points.tillReference();
    await points.keypad.tap('100');
    await points.award.click();
    await expect(page.getByText('Saved on this till, not sent yet: +100 points')).toBeVisible();
    await expect(page.getByText("Can't reach the points programme")).toBeVisible();
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');
    await expect(points.balance).toHaveText('2,500');

    await simulator.up();
    await expect(shell.status('Points awarded')).toBeVisible({ timeout: 20_000 });
    await expect(points.balance).toHaveText('2,600');
    const member = await simulator.member('2059378440');
    expect(member.PointBalance).toBe(2600);
    expect(member.History.filter((h) => h.Document === reference)).toHaveLength(1);
  });
});

// The simulator's seed members and its fault switch.
test.describe('A reference used before', { tag: '@simulator' }, () => {
  test('typed again for this member: said, a new one offered, never the first award shown', async ({
    page,
    points,
    shell,
    simulator,
  }) => {
    await points.goto('2059378440');
    // The first award waits on the till (the programme is down), so only the till knows it.
    await simulator.down('Loyalty/Earn');
    const reference = await points.tillReference();
    await points.keypad.tap('100');
    await points.award.click();
    await expect(page.getByText('Saved on this till, not sent yet: +100 points')).toBeVisible();

    await page.getByRole('button', { name: 'Award more points' }).click();
    expect(await points.tillReference()).not.toBe(reference);
    await points.reference.fill(reference);
    await points.keypad.tap('50');
    await points.award.click();
    const reused = shell.alert.filter({ hasText: 'already used' });
    await expect(reused).toContainText(
      new RegExp(
        `^Reference ${reference} was already used for this member \\(.+\\): use a new reference`,
      ),
    );
    // Not the first award's progress: nothing is shown as sending, saved or awarded.
    await expect(page.getByText(/Saved on this till|Points awarded|Sending/)).toHaveCount(0);
    await expect(shell.pendingLink).toHaveAccessibleName('Pending updates: 1');

    await reused.getByRole('button', { name: 'Use a new reference' }).click();
    await expect(reused).toHaveCount(0);
    const fresh = await points.tillReference();
    expect(fresh).not.toBe(reference);
    await points.award.click();
    await expect(page.getByText('Saved on this till, not sent yet: +50 points')).toBeVisible();

    await simulator.up();
    await expect(shell.status('Points awarded')).toContainText('+50 points', { timeout: 20_000 });
    await expect.poll(async () => (await simulator.member('2059378440')).PointBalance).toBe(2650);
    const member = await simulator.member('2059378440');
    expect(member.History.filter((h) => h.Document === reference)).toMatchObject([
      { PointAmount: 100 },
    ]);
    expect(member.History.filter((h) => h.Document === fresh)).toMatchObject([{ PointAmount: 50 }]);
  });

  test("one in the member's history (seed 003's Earn example): said, and nothing is sent", async ({
    page,
    points,
    shell,
  }) => {
    const earns: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/Loyalty/Earn') && r.method() === 'POST') earns.push(r.url());
    });
    await points.goto('CPOL-123185');
    await points.tillReference();
    await points.reference.fill('123456789');
    await points.keypad.tap('100');
    await points.award.click();
    await expect(shell.alert.filter({ hasText: 'already used' })).toContainText(
      'Reference 123456789 was already used for this member (2 Jul 2020): use a new reference',
    );
    await expect(page.getByText(/Saved on this till|Points awarded|Sending/)).toHaveCount(0);
    await expect(points.balance).toHaveText('1,504');
    expect(earns).toEqual([]);
  });
});

test('a wrong token: the cashier is told the till must be signed in again, and nothing retries', async ({
  page,
  shell,
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
  await expect(shell.alert).toContainText(
    "The points programme did not accept this till's sign-in (HTTP 401)",
  );
  await expect(shell.alert).toContainText('The till must be signed in again');
  await expect(shell.alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(calls).toHaveLength(1);
});
