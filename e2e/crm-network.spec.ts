import { expect, smallTargets, test } from './fixtures';

/**
 * The CRM network: relationships (added through Client Search, shown from both sides),
 * affiliated customers, and Edit starting from Load Customer Details. Relationships saved
 * are forgotten before each test (the crm ledger fixture), so every journey starts from the
 * seed: Aspen Green (7004) is Amelia Baldwin's (100) assistant.
 */
test.describe('CRM network', () => {
  test(
    'Amelia -> Relationships -> add Aspen Green as sibling, picked in Client Search -> Aspen sees Amelia after a reload; removed, gone on both',
    { tag: '@simulator' },
    async ({ crmLedger, operator, clientDetails, crmSearch, relationships, page }, testInfo) => {
      void crmLedger;
      void operator;
      await clientDetails.goto('100');
      await expect(clientDetails.heading).toContainText('Mrs Amelia Baldwin');
      await clientDetails.relationships.click();
      await expect(relationships.heading).toContainText('Relationships of Mrs Amelia Baldwin');
      await expect(relationships.row('7004')).toContainText('Assistant');

      await relationships.add.click();
      await expect(crmSearch.pickBanner).toContainText('Amelia Baldwin');
      await crmSearch.searchHere({ Forename: 'Aspen', Surname: 'Green' });
      await page.screenshot({ path: testInfo.outputPath('pick-in-client-search.png') });
      await crmSearch.results.filter({ hasText: 'Aspen Green' }).click();
      await expect(page).toHaveURL(/\/crm\/customers\/100\/relationships$/);
      await expect(relationships.editor).toContainText('Mrs Aspen Green');
      await relationships.choose('Sibling');
      await page.screenshot({ path: testInfo.outputPath('relationship-editor.png') });
      await relationships.save.dblclick();
      await expect(relationships.editor).toHaveCount(0);
      await expect(relationships.row('7004')).toContainText('Sibling');
      await expect(relationships.list.getByRole('listitem')).toHaveCount(1);
      await page.screenshot({ path: testInfo.outputPath('relationships.png') });
      expect(await smallTargets(page)).toEqual([]);

      // One tap to Aspen; her side, read afresh from the server, shows Amelia as her sibling.
      await relationships.row('7004').click();
      await expect(clientDetails.heading).toContainText('Mrs Aspen Green');
      await clientDetails.relationships.click();
      await page.reload();
      await expect(relationships.row('100')).toContainText('Mrs Amelia Baldwin');
      await expect(relationships.row('100')).toContainText('Sibling');

      await relationships.remove('Amelia Baldwin');
      await expect(relationships.none).toBeVisible();
      await relationships.goto('100');
      await expect(relationships.none).toBeVisible();
    },
  );

  test(
    'a change of type shows on both sides; the pick can be cancelled',
    { tag: '@simulator' },
    async ({ crmLedger, operator, crmSearch, relationships, page }) => {
      void crmLedger;
      void operator;
      await relationships.goto('100');
      await relationships.add.click();
      await crmSearch.pickBanner.getByRole('button', { name: 'Cancel the choice' }).click();
      await expect(page).toHaveURL(/\/crm\/customers\/100\/relationships$/);
      await expect(relationships.editor).toHaveCount(0);

      await relationships.changeType('Aspen Green');
      await relationships.choose('Spouse or partner');
      await relationships.save.click();
      await expect(relationships.row('7004')).toContainText('Spouse or partner');
      await relationships.goto('7004');
      await expect(relationships.row('100')).toContainText('Spouse or partner');
    },
  );

  test(
    'the answer lost after the save was stored: the form stays, Try again sends the same pair',
    { tag: '@simulator' },
    async ({ crmLedger, operator, simulator, relationships, page }) => {
      void crmLedger;
      void operator;
      const sent: string[] = [];
      page.on('request', (r) => {
        const body = r.postData() ?? '';
        if (body.includes('crm:saveCustomerRelationships')) sent.push(body);
      });
      await relationships.goto('100');
      // The server stores it, then the connection drops before the answer. Chromium resends a
      // POST once per idle keep-alive connection that drops: armed for more, then lifted.
      await simulator.fault({
        kind: 'disconnect',
        count: 10,
        operation: 'saveCustomerRelationships',
      });
      await relationships.changeType('Aspen Green');
      await relationships.choose('Child');
      await relationships.save.click();
      const tryAgain = relationships.editor.getByRole('button', { name: 'Try again' });
      await expect(tryAgain).toBeVisible();
      await expect(relationships.editor.getByRole('radio', { name: 'Child' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await simulator.clearFaults();
      await tryAgain.click();
      await expect(relationships.editor).toHaveCount(0);
      await expect(relationships.row('7004')).toContainText('Child');
      // Every send carried the same change: the pair and its type.
      const change = (body: string) =>
        /<retail:customerRelationship>(.*?)<\/retail:customerRelationship>/.exec(body)?.[1];
      expect(sent.length).toBeGreaterThanOrEqual(2);
      expect(new Set(sent.map(change))).toEqual(new Set([change(sent[0]!)]));
      expect(change(sent[0]!)).toContain(
        '<retail:relatedCustomerId>7004</retail:relatedCustomerId>',
      );
      await relationships.goto('7004');
      await expect(relationships.row('100')).toContainText('Parent');
      await expect(relationships.list.getByRole('listitem')).toHaveCount(1);
    },
  );

  test("Amelia's affiliated customers: her household first, each one tap to its details", async ({
    clientDetails,
    page,
  }, testInfo) => {
    await clientDetails.goto('100');
    const ricky = clientDetails.affiliated.getByRole('button', { name: /Ricky Gervais/ });
    await expect(ricky).toContainText('Household');
    await expect(clientDetails.affiliated.getByRole('button')).toHaveCount(5);
    await expect(
      clientDetails.affiliated.getByRole('button').filter({ hasText: 'Company: Enactor' }),
    ).toHaveCount(4);
    await clientDetails.relationships.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('personal-details.png') });
    await ricky.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('affiliated.png') });
    expect(await smallTargets(page)).toEqual([]);
    await ricky.click();
    await expect(page).toHaveURL(/\/crm\/customers\/00100$/);
    await expect(clientDetails.heading).toContainText('Ricky Gervais');
  });

  test(
    'Edit loads the full record fresh, and a save still detects a conflicting edit from another till',
    { tag: '@simulator' },
    async ({ customerForm, clientDetails, otherTill, simulator, page }) => {
      const { customerNumber } = await simulator.addCustomer({
        title: 'Ms',
        forename: 'Nell',
        surname: `Network${Date.now()}`,
        street1: '4 Mill Lane',
        town: 'Ware',
        postCode: 'SG12 9AA',
      });
      await clientDetails.goto(customerNumber);
      await expect(clientDetails.heading).toContainText('Nell');

      // Another till changes the town after this one opened the details.
      const other = otherTill.customerForm;
      await other.gotoEdit(customerNumber);
      await other.town.fill('Hertford');
      await other.save.click();
      await expect(otherTill.page).toHaveURL(new RegExp(`/crm/customers/${customerNumber}$`));

      const loaded = page.waitForRequest(
        (r) => r.method() === 'POST' && (r.postData() ?? '').includes('crm:loadCustomerDetails'),
      );
      await clientDetails.edit.click();
      await loaded;
      await expect(customerForm.town).toHaveValue('Hertford');

      // Both tills in the form; the later save is told, not silently applied.
      await other.gotoEdit(customerNumber);
      await customerForm.phone.fill('07911 123222');
      await customerForm.save.click();
      await expect(page).toHaveURL(new RegExp(`/crm/customers/${customerNumber}$`));
      await other.postcode.fill('SG13 8AA');
      await other.save.click();
      await expect(other.conflict).toBeVisible();
      await expect(other.postcode).toHaveValue('SG13 8AA');
    },
  );
});
