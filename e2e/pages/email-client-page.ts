import { expect, type Locator, type Page } from '@playwright/test';

/** Email Client (`/crm/customers/{n}/email`): recipients, the Address Book, the e-mail. */
export class EmailClientPage {
  readonly heading: Locator;
  readonly recipients: Locator;
  readonly addressBook: Locator;
  readonly searchText: Locator;
  readonly search: Locator;
  readonly results: Locator;
  readonly subject: Locator;
  readonly body: Locator;
  readonly send: Locator;
  readonly keyboard: Locator;
  readonly tryAgain: Locator;
  readonly sent: Locator;
  readonly refusal: Locator;
  readonly contactHistory: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Email client' });
    this.recipients = page.getByRole('list', { name: 'Recipients' });
    this.addressBook = page.getByRole('button', { name: 'Address book' });
    this.searchText = page.getByRole('searchbox', { name: 'Name or e-mail' });
    this.search = page.getByRole('button', { name: 'Search', exact: true });
    this.results = page.getByRole('list', { name: 'Customers found' });
    this.subject = page.getByRole('textbox', { name: 'Subject' });
    this.body = page.getByRole('textbox', { name: 'Message' });
    this.send = page.getByRole('button', { name: 'Send', exact: true });
    this.keyboard = page.getByRole('button', { name: 'Keyboard' });
    this.tryAgain = page.getByRole('alert').getByRole('button', { name: 'Try again' });
    this.sent = page.getByRole('heading', { name: 'E-mail sent' });
    this.refusal = page.getByRole('alert').filter({ hasText: 'No e-mail without consent' });
    // The header's button (the sent e-mail's panel has one too).
    this.contactHistory = page.getByRole('button', { name: 'Contact history' }).first();
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/email`);
    await expect(this.heading).toBeVisible();
  }

  /** A template's button (Ready to collect, Back in stock, Thank you for visiting). */
  template(name: string): Locator {
    return this.page.getByRole('group', { name: 'Templates' }).getByRole('button', { name });
  }

  /** Searches the Address Book and adds the first customer named `name`; returns the address. */
  async addFromAddressBook(text: string, name: string): Promise<string> {
    await this.addressBook.click();
    await this.searchText.fill(text);
    await this.search.click();
    const add = this.results.getByRole('button', { name: new RegExp(`^Add ${name}, `) }).first();
    const label = (await add.getAttribute('aria-label')) ?? '';
    await add.click();
    await expect(add).toBeDisabled();
    return label.replace(`Add ${name}, `, '');
  }

  /** The chip of an added recipient's remove button. */
  remove(address: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${address}` });
  }

  /** Writes the e-mail as a cashier with a physical keyboard would. */
  async write(email: { subject: string; body: string }) {
    await this.subject.fill(email.subject);
    await this.body.fill(email.body);
  }
}
