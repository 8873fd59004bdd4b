import { describe, expect, it } from 'vitest';
import { consentFor, NO_CONTACT_CRITERIA, type ContactDraft } from '../../domain/crm-history';
import { connectSimulator } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';

/** The client against the simulator in this process: the contract both sides keep. */
function connect() {
  const connected = connectSimulator({ customers: 400 });
  return {
    ...connected,
    crm: createCrmCustomerDataService(connected.endpoint('crmCustomerDataService')),
  };
}

const emails = async (sim: ReturnType<typeof connect>['sim']) =>
  (await (await sim.handle(new Request('http://sim.test/__simulator/crm/emails'))).json()) as {
    recipients: string[];
    subject: string;
    body: string;
  }[];

describe('Email Client against the simulator', () => {
  it('the address book finds Amelia by name and by the start of her address', async () => {
    const { crm } = connect();
    for (const text of ['amelia baldwin', 'RASANGI.DESILVA@']) {
      const result = await crm.addressBook(text, { offset: 0, count: 20 });
      if (result.outcome !== 'Success') throw new Error(result.outcome);
      expect(result.page.rows).toContainEqual({
        customerNumber: '100',
        title: 'Mrs',
        forename: 'Amelia',
        surname: 'Baldwin',
        emailAddress: 'rasangi.desilva@enactor.co.uk',
      });
    }
    expect(await crm.addressBook('   ', { offset: 0, count: 20 })).toMatchObject({
      outcome: 'Invalid',
      fieldErrors: { searchText: expect.any(String) },
    });
  });

  it('pages a common text: every page as asked, no customer twice, the total the same', async () => {
    const { crm } = connect();
    const first = await crm.addressBook('a', { offset: 0, count: 5 });
    if (first.outcome !== 'Success') throw new Error(first.outcome);
    expect(first.page.total).toBeGreaterThan(5);
    expect(first.page.pagedBy).toBe('server');
    const second = await crm.addressBook('a', { offset: 5, count: 5 });
    if (second.outcome !== 'Success') throw new Error(second.outcome);
    expect(second.page.total).toBe(first.page.total);
    const numbers = [...first.page.rows, ...second.page.rows].map((r) => r.customerNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(second.page.rows.every((r) => r.emailAddress.includes('@'))).toBe(true);
  });

  it('consent: Amelia agreed to e-mail, Ricky Gervais was never asked', async () => {
    const { crm } = connect();
    expect(consentFor((await crm.loadDetails('100'))!.consents, 'EMAIL')).toBe('given');
    expect(consentFor((await crm.loadDetails('00100'))!.consents, 'EMAIL')).toBe('not-asked');
  });

  it('an e-mail is recorded once with its recipients, heads Contact History, and is sent', async () => {
    const { crm, sim } = connect();
    const email: ContactDraft = {
      contactHistoryId: 'TEST-1-000000000002',
      customerNumber: '100',
      typeId: 'EMAIL',
      date: new Date(Date.now() - 60_000).toISOString(),
      userId: '1042',
      subject: "O'Brien & Sons <re: order> 🧥",
      text: 'Dear Amelia,\n\nZoë & co 🎉',
      callOutcomeId: '',
      recipients: ['rasangi.desilva@enactor.co.uk', 'someone@example.com'],
    };
    const first = await crm.saveContact(email);
    expect(await crm.saveContact(email)).toEqual(first);
    expect(first).toMatchObject({
      outcome: 'Success',
      contact: { subject: email.subject, text: email.text, recipients: email.recipients },
    });
    expect(await emails(sim)).toEqual([
      expect.objectContaining({
        subject: email.subject,
        body: email.text,
        recipients: email.recipients,
      }),
    ]);
    const after = await crm.contactHistory('100', NO_CONTACT_CRITERIA, { offset: 0, count: 20 });
    if (after.outcome !== 'Success') throw new Error(after.outcome);
    expect(after.page.rows[0]).toMatchObject({
      contactHistoryId: email.contactHistoryId,
      typeId: 'EMAIL',
      subject: email.subject,
      recipients: 'rasangi.desilva@enactor.co.uk, someone@example.com',
    });
    expect(
      await crm.saveContact({ ...email, contactHistoryId: 'TEST-1-000000000003', recipients: [] }),
    ).toMatchObject({ outcome: 'Invalid', fieldErrors: { recipients: expect.any(String) } });
  });
});
