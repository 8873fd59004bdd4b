import { expect, type Locator, type Page } from '@playwright/test';

/** Relationships (`/crm/customers/{number}/relationships`): list, add, change type, remove. */
export class RelationshipsPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly add: Locator;
  readonly none: Locator;
  /** The add or change form. */
  readonly editor: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Relationships/ });
    this.list = page.getByRole('list', { name: 'Relationships' });
    this.add = page.getByRole('button', { name: 'Add relationship' });
    this.none = page.getByText(/No relationships on file/);
    this.editor = page.getByRole('region', { name: /^(Add|Change) / });
    this.save = this.editor.getByRole('button', { name: 'Save relationship' });
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/relationships`);
    await expect(this.heading).toBeVisible();
  }

  /** The row (its open button) of one related customer, by number. */
  row(customerNumber: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`No\\. ${customerNumber}$`) });
  }

  /** In the form: what the related customer is ("Sibling", "Spouse or partner"). */
  async choose(type: string) {
    await this.editor.getByRole('radio', { name: type, exact: true }).click();
  }

  async changeType(name: string) {
    await this.page.getByRole('button', { name: `Change the type of ${name}` }).click();
  }

  /** Remove, then the confirm. */
  async remove(name: string) {
    await this.page.getByRole('button', { name: `Remove ${name}` }).click();
    await this.page.getByRole('button', { name: `Yes, remove ${name}` }).click();
  }
}
