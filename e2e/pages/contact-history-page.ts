import { expect, type Locator, type Page } from '@playwright/test';

/** Contact History (`/crm/customers/{n}/contacts`): every contact, newest first. */
export class ContactHistoryPage {
  readonly heading: Locator;
  readonly list: Locator;
  /** One button per contact; tapping it shows the full text. */
  readonly contacts: Locator;
  readonly callClient: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Contact history/ });
    this.list = page.getByRole('list', { name: 'Contacts, newest first' });
    this.contacts = this.list.getByRole('listitem').getByRole('button');
    this.callClient = page.getByRole('button', { name: 'Call client' });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/contacts`);
    await expect(this.heading).toBeVisible();
  }

  range(first: number, last: number, total: number): Locator {
    return this.page.getByText(`${first}–${last} of ${total}`, { exact: true });
  }

  /** A kind of contact (Visit, Call, E-mail …) as a toggle. */
  kind(name: string): Locator {
    return this.page
      .getByRole('group', { name: 'Kinds of contact' })
      .getByRole('button', { name: new RegExp(`^(✓ )?${name}$`) });
  }

  /** The full text of a contact, once its row is open. */
  fullText(contact: Locator): Locator {
    return contact.locator('xpath=following-sibling::div[1]').locator('p').first();
  }
}
