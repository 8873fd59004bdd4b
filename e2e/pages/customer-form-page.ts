import { pickDate } from './date-picker';
import { expect, type Locator, type Page } from '@playwright/test';
import { OnScreenKeyboard } from './keypads';

/** New customer (`/crm/new`) and Edit (`/crm/customers/{number}/edit`): one form. */
export class CustomerFormPage {
  readonly firstName: Locator;
  readonly surname: Locator;
  readonly email: Locator;
  readonly phone: Locator;
  readonly street: Locator;
  readonly town: Locator;
  readonly postcode: Locator;
  readonly dateOfBirth: Locator;
  readonly save: Locator;
  readonly keyboard: OnScreenKeyboard;
  /** Another till saved first: the alert with Use their version / Save mine over theirs. */
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.firstName = page.getByLabel('First name *');
    this.surname = page.getByLabel('Surname *');
    this.email = page.getByLabel('E-mail');
    this.phone = page.getByLabel('Phone');
    this.street = page.getByLabel('Street', { exact: true });
    this.town = page.getByLabel('Town');
    this.postcode = page.getByLabel('Postcode');
    this.dateOfBirth = page.getByRole('button', { name: /^Date of birth/ });
    this.save = page.getByRole('button', { name: 'Save' });
    this.keyboard = new OnScreenKeyboard(page);
    this.conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this customer' });
  }

  async gotoNew() {
    await this.page.goto('/crm/new');
    await expect(this.firstName).toBeVisible();
  }

  /** The edit form of a customer, once their record is in it. */
  async gotoEdit(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/edit`);
    await expect(this.phone).toBeVisible();
  }

  async title(title: string) {
    await this.page.getByRole('radio', { name: title }).click();
  }

  async useTheirVersion() {
    await this.conflict.getByRole('button', { name: 'Use their version' }).click();
  }

  /** The date of birth, picked on the touch date picker. */
  async pickDateOfBirth(iso: string) {
    await pickDate(this.page, 'Date of birth', iso);
  }
}
