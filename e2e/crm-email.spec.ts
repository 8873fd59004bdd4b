import type { Page } from '@playwright/test';
import { expect, smallTargets, test } from './fixtures';

const ODD_SUBJECT = "O'Brien & Sons <re: order> 🧥";
const ODD_BODY = 'Dear Amelia,\n\nZoë & co <b>not bold</b> 🎉';

/** SOAP calls of one operation the page sends, as they leave the browser. */
function countCalls(page: Page, operation: string) {
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && (r.headers()['soapaction'] ?? '').includes(operation))
      sent.push(r.postData() ?? '');
  });
  return sent;
}

test.describe('Email Client', () => {
  test('Email Client to a customer who never consented to e-mail is refused with the reason', async ({
    clientDetails,
    emailClient,
    operator,
    page,
  }) => {
    void operator;
    const sent = countCalls(page, 'saveContactHistory');
    await clientDetails.goto('00100');
    await clientDetails.emailClient.click();
    await expect(page).toHaveURL(/\/crm\/customers\/00100\/email$/);
    await expect(emailClient.refusal).toContainText(
      'Ricky Gervais has not been asked for consent to e-mail. Ask, and record the answer on the Preferences screen, before writing.',
    );
    await expect(emailClient.subject).toHaveCount(0);
    await expect(emailClient.send).toHaveCount(0);
    expect(sent).toHaveLength(0);
  });

  test('with consent: a recipient from the Address Book, a template, Send -> the e-mail heads Contact History @simulator', async ({
    clientDetails,
    emailClient,
    contactHistory,
    crmLedger,
    operator,
    page,
  }) => {
    void operator;
    await clientDetails.goto('100');
    await clientDetails.emailClient.click();
    await expect(page).toHaveURL(/\/crm\/customers\/100\/email$/);
    await expect(emailClient.recipients).toContainText('rasangi.desilva@enactor.co.uk');

    const aspen = await emailClient.addFromAddressBook('aspen green', 'Aspen Green');
    await expect(emailClient.recipients.getByRole('listitem')).toHaveCount(2);
    await expect(emailClient.remove(aspen)).toBeVisible();

    await emailClient.template('Back in stock').click();
    await expect(emailClient.subject).toHaveValue(/^Silk wrap dress is back in stock at /);
    await expect(emailClient.body).toHaveValue(/^Dear Amelia,\n\nGood news: Silk wrap dress/);
    // The cashier makes it their own: odd characters and emoji survive.
    await emailClient.write({ subject: ODD_SUBJECT, body: ODD_BODY });
    await emailClient.send.click();
    await expect(emailClient.sent).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`“${ODD_SUBJECT}” to 2 recipients`);
    expect(await crmLedger.contactsSaved()).toBe(1);
    expect(await crmLedger.emailsRecorded()).toEqual([
      expect.objectContaining({
        customerNumber: '100',
        subject: ODD_SUBJECT,
        body: ODD_BODY,
        recipients: ['rasangi.desilva@enactor.co.uk', aspen],
      }),
    ]);

    await emailClient.contactHistory.click();
    await expect(page).toHaveURL(/\/crm\/customers\/100\/contacts$/);
    const top = contactHistory.contacts.first();
    await expect(top).toContainText(ODD_SUBJECT);
    await expect(top).toContainText('E-mail');
  });

  test('a double tap on Send stores one contact @simulator', async ({
    emailClient,
    crmLedger,
    operator,
    page,
  }) => {
    void operator;
    const sent = countCalls(page, 'saveContactHistory');
    await emailClient.goto('100');
    await emailClient.write({ subject: 'Double tap', body: ODD_BODY });
    // Two taps within one task: the second lands before React can redraw the button.
    await emailClient.send.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await expect(emailClient.sent).toBeVisible();
    expect(sent).toHaveLength(1);
    expect(await crmLedger.contactsSaved()).toBe(1);
  });

  test('a send the server fails keeps the draft; Try again stores exactly one @simulator', async ({
    emailClient,
    crmLedger,
    operator,
    simulator,
    page,
  }) => {
    void operator;
    await emailClient.goto('100');
    await emailClient.write({ subject: ODD_SUBJECT, body: ODD_BODY });
    await simulator.fault({ kind: 'soap-fault', count: 1, operation: 'saveContactHistory' });
    await emailClient.send.click();
    await expect(page.getByRole('alert')).toContainText('The CRM service reported a problem');
    await expect(emailClient.subject).toHaveValue(ODD_SUBJECT);
    await expect(emailClient.body).toHaveValue(ODD_BODY);
    expect(await crmLedger.contactsSaved()).toBe(0);
    await emailClient.tryAgain.click();
    await expect(emailClient.sent).toBeVisible();
    expect(await crmLedger.contactsSaved()).toBe(1);
  });

  test('every control of the Email Client is at least 48x48 CSS px', async ({
    clientDetails,
    emailClient,
    operator,
    page,
  }, testInfo) => {
    void operator;
    await clientDetails.goto('100');
    await expect(clientDetails.emailClient).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('client-details.png') });
    await emailClient.goto('00100');
    await expect(emailClient.refusal).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('email-refused.png') });
    await emailClient.goto('100');
    await emailClient.addressBook.click();
    await emailClient.searchText.fill('green');
    await emailClient.search.click();
    await expect(emailClient.results.getByRole('listitem')).toHaveCount(5);
    await emailClient.results.getByRole('button').first().click();
    await expect(emailClient.recipients.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('button', { name: /^Remove / })).toBeVisible();
    // The Address Book is paged: the next five of every Green.
    await page.getByRole('button', { name: 'Next page ▶' }).click();
    await expect(page.getByText(/^6–10 of \d+$/)).toBeVisible();
    await emailClient.template('Ready to collect').click();
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('email-compose.png'), fullPage: true });
    await emailClient.keyboard.click();
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath('email-keyboard.png') });
  });
});
