import type { Page } from '@playwright/test';
import { expect, smallTargets, test } from './fixtures';
import { CUSTOMER_SEARCH_FR_FR, CustomerSearchPage } from './pages/customer-search-page';

/**
 * The script files the page fetches, by name without their hash (`start--de-DE`,
 * `phone-rules`). Messages come in chunks named `<group>--<language>`.
 */
function scriptsFetched(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    const name = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname)?.[1];
    if (name) names.push(name);
  });
  return names;
}

/** The till as configured, in another locale (and whatever else is given). */
async function tillIn(page: Page, changes: Record<string, unknown>) {
  const res = await page.request.get('/terminal-config.json');
  const config = (await res.json()) as Record<string, unknown>;
  await page.route('**/terminal-config.json', (route) =>
    route.fulfill({ json: { ...config, ...changes } }),
  );
}

test.describe('A till in another language', () => {
  test('German: QWERTZ with Ü and Shift, accents on a held key, a German date picker, 48-px targets', async ({
    page,
  }) => {
    await tillIn(page, { locale: 'de-DE' });
    const fetched = scriptsFetched(page);
    await page.goto('/crm/new');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByLabel('Vorname *')).toBeVisible();
    // German messages only: start-up's and the form's feature's; the phone rules came with
    // the form that needs them.
    const messages = fetched.filter((n) => /--[a-z]{2}-[A-Z]{2}$/.test(n));
    expect(messages).toEqual(expect.arrayContaining(['start--de-DE', 'crm--de-DE']));
    expect(messages.filter((n) => !n.endsWith('--de-DE'))).toEqual([]);
    expect(fetched).toContain('phone-rules');
    await page.getByLabel('Vorname *').focus();
    await page.getByRole('button', { name: 'Tastatur' }).click();
    const keys = page.getByRole('group', { name: 'Bildschirmtastatur' });
    const key = (name: string) => keys.getByRole('button', { name, exact: true });
    expect(await smallTargets(page)).toEqual([]);

    // Z, O, then E held for its accents: Ë.
    await key('Z').click();
    await key('O').click();
    await key('E').dispatchEvent('pointerdown');
    const accents = page.getByRole('menu', { name: 'Akzente für E' });
    await expect(accents).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await accents.getByRole('menuitem', { name: 'Ë' }).click();
    await expect(page.getByLabel('Vorname *')).toHaveValue('Zoë');

    // The surname on QWERTZ, its own Ü key; Umschalt keeps a capital where the field would not.
    await page.getByLabel('Nachname *').focus();
    for (const k of 'MÜLLER-L') await key(k).click();
    await key('Umschalt').click();
    await key('Ü').click();
    for (const k of 'DENSCHEIDT') await key(k).click();
    await expect(page.getByLabel('Nachname *')).toHaveValue('Müller-LÜdenscheidt');
    await page.getByRole('button', { name: 'Tastatur' }).click();

    await page.getByRole('button', { name: 'Geburtsdatum Datum wählen' }).click();
    const picker = page.getByRole('dialog', { name: 'Geburtsdatum' });
    await expect(picker.getByRole('radiogroup', { name: 'Monat' })).toContainText('Mär');
    expect(await smallTargets(page)).toEqual([]);
    await picker
      .getByRole('radiogroup', { name: 'Monat' })
      .getByRole('radio', { name: 'Februar' })
      .click();
    await picker.getByRole('radio', { name: /^3\. Februar \d{4}$/ }).click();
    await expect(
      page.getByRole('button', { name: /^Geburtsdatum 3\. Februar \d{4}$/ }),
    ).toBeVisible();
  });

  test('French: AZERTY and a French error screen for a bad file', async ({ page }) => {
    const customerSearch = new CustomerSearchPage(page, CUSTOMER_SEARCH_FR_FR);
    await tillIn(page, { locale: 'fr-FR' });
    const fetched = scriptsFetched(page);
    await customerSearch.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    // French messages only, start-up's among them; Customer Search needs no phone rules:
    // start-up does not fetch them.
    const messages = fetched.filter((n) => /--[a-z]{2}-[A-Z]{2}$/.test(n));
    expect(messages).toContain('start--fr-FR');
    expect(messages.filter((n) => !n.endsWith('--fr-FR'))).toEqual([]);
    expect(fetched).not.toContain('phone-rules');
    const keys = page.getByRole('group', { name: "Clavier à l'écran" });
    // Beside the results on a wide screen; behind the Keyboard button on a small one.
    if (!(await keys.isVisible())) await page.getByRole('button', { name: 'Clavier' }).click();
    const rows = keys.locator(':scope > div');
    await expect(rows.nth(1)).toHaveText(/^AZERTYUIOP$/);
    // The one box (Any) takes e-mail addresses too: its keyboard has @ and _ at the end.
    await expect(rows.nth(3)).toHaveText(/^⇧WXCVBN'-\.@_$/);
    expect(await smallTargets(page)).toEqual([]);

    await page.unrouteAll();
    await page.route('**/terminal-config.json', (route) =>
      route.fulfill({ json: { mode: 'live', locale: 'fr-FR', currency: 'euros' } }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('terminal-config.json contient des champs incorrects');
    await expect(alert).toContainText('currency : doit être un code ISO 4217');
    await expect(alert).toContainText('deviceId : est absent');
    await expect(page.getByRole('button', { name: 'Recharger' })).toBeVisible();
  });

  test(
    'training in France: generated customers of France, found by a Paris postcode',
    {
      tag: '@simulator',
    },
    async ({ page }) => {
      const customerSearch = new CustomerSearchPage(page, CUSTOMER_SEARCH_FR_FR);
      await tillIn(page, {
        mode: 'training',
        locale: 'fr-FR',
        training: { customers: 2000, latencyMs: 0 },
      });
      await customerSearch.goto();
      await customerSearch.by('Postcode');
      await customerSearch.typeAndEnter('75011');
      await expect(customerSearch.results.getByRole('listitem').first()).toContainText(
        'Paris, 75011',
      );
    },
  );
});

test.describe('A till in France', () => {
  test.use({ language: 'fr-FR' });

  test(
    'CRM in French: a Paris customer found and opened, a new one typed on AZERTY with é and è, found again by name and phone',
    { tag: '@simulator' },
    async ({ page, crmSearch, clientDetails, customerForm }) => {
      await tillIn(page, {
        mode: 'training',
        locale: 'fr-FR',
        training: { customers: 2000, latencyMs: 0 },
      });
      await crmSearch.goto();
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
      await expect(crmSearch.heading).toBeVisible();
      await expect(crmSearch.newCustomer).toBeVisible();

      // Nothing to search by: refused, in French.
      await crmSearch.searchButton.click();
      await expect(page.getByRole('alert')).toContainText('Saisissez au moins un critère');

      // A generated customer of Paris, found by postcode and opened: Client Details in French.
      await crmSearch.searchAgain({ 'Code postal': '75011' });
      await expect(crmSearch.results.first()).toContainText(/Paris\s*75011/);
      await crmSearch.results.first().click();
      await expect(clientDetails.sections.getByRole('button', { name: 'Identité' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Informations personnelles' })).toBeVisible();
      await expect(clientDetails.value('Informations personnelles', 'Sexe')).toHaveText(
        /^(Femme|Homme)$/,
      );
      await expect(clientDetails.value('Coordonnées', 'Moyen de contact')).toHaveText(
        /^(E-mail|Téléphone|Courrier|SMS)$/,
      );
      await expect(clientDetails.section('Coordonnées')).toContainText('75011');
      await expect(clientDetails.edit).toBeVisible();
      await expect(clientDetails.transactionHistory).toBeVisible();
      await expect(page.getByText(/^Fiche mise à jour le /)).toBeVisible();

      // A new customer: the accented names typed on AZERTY, é and è held for.
      await clientDetails.clientSearch.click();
      await crmSearch.newCustomer.click();
      await expect(page.getByRole('form', { name: 'Nouveau client' })).toBeVisible();
      await customerForm.firstName.focus();
      await customerForm.keyboard.open();
      await expect(customerForm.keyboard.group.locator(':scope > div').nth(1)).toHaveText(
        /^AZERTYUIOP$/,
      );
      await customerForm.keyboard.tap('AM');
      await customerForm.keyboard.accent('E', 'É');
      await customerForm.keyboard.tap('LIE');
      await expect(customerForm.firstName).toHaveValue('Amélie');
      await customerForm.surname.focus();
      await customerForm.keyboard.tap('LEF');
      await customerForm.keyboard.accent('E', 'È');
      await customerForm.keyboard.tap('VRE');
      await expect(customerForm.surname).toHaveValue('Lefèvre');
      expect(await smallTargets(page)).toEqual([]);
      await customerForm.keyboard.toggle.click();

      // A French phone and postcode; a bad postcode first, refused in French.
      await customerForm.phone.fill('06 12 34 56 78');
      await customerForm.street.fill('12 rue de Rivoli');
      await customerForm.town.fill('Paris');
      await customerForm.postcode.fill('7500');
      await customerForm.save.click();
      await expect(page.getByRole('alert').first()).toContainText(
        'Corrigez le champ signalé ci-dessous, puis touchez Enregistrer',
      );
      await customerForm.postcode.fill('75001');
      await customerForm.save.click();

      await expect(page).toHaveURL(/\/crm\/customers\/[^/]+$/);
      await expect(clientDetails.heading).toContainText('Amélie Lefèvre');
      await expect(clientDetails.heading).toContainText('N° ');
      const contact = clientDetails.section('Coordonnées');
      await expect(contact).toContainText('06 12 34 56 78');
      await expect(contact).toContainText('12 rue de Rivoli, Paris, 75001');
      await expect(clientDetails.value('Coordonnées', "Accepte d'être contacté")).toHaveText('Oui');

      // Found again by name (accents as typed) and by phone, within the app: a training till
      // keeps its new customers until the page is loaded again.
      await clientDetails.clientSearch.click();
      await crmSearch.searchAgain({ Nom: 'Lefèvre', Prénom: 'Amélie' });
      await expect(crmSearch.results.filter({ hasText: 'Amélie Lefèvre' })).toHaveCount(1);
      await crmSearch.searchAgain({ Téléphone: '06 12 34 56 78' });
      await expect(crmSearch.results.filter({ hasText: 'Amélie Lefèvre' })).toHaveCount(1);
      await expect(crmSearch.results.first()).toContainText(/Paris\s*75001/);
      await crmSearch.results.filter({ hasText: 'Amélie Lefèvre' }).click();
      await expect(clientDetails.heading).toContainText('Amélie Lefèvre');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
    },
  );
});
