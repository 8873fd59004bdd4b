import { pickDate } from './date-picker';
import { expect, type Locator, type Page } from '@playwright/test';
import { OnScreenKeyboard } from './keypads';
import { WORDS, type Language } from './words';

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
  private readonly words;

  constructor(
    readonly page: Page,
    language: Language = 'en-GB',
  ) {
    const words = WORDS[language].customerForm;
    this.words = words;
    this.firstName = page.getByLabel(words.firstName);
    this.surname = page.getByLabel(words.surname);
    this.email = page.getByLabel(words.email);
    this.phone = page.getByLabel(words.phone);
    this.street = page.getByLabel(words.street, { exact: true });
    this.town = page.getByLabel(words.town);
    this.postcode = page.getByLabel(words.postcode);
    this.dateOfBirth = page.getByRole('button', { name: words.dateOfBirth });
    this.save = page.getByRole('button', { name: words.save });
    this.keyboard = new OnScreenKeyboard(page, language);
    this.conflict = page.getByRole('alert').filter({ hasText: words.conflict });
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
    await this.conflict.getByRole('button', { name: this.words.useTheirs }).click();
  }

  /** The date of birth, picked on the touch date picker. */
  async pickDateOfBirth(iso: string) {
    await pickDate(this.page, 'Date of birth', iso);
  }
}
