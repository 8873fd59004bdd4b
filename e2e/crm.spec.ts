import { expect, test } from './fixtures';

test.describe('CRM', () => {
  test('search by surname "Baldwin" -> Amelia -> the details are the seed record', async ({
    crmSearch,
    clientDetails,
    page,
  }) => {
    await crmSearch.search({ Surname: 'Baldwin' });
    await expect(crmSearch.results.first()).toContainText('Mrs Amelia Baldwin');
    await expect(crmSearch.results.first()).toContainText('••••0000');
    await expect(page.getByText('14420000')).toHaveCount(0);
    await crmSearch.results.filter({ hasText: 'Amelia Baldwin' }).click();
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
    await expect(clientDetails.heading).toContainText('Mrs Amelia Baldwin');
    const personal = (label: string) => clientDetails.value('Personal details', label);
    await expect(personal('Title')).toHaveText('Mrs');
    await expect(personal('Initials')).toHaveText('AB');
    await expect(personal('Sex')).toHaveText('Female');
    await expect(personal('Date of birth')).toHaveText('3 Feb 1987');
    await expect(personal('Organisation')).toHaveText('Enactor');
    await expect(personal('Type')).toHaveText('Retail');
    const contact = (label: string) => clientDetails.value('Contact details', label);
    await expect(contact('Contact method')).toHaveText('E-mail');
    await expect(contact('Contactable')).toHaveText('No');
    await expect(contact('Address (Home), preferred')).toHaveText(
      '137 Newport Road, Carmel, SG14 3AG, United Kingdom',
    );
    await expect(contact('E-mail, preferred')).toHaveText('rasangi.desilva@enactor.co.uk');
    await expect(contact('Phone (Mobile), preferred')).toHaveText('078 1839 3795');
    // Loyalty from AccountBalanceService, without jumping away to the account.
    await clientDetails.showSection('Loyalty');
    await expect(clientDetails.loyalty.accounts).toHaveText([/Account 200/, /Account 4/]);
    await expect(page).toHaveURL(/\/crm\/customers\/100$/);
  });

  test('by postcode "SG14 3AG", by phone with spaces or +44, and by card', async ({
    crmSearch,
  }) => {
    await crmSearch.search({ Postcode: 'SG14 3AG' });
    await expect(crmSearch.results.filter({ hasText: 'Amelia Baldwin' })).toHaveCount(1);
    await expect(crmSearch.results.filter({ hasText: 'Ricky Gervais' })).toHaveCount(1);
    for (const phone of ['078 1839 3795', '+44 7818 393795', '(078) 1839-3795']) {
      await crmSearch.search({ Phone: phone });
      await expect(crmSearch.results).toHaveCount(1);
      await expect(crmSearch.results).toContainText('Amelia Baldwin');
    }
    await crmSearch.search({ 'Loyalty number': '1442 0000' });
    await expect(crmSearch.results).toHaveCount(1);
    await expect(crmSearch.results).toContainText('Amelia Baldwin');
  });

  test('a search with nothing to search by is refused, not sent', async ({
    crmSearch,
    shell,
    page,
  }) => {
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('CRMCustomerDataService') && r.method() === 'POST') sent.push(r.url());
    });
    await crmSearch.goto();
    await crmSearch.searchButton.click();
    await expect(shell.alert).toContainText('Enter at least one thing to search by');
    expect(sent).toEqual([]);
  });

  test('sort by a column, and page through on the server', async ({ crmSearch }) => {
    await crmSearch.search({ Surname: 's' });
    await expect(crmSearch.range(1, 50)).toBeVisible();
    const firstBySurname = await crmSearch.firstResultText();
    await crmSearch.sortBy('Forename').click();
    await expect(crmSearch.sortBy('Forename, ascending')).toBeChecked();
    await expect(crmSearch.results.first()).not.toHaveText(firstBySurname!);
    await crmSearch.sortBy('Forename').click();
    await expect(crmSearch.sortBy('Forename, descending')).toBeChecked();
    // Read once the descending answer is in, not the ascending one still on screen meanwhile.
    const top = await crmSearch.firstResultText();
    await crmSearch.nextPage.click();
    await expect(crmSearch.range(51, 100)).toBeVisible();
    await expect(crmSearch.results.first()).not.toHaveText(top!);
    await crmSearch.previousPage.click();
    await expect(crmSearch.results.first()).toHaveText(top!);
  });

  test("create Zoë O'Brien-Smith, find her both ways, edit her phone, and it lasts a reload", async ({
    crmSearch,
    customerForm,
    clientDetails,
    customerSearch,
    page,
  }) => {
    const email = `zoe.${Date.now()}@example.co.uk`;
    await crmSearch.goto();
    await crmSearch.newCustomer.click();
    await customerForm.title('Ms');
    await customerForm.firstName.fill('Zoë');
    // The surname on the on-screen keyboard: capitals come after an apostrophe or hyphen.
    await customerForm.surname.focus();
    await customerForm.keyboard.toggle.click();
    await customerForm.keyboard.tap("O'BRIEN-SMITH");
    await expect(customerForm.surname).toHaveValue("O'Brien-Smith");
    await customerForm.keyboard.toggle.click();
    await customerForm.email.fill(email);
    await customerForm.phone.fill('07911 123456');
    await customerForm.street.fill('1 High Street');
    await customerForm.town.fill('Hertford');
    await customerForm.postcode.fill('sg141aa');
    await customerForm.pickDateOfBirth('1991-06-30');
    await expect(customerForm.dateOfBirth).toHaveAccessibleName('Date of birth 30 June 1991');
    await customerForm.save.click();

    await expect(page).toHaveURL(/\/crm\/customers\/\d+$/);
    await expect(clientDetails.heading).toContainText("Ms Zoë O'Brien-Smith");
    const number = /\/crm\/customers\/(\d+)$/.exec(page.url())![1]!;
    await expect(clientDetails.value('Contact details', 'Address (Home), preferred')).toContainText(
      'SG14 1AA',
    );

    await customerSearch.goto();
    await customerSearch.typeAndEnter("zoe o'brien");
    await expect(
      customerSearch.row(new RegExp(`Zoë O'Brien-Smith.*No\\. ${number}`)),
    ).toBeVisible();
    await crmSearch.search({ Surname: "o'brien-smith", 'E-mail': email });
    await expect(crmSearch.results).toHaveCount(1);
    await crmSearch.results.click();

    await clientDetails.edit.click();
    await customerForm.phone.fill('07911 123999');
    await customerForm.save.click();
    await expect(page).toHaveURL(new RegExp(`/crm/customers/${number}$`));
    await expect(clientDetails.value('Contact details', 'Phone (Mobile), preferred')).toHaveText(
      '07911 123999',
    );
    await page.reload();
    await expect(clientDetails.value('Contact details', 'Phone (Mobile), preferred')).toHaveText(
      '07911 123999',
    );
  });

  test('an invalid e-mail: the field says why, the form keeps everything, nothing is sent', async ({
    customerForm,
    page,
  }) => {
    const saves: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('CRMCustomerDataService') && r.method() === 'POST') saves.push(r.url());
    });
    await customerForm.gotoNew();
    await customerForm.firstName.fill('Zoë');
    await customerForm.surname.fill("O'Brien-Smith");
    await customerForm.email.fill('zoe@example');
    await customerForm.save.click();
    await expect(customerForm.email).toHaveAttribute('aria-invalid', 'true');
    await expect(customerForm.email).toHaveAccessibleDescription(
      'Enter an e-mail address like name@example.co.uk.',
    );
    await expect(customerForm.firstName).toHaveValue('Zoë');
    await expect(customerForm.surname).toHaveValue("O'Brien-Smith");
    expect(saves).toEqual([]);
  });

  test(
    "the server's field message (an e-mail another customer has) lands on the field",
    // Relies on the simulator's duplicate e-mail rule and its generated customers.
    { tag: '@simulator' },
    async ({ customerForm, page }) => {
      await customerForm.gotoNew();
      await customerForm.firstName.fill('Another');
      await customerForm.surname.fill('Baldwin');
      // A generated customer of the simulator already has this address.
      await customerForm.email.fill('aoife.smith@example.co.uk');
      await customerForm.save.click();
      await expect(customerForm.email).toHaveAttribute('aria-invalid', 'true');
      await expect(customerForm.email).toHaveAccessibleDescription(/already used by customer \d+/);
      await expect(customerForm.surname).toHaveValue('Baldwin');
      await expect(page).toHaveURL(/\/crm\/new$/);
    },
  );

  test(
    'two tills edit one customer: the later save is told, not silently applied',
    // Creates its customer through the simulator's test-data door.
    { tag: '@simulator' },
    async ({ customerForm, otherTill, simulator, page }) => {
      const { customerNumber } = await simulator.addCustomer({
        title: 'Mr',
        forename: 'Conrad',
        surname: `Clash${Date.now()}`,
        street1: '2 Mill Lane',
        town: 'Ware',
        postCode: 'SG12 9AA',
      });
      const other = otherTill.customerForm;
      await customerForm.gotoEdit(customerNumber);
      await other.gotoEdit(customerNumber);

      await customerForm.phone.fill('07911 123111');
      await customerForm.save.click();
      await expect(page).toHaveURL(new RegExp(`/crm/customers/${customerNumber}$`));

      await other.town.fill('Hertford');
      await other.save.click();
      await expect(other.conflict).toBeVisible();
      await expect(other.town).toHaveValue('Hertford');
      await other.useTheirVersion();
      await expect(other.phone).toHaveValue('07911 123111');
      await expect(other.town).toHaveValue('Ware');
      await other.town.fill('Hertford');
      await other.save.click();
      await expect(otherTill.page).toHaveURL(new RegExp(`/crm/customers/${customerNumber}$`));
      const contact = (label: string) => otherTill.clientDetails.value('Contact details', label);
      await expect(contact('Phone (Mobile), preferred')).toHaveText('07911 123111');
      await expect(contact('Address (Home), preferred')).toContainText('Hertford');
    },
  );
});
