import { describe, expect, it, vi } from 'vitest';
import { withRecipient, MAX_RECIPIENTS } from '../../domain/crm-email';
import { isSameContact, type ContactDraft } from '../../domain/crm-history';
import addressBookRequest from '../fixtures/crm/get-address-book-request.xml?raw';
import addressBookResponse from '../fixtures/crm/get-address-book-response.xml?raw';
import saveRequest from '../fixtures/crm/save-contact-history-request.xml?raw';
import saveResponse from '../fixtures/crm/save-contact-history-response.xml?raw';
import { MalformedResponseError } from '../errors';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import { parseXml } from '../soap/xml-parser';
import { child, type XmlElement } from '../soap/xml-reader';
import type { Transport } from '../transport';
import { testEndpoint } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';
import { GET_ADDRESS_BOOK } from './get-address-book-codec';
import { SAVE_CONTACT_HISTORY } from './save-contact-history-codec';

/** A CRM client whose server answers `bodies` in turn (the last one again after that). */
function answering(...bodies: string[]) {
  const sent: string[] = [];
  const transport = vi.fn<Transport>(async (_url, init) => {
    sent.push(String(init.body));
    return new Response(bodies[Math.min(sent.length - 1, bodies.length - 1)], {
      status: 200,
      headers: { 'Content-Type': 'text/xml' },
    });
  });
  return {
    crm: createCrmCustomerDataService(testEndpoint('crmCustomerDataService', transport)),
    sent,
  };
}

/** An element as plain data (names by namespace URI, text as it is): prefixes do not matter. */
interface Shape {
  readonly name: string;
  readonly text: string;
  readonly children: readonly Shape[];
}
const shapeOf = (e: XmlElement): Shape => ({
  name: `{${e.ns}}${e.local}`,
  text: e.children.length === 0 ? e.text.trim() : '',
  children: e.children.map(shapeOf),
});

function payloadOf(envelope: string): XmlElement {
  const opened = openEnvelope(envelope);
  if (opened.kind !== 'payload') throw new Error('no payload');
  return opened.payload;
}

const crmAnswer = (operation: string, output: string) =>
  buildEnvelope(
    '1.1',
    `<crm:${operation}Response xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}" xmlns:core="${NS.core}">${output}</crm:${operation}Response>`,
  );

/** The fixture's e-mail, as the Email Client makes it. */
const EMAIL: ContactDraft = {
  contactHistoryId: 'POS01-000000004217',
  customerNumber: '100',
  typeId: 'EMAIL',
  date: '2026-11-30T10:15:00Z',
  userId: '1042',
  subject: "Re: O'Brien & Sons <re: order> 🧥",
  text: "Dear Amelia,\n\nYour coat from O'Brien & Sons is ready to collect 🎉.\n\nKind regards,\nPriya",
  callOutcomeId: '',
  recipients: ['rasangi.desilva@enactor.co.uk'],
};

describe('CRMCustomerDataService · getAddressBook', () => {
  it("writes the fixture's request: the text trimmed, the page", () => {
    const payload = GET_ADDRESS_BOOK.encode({
      criteria: { text: '  amelia bald ' },
      page: { offset: 0, count: 20 },
    });
    expect(shapeOf(parseXml(payload))).toEqual(shapeOf(payloadOf(addressBookRequest)));
    expect(
      GET_ADDRESS_BOOK.encode({ criteria: { text: "o'b&<" }, page: { offset: 20, count: 20 } }),
    ).toContain('<retail:searchText>o&apos;b&amp;&lt;</retail:searchText>');
  });

  it("reads the fixture's answer: one customer with the address, paged by the server", async () => {
    const { crm, sent } = answering(addressBookResponse);
    const result = await crm.addressBook('amelia bald', { offset: 0, count: 20 });
    expect(result).toEqual({
      outcome: 'Success',
      page: {
        rows: [
          {
            customerNumber: '100',
            title: 'Mrs',
            forename: 'Amelia',
            surname: 'Baldwin',
            emailAddress: 'rasangi.desilva@enactor.co.uk',
          },
        ],
        offset: 0,
        total: 1,
        pagedBy: 'server',
      },
    });
    expect(sent).toHaveLength(1);
  });

  it('odd characters come through; a refused search says which field', async () => {
    const odd = addressBookResponse.replace(
      '<core:arrayObject xsi:type="core:String">Baldwin</core:arrayObject>',
      '<core:arrayObject xsi:type="core:String">O&apos;Brien &amp; Zoë &lt;b&gt; 🧥</core:arrayObject>',
    );
    const result = await answering(odd).crm.addressBook('o', { offset: 0, count: 20 });
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.page.rows[0]!.surname).toBe("O'Brien & Zoë <b> 🧥");

    const refused = crmAnswer(
      'getAddressBook',
      '<retail:addressBookOutput><retail:outcome name="ValidationFailed"/>' +
        '<retail:message>Type a name or an e-mail address.</retail:message>' +
        '<retail:fieldError field="searchText">Type a name or an e-mail address.</retail:fieldError>' +
        '</retail:addressBookOutput>',
    );
    expect(await answering(refused).crm.addressBook('', { offset: 0, count: 20 })).toEqual({
      outcome: 'Invalid',
      message: 'Type a name or an e-mail address.',
      fieldErrors: { searchText: 'Type a name or an e-mail address.' },
    });
  });

  it('a row without its address, or an unknown outcome, is malformed', async () => {
    const noEmail = addressBookResponse.replace(
      '<core:arrayObject xsi:type="core:String">rasangi.desilva@enactor.co.uk</core:arrayObject>',
      '<core:arrayObject xsi:type="core:WrappedNull"/>',
    );
    await expect(
      answering(noEmail).crm.addressBook('amelia', { offset: 0, count: 20 }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
    const odd = crmAnswer(
      'getAddressBook',
      '<retail:addressBookOutput><retail:outcome name="Maybe"/></retail:addressBookOutput>',
    );
    await expect(
      answering(odd).crm.addressBook('amelia', { offset: 0, count: 20 }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
  });
});

describe('CRMCustomerDataService · saveContactHistory for an e-mail', () => {
  it("writes the fixture's request: subject, body and recipients, every value escaped", () => {
    const payload = SAVE_CONTACT_HISTORY.encode(EMAIL);
    expect(shapeOf(parseXml(payload))).toEqual(shapeOf(payloadOf(saveRequest)));
    expect(payload).toContain('Re: O&apos;Brien &amp; Sons &lt;re: order&gt; 🧥');
    expect(payload).not.toContain('callOutcomeId');
    const two = SAVE_CONTACT_HISTORY.encode({
      ...EMAIL,
      recipients: ['a@example.com', 'o&b@example.com'],
    });
    expect(two).toContain(
      '<retail:recipients><retail:emailAddress>a@example.com</retail:emailAddress>' +
        '<retail:emailAddress>o&amp;b@example.com</retail:emailAddress></retail:recipients>',
    );
  });

  it('a call carries no recipients', () => {
    const call = SAVE_CONTACT_HISTORY.encode({
      ...EMAIL,
      typeId: 'CALL',
      callOutcomeId: 'ANSWERED',
      recipients: ['a@example.com'],
    });
    const entity = child(parseXml(call), NS.retail, 'customerContactHistory')!;
    expect(entity.children.map((c) => c.local)).not.toContain('recipients');
  });

  it("reads the fixture's answer: the e-mail as kept, recipients and all; it confirms the one sent", async () => {
    const result = await answering(saveResponse).crm.saveContact(EMAIL);
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.contact).toMatchObject({
      typeId: 'EMAIL',
      subject: EMAIL.subject,
      text: EMAIL.text,
      recipients: ['rasangi.desilva@enactor.co.uk'],
    });
    expect(isSameContact(EMAIL, result.contact)).toBe(true);
    // Another recipient list is not a confirmation of this e-mail; case and order do not matter.
    expect(
      isSameContact(
        { ...EMAIL, recipients: [...EMAIL.recipients!, 'x@example.com'] },
        result.contact,
      ),
    ).toBe(false);
    expect(
      isSameContact({ ...EMAIL, recipients: ['Rasangi.DeSilva@enactor.co.uk'] }, result.contact),
    ).toBe(true);
  });
});

describe('recipients', () => {
  it('adds an address once, in any case, and at most ten', () => {
    const one = withRecipient([], ' a@example.com ');
    expect(one).toEqual(['a@example.com']);
    expect(withRecipient(one, 'A@Example.com')).toBe(one);
    const full = Array.from({ length: MAX_RECIPIENTS }, (_, i) => `p${i}@example.com`);
    expect(withRecipient(full, 'z@example.com')).toBe(full);
    expect(withRecipient(one, '  ')).toBe(one);
  });
});
