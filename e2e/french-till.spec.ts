import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The till as configured, in French. */
async function frenchTill(page: Page) {
  const res = await page.request.get('/terminal-config.json');
  const config = (await res.json()) as Record<string, unknown>;
  await page.route('**/terminal-config.json', (route) =>
    route.fulfill({ json: { ...config, locale: 'fr-FR' } }),
  );
}

/** The English words these screens used to show: none may be left on a French till. */
async function expectNoEnglish(region: Locator, words: readonly string[]) {
  const text = await region.innerText();
  expect(words.filter((w) => new RegExp(`\\b${w}\\b`).test(text))).toEqual([]);
}

// Figures in French: a narrow no-break space between thousands ("6 028").
const figure = (digits: string) => new RegExp(`^${digits.replace(/(\d)(\d{3})$/, '$1\\s$2')}`);

test.describe('A French till', () => {
  test('the balance of account 200 in French, and a sale completed in French', async ({ page }) => {
    await frenchTill(page);
    await page.goto('/accounts/200');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    const main = page.getByRole('main');
    await expect(page.getByTestId('balance')).toHaveText(/^6\s028 points$/);
    await expect(main.getByText('Solde', { exact: true })).toBeVisible();
    await expect(main.getByText(/^Numéro client \S+$/)).toBeVisible();
    await expect(main.getByRole('link', { name: 'Fiche client' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Solde du compte' })).toBeVisible();
    await expect(main.getByLabel('Compte', { exact: true })).toContainText('Niveau');
    await expect(main.getByLabel('Client', { exact: true })).toContainText('Contact préféré');
    await expect(main.getByLabel('Compte', { exact: true })).toContainText('Ouvert le');
    await expect(page.getByRole('navigation', { name: 'Principal' })).toContainText(
      'Lire une carte',
    );

    const sale = main.getByRole('region', { name: 'Valider une vente' });
    await expect(sale).toContainText('Points à ajouter');
    await expectNoEnglish(main, [
      'Balance',
      'Customer number',
      'Client details',
      'as of',
      'Account',
      'Scheme',
      'Tier',
      'Currency',
      'Card',
      'Opened',
      'Preferred contact',
      'Contactable',
      'Customer groups',
      'Complete a sale',
      'Points to add',
      'Complete sale',
      'Not on file',
      'Yes',
      'No',
    ]);

    const keypad = sale.getByRole('group', { name: 'Pavé numérique' });
    for (const digit of '150')
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    await sale.getByRole('button', { name: 'Valider la vente' }).click();
    const done = sale.getByRole('status');
    await expect(done).toContainText('Vente validée : +150 points');
    await expect(done).toContainText(/Nouveau solde 6\s178 points/);
    await expect(sale.getByRole('button', { name: 'Client suivant' })).toBeVisible();
    await expectNoEnglish(sale, ['Sale completed', 'New balance', 'Next sale', 'Next customer']);
  });

  test(
    "a member's points in French: figures, history, award and redeem",
    { tag: '@simulator' },
    async ({ page }) => {
      await frenchTill(page);
      await page.goto('/points/CPOL-123185');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
      const main = page.getByRole('main');
      await expect(page.getByTestId('point-balance')).toHaveText(figure('1504'));
      await expect(page.getByTestId('available-points')).toHaveText('504');
      await expect(main.getByLabel('Points', { exact: true })).toContainText('Solde de points');
      await expect(main).toContainText('− Autorisations en cours');
      await expect(main).toContainText('= Utilisables');
      await expect(main.getByRole('heading', { name: 'Historique des points' })).toBeVisible();
      await expect(main.getByRole('columnheader', { name: 'Opération' })).toBeVisible();
      await expect(main.getByRole('table')).toContainText('2 juil. 2020');
      await expect(
        main.getByRole('img', { name: /^Évolution du solde : de 1\s404 le / }),
      ).toBeVisible();
      await expect(main.getByRole('tab', { name: 'Attribuer des points' })).toBeVisible();
      await expect(main.getByRole('tab', { name: 'Utiliser des points' })).toBeVisible();

      await main.getByRole('radio', { name: '12 mois' }).click();
      await expect(main.getByText('Aucun mouvement de points sur cette période.')).toBeVisible();
      await main.getByRole('radio', { name: 'Tout', exact: true }).click();
      await expect(main.getByRole('radio', { name: 'Geste commercial' })).toBeVisible();
      await expectNoEnglish(main, [
        'Point balance',
        'Open authorisations',
        'Available to redeem',
        'Pending points earned',
        'Points history',
        'Period',
        'All',
        'days',
        'months',
        'From',
        'Activity',
        'Reason',
        'Location',
        'Award points',
        'Redeem points',
        'Points to award',
        'Reference',
        'Goodwill',
        'Product Review',
      ]);

      await main.getByRole('tab', { name: 'Utiliser des points' }).click();
      const keypad = main.getByRole('tabpanel').getByRole('group', { name: 'Pavé numérique' });
      for (const digit of '600')
        await keypad.getByRole('button', { name: digit, exact: true }).click();
      await main.getByRole('button', { name: 'Utiliser', exact: true }).click();
      await expect(main.getByRole('alert')).toHaveText(
        'Solde insuffisant : seulement 504 points disponibles, 600 ne peuvent donc pas être utilisés.',
      );
      await expectNoEnglish(main, ['Points to redeem', 'Sale id', 'No Balance Remaining']);
    },
  );
});
