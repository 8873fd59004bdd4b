import { expect, type Locator, type Page } from '@playwright/test';

/** Call Client (`/crm/customers/{n}/call`): the number, consent, last contact, the call form. */
export class CallClientPage {
  readonly heading: Locator;
  readonly number: Locator;
  readonly consent: Locator;
  readonly lastContacted: Locator;
  readonly subject: Locator;
  readonly notes: Locator;
  readonly save: Locator;
  readonly tryAgain: Locator;
  readonly recorded: Locator;
  readonly signOnNeeded: Locator;
  readonly contactHistory: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Call client/ });
    this.number = page.getByLabel(/^Number to call: /);
    this.consent = page.getByText(/^Phone consent: /);
    this.lastContacted = page.getByText(/^Last contacted /);
    this.subject = page.getByRole('textbox', { name: 'Subject' });
    this.notes = page.getByRole('textbox', { name: 'Notes' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.tryAgain = page.getByRole('alert').getByRole('button', { name: 'Try again' });
    this.recorded = page.getByRole('heading', { name: 'Call recorded' });
    this.signOnNeeded = page.getByText(
      'Sign on as an operator to record a call: contacts record who made them.',
    );
    // The header's button (the recorded call's panel has one too).
    this.contactHistory = page.getByRole('button', { name: 'Contact history' }).first();
  }

  async goto(customerNumber: string) {
    await this.page.goto(`/crm/customers/${encodeURIComponent(customerNumber)}/call`);
    await expect(this.subject).toBeVisible();
  }

  /** The call's outcome (Answered, No answer, Left a voicemail …). */
  outcome(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: 'Outcome' }).getByRole('radio', { name });
  }

  /** Fills the form as a cashier with a physical keyboard would. */
  async fill(call: { subject: string; outcome: string; notes: string }) {
    await this.subject.fill(call.subject);
    await this.outcome(call.outcome).click();
    await this.notes.fill(call.notes);
  }
}
