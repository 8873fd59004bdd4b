import { describe, expect, it, vi } from 'vitest';
import {
  consentFor,
  isSameContact,
  linesTotal,
  NO_CONTACT_CRITERIA,
  NO_TRANSACTION_CRITERIA,
  type ContactDraft,
} from '../../domain/crm-history';
import contactsRequest from '../fixtures/crm/search-contact-history-request.xml?raw';
import contactsResponse from '../fixtures/crm/search-contact-history-response.xml?raw';
import enquiryRequest from '../fixtures/crm/get-customer-transaction-request.xml?raw';
import enquiryResponse from '../fixtures/crm/get-customer-transaction-response.xml?raw';
import loadResponse from '../fixtures/crm/load-customer-details-response.xml?raw';
import saveResponse from '../fixtures/crm/save-contact-history-response.xml?raw';
import saveInvalidResponse from '../fixtures/crm/save-contact-history-validation-failed-response.xml?raw';
import historyRequest from '../fixtures/crm/search-customer-transaction-history-request.xml?raw';
import historyResponse from '../fixtures/crm/search-customer-transaction-history-response.xml?raw';
import { MalformedResponseError } from '../errors';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { NS } from '../soap/namespaces';
import { parseXml } from '../soap/xml-parser';
import { child, type XmlElement } from '../soap/xml-reader';
import type { Transport } from '../transport';
import { testEndpoint } from '../../../testing/enactor';
import { createCrmCustomerDataService } from './crm-customer-data-service';
import { SEARCH_CONTACT_HISTORY } from './contact-history-codec';
import { SAVE_CONTACT_HISTORY } from './save-contact-history-codec';
import { GET_CUSTOMER_TRANSACTION } from './transaction-enquiry-codec';
import { SEARCH_TRANSACTION_HISTORY } from './transaction-history-codec';

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

/** An element as plain data (names by namespace URI, text trimmed): prefixes do not matter. */
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

/** A CRM answer made of the given output, for the outcomes no fixture shows. */
const crmAnswer = (operation: string, output: string) =>
  buildEnvelope(
    '1.1',
    `<crm:${operation}Response xmlns:crm="${NS.crm}" xmlns:retail="${NS.retail}" xmlns:core="${NS.core}">${output}</crm:${operation}Response>`,
  );

const CHRISTMAS = { ...NO_TRANSACTION_CRITERIA, fromDate: '2025-12-01', toDate: '2026-01-31' };

describe('CRMCustomerDataService · searchCustomerTransactionHistory', () => {
  it("writes the fixture's request: the criteria given, paging, newest first", () => {
    const payload = SEARCH_TRANSACTION_HISTORY.encode({
      criteria: { customerNumber: '100', criteria: CHRISTMAS },
      page: { offset: 0, count: 3 },
    });
    expect(shapeOf(parseXml(payload))).toEqual(shapeOf(payloadOf(historyRequest)));
  });

  it('escapes every value and repeats the store and type elements', () => {
    const payload = SEARCH_TRANSACTION_HISTORY.encode({
      criteria: {
        customerNumber: "O'Brien & <Sons>",
        criteria: {
          ...NO_TRANSACTION_CRITERIA,
          locationIds: ['0005', '0999'],
          typeIds: ['SALE', 'WEB_ORDER'],
          minimumValue: 5000,
        },
      },
      page: { offset: 20, count: 20 },
    });
    expect(payload).toContain(
      '<retail:customerNumber>O&apos;Brien &amp; &lt;Sons&gt;</retail:customerNumber>',
    );
    expect(payload).toContain(
      '<retail:locationId>0005</retail:locationId><retail:locationId>0999</retail:locationId>',
    );
    expect(payload).toContain(
      '<retail:transactionTypeId>SALE</retail:transactionTypeId><retail:transactionTypeId>WEB_ORDER</retail:transactionTypeId>',
    );
    expect(payload).toContain('<retail:minimumValue>5000</retail:minimumValue>');
    expect(payload).not.toContain('fromDate');
    expect(payload).toContain('<core:rowOffset>20</core:rowOffset>');
    parseXml(payload);
  });

  it('reads the rows by column name, and the summary of all six beside the page of three', async () => {
    const { crm } = answering(historyResponse);
    const result = await crm.transactionHistory('100', CHRISTMAS, { offset: 0, count: 3 });
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.page).toMatchObject({ offset: 0, total: 6, pagedBy: 'server' });
    expect(result.page.rows[0]).toEqual({
      customerNumber: '100',
      transactionId: '0005022601102205',
      applicationId: 'POS',
      typeId: 'EXCHANGE',
      locationId: '0005',
      locationName: 'Hertford',
      deviceId: 'POS02',
      date: '2026-01-10T15:20:00Z',
      value: 0,
      itemCount: 2,
      description: 'Leather gloves, Black, M + 1 more',
    });
    expect(result.page.rows.map((r) => [r.typeId, r.value])).toEqual([
      ['EXCHANGE', 0],
      ['RETURN', -5500],
      ['SALE', 3900],
    ]);
    expect(result.summary).toEqual({
      currencyId: 'GBP',
      transactionCount: 6,
      visitCount: 6,
      salesCount: 4,
      salesValue: 45400,
      returnsCount: 1,
      returnsValue: -5500,
      totalSpend: 39900,
      averageBasket: 11350,
      firstDate: '2025-12-06T10:42:00Z',
      lastDate: '2026-01-10T15:20:00Z',
      months: [
        {
          month: '2025-12',
          transactionCount: 4,
          salesValue: 45400,
          returnsValue: 0,
          totalSpend: 45400,
        },
        {
          month: '2026-01',
          transactionCount: 2,
          salesValue: 0,
          returnsValue: -5500,
          totalSpend: -5500,
        },
      ],
    });
  });

  it('keeps the summary when the server ignores paging and the page is cut here', async () => {
    // Every row of the fixture, but no paging figures: the terminal pages locally.
    const unpaged = historyResponse.replace(
      'rowsPerPage="3" currentRowOffset="0" totalRows="6"',
      'rowsPerPage="0" currentRowOffset="0" totalRows="0"',
    );
    const { crm, sent } = answering(unpaged);
    const first = await crm.transactionHistory('100', CHRISTMAS, { offset: 0, count: 2 });
    const second = await crm.transactionHistory('100', CHRISTMAS, { offset: 2, count: 2 });
    if (first.outcome !== 'Success' || second.outcome !== 'Success') throw new Error('refused');
    expect(first.page).toMatchObject({ pagedBy: 'client', total: 3 });
    expect(second.page.rows.map((r) => r.typeId)).toEqual(['SALE']);
    expect(second.summary.totalSpend).toBe(39900);
    expect(sent).toHaveLength(1);
  });

  it('a refused search says which fields; no customer says so', async () => {
    const refused = crmAnswer(
      'searchCustomerTransactionHistory',
      '<retail:customerTransactionHistorySearchOutput><retail:outcome name="ValidationFailed"/>' +
        '<retail:message>Correct the search fields shown.</retail:message>' +
        '<retail:fieldError field="toDate">The end date is before the start date.</retail:fieldError>' +
        '</retail:customerTransactionHistorySearchOutput>',
    );
    expect(
      await answering(refused).crm.transactionHistory('100', CHRISTMAS, { offset: 0, count: 20 }),
    ).toEqual({
      outcome: 'Invalid',
      message: 'Correct the search fields shown.',
      fieldErrors: { toDate: 'The end date is before the start date.' },
    });
    const none = crmAnswer(
      'searchCustomerTransactionHistory',
      '<retail:customerTransactionHistorySearchOutput><retail:outcome name="NoCustomer"/>' +
        '<retail:message>There is no customer 9.</retail:message></retail:customerTransactionHistorySearchOutput>',
    );
    expect(
      await answering(none).crm.transactionHistory('9', CHRISTMAS, { offset: 0, count: 20 }),
    ).toEqual({ outcome: 'NoCustomer', message: 'There is no customer 9.' });
  });

  it('a value that is not whole pence, or a Success without its summary, is malformed', async () => {
    const bad = historyResponse.replace(
      '<core:value xsi:type="xsd:long">-5500</core:value>',
      '<core:value xsi:type="xsd:long">-55.5</core:value>',
    );
    await expect(
      answering(bad).crm.transactionHistory('100', CHRISTMAS, { offset: 0, count: 3 }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
    const noSummary = historyResponse.replace(
      /<retail:customerTransactionHistorySummary>[\s\S]*<\/retail:customerTransactionHistorySummary>/,
      '',
    );
    await expect(
      answering(noSummary).crm.transactionHistory('100', CHRISTMAS, { offset: 0, count: 3 }),
    ).rejects.toThrow(/no retail:customerTransactionHistorySummary/);
  });
});

describe('CRMCustomerDataService · getCustomerTransaction', () => {
  it("writes the fixture's request: the listed row's key", () => {
    const payload = GET_CUSTOMER_TRANSACTION.encode({
      customerNumber: '100',
      transactionId: '0005022601102205',
    });
    expect(shapeOf(parseXml(payload))).toEqual(shapeOf(payloadOf(enquiryRequest)));
    expect(
      GET_CUSTOMER_TRANSACTION.encode({ customerNumber: '1&2', transactionId: '<x>' }),
    ).toContain(
      '<crm:customerId>1&amp;2</crm:customerId><crm:transactionId>&lt;x&gt;</crm:transactionId>',
    );
  });

  it('reads every line; the returned line is negative and names its sale; they add up', async () => {
    const result = await answering(enquiryResponse).crm.transaction('100', '0005022601102205');
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    const t = result.transaction;
    expect(t).toMatchObject({
      customerNumber: '100',
      transactionId: '0005022601102205',
      applicationId: 'POS',
      typeId: 'EXCHANGE',
      locationId: '0005',
      locationName: 'Hertford',
      deviceId: 'POS02',
      date: '2026-01-10T15:20:00Z',
      value: 0,
      currencyId: 'GBP',
    });
    expect(t.lines).toEqual([
      {
        lineNumber: 1,
        productId: 'GL602-BLK-M',
        description: 'Leather gloves, Black, M',
        quantity: -1,
        netValue: -3500,
        salespersonId: '1043',
        salespersonName: 'Tom Hughes',
        originalTransactionId: '0005022512062610',
      },
      {
        lineNumber: 2,
        productId: 'GL602-BLK-L',
        description: 'Leather gloves, Black, L',
        quantity: 1,
        netValue: 3500,
        salespersonId: '1043',
        salespersonName: 'Tom Hughes',
        originalTransactionId: null,
      },
    ]);
    expect(linesTotal(t)).toBe(t.value);
  });

  it('odd characters come through; NoTransaction is an answer, a bad quantity is malformed', async () => {
    const odd = enquiryResponse.replace(
      '<retail:description>Leather gloves, Black, L</retail:description>',
      '<retail:description>O&apos;Brien &amp; Sons &lt;re: order&gt; 🧥 Zoë</retail:description>',
    );
    const result = await answering(odd).crm.transaction('100', '0005022601102205');
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.transaction.lines[1]!.description).toBe("O'Brien & Sons <re: order> 🧥 Zoë");

    const none = crmAnswer(
      'getCustomerTransaction',
      '<retail:customerTransactionOutput><retail:outcome name="NoTransaction"/>' +
        '<retail:message>Customer 100 has no transaction X.</retail:message></retail:customerTransactionOutput>',
    );
    expect(await answering(none).crm.transaction('100', 'X')).toEqual({
      outcome: 'NoTransaction',
      message: 'Customer 100 has no transaction X.',
    });
    const bad = enquiryResponse.replace(
      '<retail:quantity>-1</retail:quantity>',
      '<retail:quantity>one</retail:quantity>',
    );
    await expect(answering(bad).crm.transaction('100', '0005022601102205')).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });
});

describe('CRMCustomerDataService · searchContactHistory', () => {
  it("writes the fixture's request; a type filter and dates when given", () => {
    const payload = SEARCH_CONTACT_HISTORY.encode({
      criteria: { customerNumber: '100', criteria: NO_CONTACT_CRITERIA },
      page: { offset: 0, count: 3 },
    });
    expect(shapeOf(parseXml(payload))).toEqual(shapeOf(payloadOf(contactsRequest)));
    const filtered = SEARCH_CONTACT_HISTORY.encode({
      criteria: {
        customerNumber: '100',
        criteria: { typeIds: ['CALL', 'EMAIL'], fromDate: '2026-01-01', toDate: '2026-11-30' },
      },
      page: { offset: 0, count: 20 },
    });
    expect(filtered).toContain(
      '<retail:contactTypeId>CALL</retail:contactTypeId><retail:contactTypeId>EMAIL</retail:contactTypeId>' +
        '<retail:fromDate>2026-01-01</retail:fromDate><retail:toDate>2026-11-30</retail:toDate>',
    );
  });

  it('reads the rows newest first: the full text with its line breaks, a null task, a task', async () => {
    const result = await answering(contactsResponse).crm.contactHistory(
      '100',
      NO_CONTACT_CRITERIA,
      { offset: 0, count: 3 },
    );
    if (result.outcome !== 'Success') throw new Error(result.outcome);
    expect(result.page).toMatchObject({ total: 14, pagedBy: 'server' });
    expect(result.page.rows[0]).toEqual({
      customerNumber: '100',
      contactHistoryId: 'GEN-100-014',
      typeId: 'CALL',
      date: '2026-11-27T15:10:00Z',
      subject: 'Alteration ready for collection',
      text: 'Called to say the coat alteration is ready. Spoke to the customer.',
      userId: '1042',
      callOutcomeId: 'ANSWERED',
      recipients: '',
      taskId: null,
    });
    expect(result.page.rows[1]!.text).toContain('Dear Amelia,\n\nThank you for visiting');
    expect(result.page.rows[1]!.recipients).toBe('rasangi.desilva@enactor.co.uk');
    expect(result.page.rows[2]).toMatchObject({ typeId: 'COMPLAINT', taskId: 'TASK-65112' });
  });

  it('a row without its id is malformed', async () => {
    const bad = contactsResponse
      .replace('<crm:contactHistoryId>GEN-100-014</crm:contactHistoryId>', '')
      .replace(
        '<core:arrayObject xsi:type="core:String">GEN-100-014</core:arrayObject>',
        '<core:arrayObject xsi:type="core:WrappedNull"/>',
      );
    await expect(
      answering(bad).crm.contactHistory('100', NO_CONTACT_CRITERIA, { offset: 0, count: 3 }),
    ).rejects.toThrow(/no contactHistoryId/);
  });
});

const CALL: ContactDraft = {
  contactHistoryId: 'E2E-01-123456789012',
  customerNumber: '100',
  typeId: 'CALL',
  date: '2026-11-30T10:20:00Z',
  userId: '1042',
  subject: "O'Brien & Sons <re: order> 🧥",
  text: 'Line one\nLine two: Zoë & co',
  callOutcomeId: 'ANSWERED',
};

describe('CRMCustomerDataService · saveContactHistory', () => {
  it('writes the contact with every user value escaped, the outcome for a call', () => {
    const payload = SAVE_CONTACT_HISTORY.encode(CALL);
    const entity = child(parseXml(payload), NS.retail, 'customerContactHistory')!;
    expect(entity.children.map((c) => [c.local, c.text])).toEqual([
      ['contactHistoryId', 'E2E-01-123456789012'],
      ['customerId', '100'],
      ['customerContactTypeId', 'CALL'],
      ['contactDate', '2026-11-30T10:20:00Z'],
      ['userId', '1042'],
      ['subject', "O'Brien & Sons <re: order> 🧥"],
      ['description', 'Line one\nLine two: Zoë & co'],
      ['callOutcomeId', 'ANSWERED'],
    ]);
    expect(payload).toContain('O&apos;Brien &amp; Sons &lt;re: order&gt;');
    expect(
      SAVE_CONTACT_HISTORY.encode({ ...CALL, typeId: 'VISIT', callOutcomeId: '' }),
    ).not.toContain('callOutcomeId');
  });

  it("reads the fixture's answer: the contact as kept, text decoded", async () => {
    const result = await answering(saveResponse).crm.saveContact(CALL);
    expect(result).toEqual({
      outcome: 'Success',
      contact: {
        contactHistoryId: 'POS01-000000004217',
        customerNumber: '100',
        typeId: 'EMAIL',
        date: '2026-11-30T10:15:00Z',
        userId: '1042',
        subject: "Re: O'Brien & Sons <re: order> 🧥",
        text: "Dear Amelia,\n\nYour coat from O'Brien & Sons is ready to collect 🎉.\n\nKind regards,\nPriya",
        callOutcomeId: '',
        recipients: ['rasangi.desilva@enactor.co.uk'],
      },
    });
    // The fixture's answer is another contact than the one sent: not a confirmation of it.
    if (result.outcome === 'Success') expect(isSameContact(CALL, result.contact)).toBe(false);
  });

  it("reads the fixture's ValidationFailed: a message and each field's words", async () => {
    expect(await answering(saveInvalidResponse).crm.saveContact(CALL)).toEqual({
      outcome: 'Invalid',
      message: 'The contact was not saved: correct the fields shown.',
      fieldErrors: {
        userId: 'The operator (userId) is mandatory.',
        callOutcomeId:
          'A call needs an outcome: one of ANSWERED, NO_ANSWER, VOICEMAIL, CALL_BACK_REQUESTED, WRONG_NUMBER.',
      },
    });
  });

  it('an answer with an unknown outcome, or not XML, is malformed', async () => {
    const odd = crmAnswer(
      'saveContactHistory',
      '<retail:contactHistorySaveOutput><retail:outcome name="Maybe"/></retail:contactHistorySaveOutput>',
    );
    await expect(answering(odd).crm.saveContact(CALL)).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
    await expect(answering('<html>proxy</html').crm.saveContact(CALL)).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });
});

describe('CRMCustomerDataService · loadCustomerDetails', () => {
  it("reads the record and its consents; the phone's word is the latest", async () => {
    const loaded = await answering(loadResponse).crm.loadDetails('100');
    expect(loaded?.customer).toMatchObject({ customerNumber: '100', surname: 'Baldwin' });
    expect(loaded?.customer.phones).toEqual([
      { value: '078 1839 3795', typeId: 'PHONE_MOBILE', preferred: true },
    ]);
    expect(loaded?.consents).toEqual([
      { channelId: 'EMAIL', granted: true, created: '2026-03-01T10:12:00Z', userId: '1042' },
      { channelId: 'SMS', granted: false, created: '2026-03-01T10:12:00Z', userId: '1042' },
    ]);
    expect(consentFor(loaded!.consents, 'EMAIL')).toBe('given');
    expect(consentFor(loaded!.consents, 'PHONE')).toBe('not-asked');
    expect(
      consentFor(
        [
          { channelId: 'PHONE', granted: true, created: '2025-01-01T00:00:00Z', userId: 'A' },
          { channelId: 'PHONE', granted: false, created: '2026-01-01T00:00:00Z', userId: 'B' },
        ],
        'PHONE',
      ),
    ).toBe('withdrawn');
  });

  it('no customer is null; a consent neither given nor withdrawn is malformed', async () => {
    const none = crmAnswer(
      'loadCustomerDetails',
      '<retail:customerDetailsOutput><retail:outcome name="NoCustomer"/></retail:customerDetailsOutput>',
    );
    expect(await answering(none).crm.loadDetails('9')).toBeNull();
    const bad = loadResponse.replace(
      '<retail:granted>false</retail:granted>',
      '<retail:granted>maybe</retail:granted>',
    );
    await expect(answering(bad).crm.loadDetails('100')).rejects.toBeInstanceOf(
      MalformedResponseError,
    );
  });
});
