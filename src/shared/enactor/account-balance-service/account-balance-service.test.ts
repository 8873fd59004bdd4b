import { describe, expect, it } from 'vitest';
import enquiryRequest from '../fixtures/balance-enquiry-request.xml?raw';
import enquiryResponse from '../fixtures/balance-enquiry-response.xml?raw';
import searchRequest from '../fixtures/loyalty-account-search-request.xml?raw';
import searchResponse from '../fixtures/loyalty-account-search-response.xml?raw';
import { buildEnvelope, openEnvelope } from '../soap/envelope';
import { MalformedResponseError } from '../errors';
import { NS } from '../soap/namespaces';
import { child, childText, type XmlElement } from '../soap/xml-reader';
import type { BalanceUpdateRequest } from '../../domain/loyalty';
import type { Transport } from '../transport';
import { testEndpoint } from '../../../testing/enactor';
import { createAccountBalanceService } from './account-balance-service';
import { BalanceUpdateEchoError } from './balance-update-codec';

function serviceAnswering(body: string) {
  const sent: string[] = [];
  const transport: Transport = async (_url, init) => {
    sent.push(String(init.body));
    return new Response(body, { status: 200 });
  };
  const service = createAccountBalanceService(testEndpoint('accountBalanceService', transport), {
    currencyId: 'GBP',
    locationId: '0005',
  });
  return { service, sent };
}

function payloadOf(xml: string): XmlElement {
  const opened = openEnvelope(xml);
  if (opened.kind !== 'payload') throw new Error('fault');
  return opened.payload;
}

const output = (outcome: string, inner = '') =>
  buildEnvelope(
    '1.1',
    `<ns:submitAccountBalanceEnquiryResponse xmlns:ns="${NS.accountBalanceService}"><retail:accountBalanceEnquiryOutput xmlns:retail="${NS.retail}"><retail:outcome name="${outcome}"/>${inner}</retail:accountBalanceEnquiryOutput></ns:submitAccountBalanceEnquiryResponse>`,
  );

describe('AccountBalanceService loyalty account search (seed 002 golden)', () => {
  it('sends the seed request and decodes accounts 200 and 4', async () => {
    const { service, sent } = serviceAnswering(searchResponse);
    expect(await service.searchLoyaltyAccounts('100')).toEqual([
      { accountId: '200', accountType: 'customerLoyaltyAccount', status: 'ACTIVE' },
      { accountId: '4', accountType: 'customerLoyaltyAccount', status: 'ACTIVE' },
    ]);
    const ours = payloadOf(sent[0]!);
    const seed = payloadOf(searchRequest);
    expect(ours).toMatchObject({
      ns: NS.accountBalanceService,
      local: 'submitLoyaltyAccountSearch',
    });
    expect(childText(ours, NS.core, 'string')).toBe(childText(seed, NS.core, 'string'));
  });
});

describe('AccountBalanceService balance enquiry (seed 002 golden)', () => {
  it('sends every element of the seed request', async () => {
    const { service, sent } = serviceAnswering(enquiryResponse);
    await service.enquire({ cardNumber: '14420000', accountType: 'customerLoyaltyAccount' });
    const read = (xml: string) => {
      const request = child(payloadOf(xml), NS.retail, 'accountBalanceEnquiryRequest')!;
      return Object.fromEntries(request.children.map((c) => [c.local, c.text]));
    };
    expect(read(sent[0]!)).toEqual(read(enquiryRequest));
  });

  it('decodes every field of the Success example', async () => {
    const { service } = serviceAnswering(enquiryResponse);
    const result = await service.enquire({
      cardNumber: '14420000',
      accountType: 'customerLoyaltyAccount',
    });
    expect(result).toEqual({
      outcome: 'Success',
      account: {
        accountId: '200',
        accountType: 'customerLoyaltyAccount',
        currencyId: 'GBP',
        status: 'ACTIVE',
        openedDate: '2021-11-01T00:00:00Z',
        customerNumber: '100',
        loyaltySchemeId: 'LOYALTY_UK',
        tierCode: 'UK3',
        manualTierReview: false,
      },
      balance: {
        accountId: '200',
        accountType: 'customerLoyaltyAccount',
        balance: 6028,
        currencyId: 'GBP',
        balanceDate: '2024-02-14T14:13:38Z',
      },
      customer: {
        customerNumber: '100',
        title: 'Mrs',
        forename: 'Amelia',
        surname: 'Baldwin',
        initials: 'AB',
        sex: 'FEMALE',
        dateOfBirth: '1987-02-03',
        organisation: 'Enactor',
        customerType: 'RETAIL',
        status: 'Active',
        contactMethod: 'METHOD_EMAIL',
        contactable: false,
        addresses: [
          {
            typeId: 'ADDRESS_HOME',
            preferred: true,
            lines: ['137 Newport Road'],
            town: 'Carmel',
            county: '',
            postcode: 'SG14 3AG',
            country: 'United Kingdom',
          },
        ],
        emails: [{ value: 'rasangi.desilva@enactor.co.uk', typeId: 'EMAIL_HOME', preferred: true }],
        phones: [{ value: '078 1839 3795', typeId: 'PHONE_MOBILE', preferred: true }],
      },
      card: {
        accountId: '200',
        status: 'CURRENT',
        pan: '14420000',
        createdOn: '2021-11-01T00:00:00Z',
        expiryDate: null,
      },
      groups: [],
    });
  });

  it.each([
    ['NoAccount', 'No account was found for this card or account.'],
    ['UnknownAccountType', 'The customer was found, but the account type is not recognised.'],
    ['Fail', 'The account could not be looked up.'],
  ] as const)('decodes the %s outcome with a message for the cashier', async (outcome, message) => {
    const { service } = serviceAnswering(output(outcome));
    expect(
      await service.enquire({ accountId: '9', accountType: 'customerLoyaltyAccount' }),
    ).toEqual({ outcome, message });
  });

  it('keeps a server message, and reads customer groups', async () => {
    const { service } = serviceAnswering(
      output('Fail', '<retail:message>Database locked</retail:message>'),
    );
    expect(await service.enquire({ accountId: '9', accountType: 'x' })).toEqual({
      outcome: 'Fail',
      message: 'Database locked',
    });
    const withGroups = enquiryResponse.replace(
      '</retail:accountBalanceEnquiryOutput>',
      '<retail:customerGroup><retail:groupId groupHierarchyId="LOYALTY" groupTypeId="TIER">GOLD</retail:groupId></retail:customerGroup></retail:accountBalanceEnquiryOutput>',
    );
    const result = await serviceAnswering(withGroups).service.enquire({
      cardNumber: '14420000',
      accountType: 'customerLoyaltyAccount',
    });
    expect(result.outcome === 'Success' && result.groups).toEqual([
      { groupId: 'GOLD', groupHierarchyId: 'LOYALTY', groupTypeId: 'TIER' },
    ]);
  });

  it('refuses an unknown outcome or a balance that is not a number', async () => {
    await expect(
      serviceAnswering(output('Maybe')).service.enquire({ accountId: '1', accountType: 'x' }),
    ).rejects.toBeInstanceOf(MalformedResponseError);
    const bad = enquiryResponse.replace(
      '<retail:accountBalance>6028<',
      '<retail:accountBalance>lots<',
    );
    await expect(
      serviceAnswering(bad).service.enquire({ accountId: '1', accountType: 'x' }),
    ).rejects.toThrow(/not a whole number/);
  });
});

describe('AccountBalanceService balance update ([OURS] shape, seed 002 tables)', () => {
  const request = {
    transactionId: '5000123',
    deviceId: 'POS-01',
    locationId: '0005',
    account: { accountId: '200', accountType: 'customerLoyaltyAccount' },
    updateAmount: 150,
    dateTimeUpdated: '2026-11-22T10:15:00Z',
    currencyId: 'GBP',
  } as const;

  it('sends every mandatory element of the table', async () => {
    const answer = buildEnvelope(
      '1.1',
      `<ns:submitAccountBalanceUpdateResponse xmlns:ns="${NS.accountBalanceService}"><retail:accountBalanceUpdateOutput xmlns:retail="${NS.retail}"><retail:outcome name="Success"/><retail:transactionId>5000123</retail:transactionId><retail:accountId>200</retail:accountId><retail:updateAmount>150</retail:updateAmount><retail:referenceId>R1</retail:referenceId><retail:lastUpdated>2026-11-22T10:15:01Z</retail:lastUpdated><retail:accountBalance><retail:accountBalance>6178</retail:accountBalance></retail:accountBalance></retail:accountBalanceUpdateOutput></ns:submitAccountBalanceUpdateResponse>`,
    );
    const { service, sent } = serviceAnswering(answer);
    expect(await service.update(request)).toEqual({
      outcome: 'Success',
      transactionId: '5000123',
      accountId: '200',
      updateAmount: 150,
      referenceId: 'R1',
      balance: 6178,
      lastUpdated: '2026-11-22T10:15:01Z',
    });
    const body = child(payloadOf(sent[0]!), NS.retail, 'accountBalanceUpdateRequest')!;
    expect(Object.fromEntries(body.children.map((c) => [c.local, c.text]))).toEqual({
      transactionId: '5000123',
      deviceId: 'POS-01',
      locationId: '0005',
      accountId: '200',
      accountType: 'customerLoyaltyAccount',
      updateAmount: '150',
      dateTimeUpdated: '2026-11-22T10:15:00Z',
      currencyId: 'GBP',
    });
  });

  const answering = (fields: string) =>
    serviceAnswering(
      buildEnvelope(
        '1.1',
        `<ns:submitAccountBalanceUpdateResponse xmlns:ns="${NS.accountBalanceService}"><retail:accountBalanceUpdateOutput xmlns:retail="${NS.retail}"><retail:outcome name="Success"/>${fields}<retail:referenceId>R1</retail:referenceId></retail:accountBalanceUpdateOutput></ns:submitAccountBalanceUpdateResponse>`,
      ),
    ).service;
  const echo = (tx = '5000123', account = '200', amount = '150', device = '') =>
    `<retail:transactionId>${tx}</retail:transactionId>${device ? `<retail:deviceId>${device}</retail:deviceId>` : ''}<retail:accountId>${account}</retail:accountId><retail:updateAmount>${amount}</retail:updateAmount>`;
  async function refusal(fields: string, sent: BalanceUpdateRequest = request) {
    try {
      await answering(fields).update(sent);
    } catch (error) {
      return error as MalformedResponseError;
    }
    throw new Error('expected the answer to be refused');
  }

  it('a Success for another transaction, account, amount or device is not a delivery', async () => {
    for (const [fields, difference] of [
      [echo('5000124'), 'transaction 5000124, not 5000123'],
      [echo(undefined, '201'), 'account 201, not 200'],
      [echo(undefined, undefined, '1500'), 'amount 1500, not 150'],
      [echo(undefined, undefined, undefined, 'POS-02'), 'device POS-02, not POS-01'],
    ] as const) {
      const error = await refusal(fields);
      expect(error).toBeInstanceOf(MalformedResponseError);
      expect(error.cause).toBeInstanceOf(BalanceUpdateEchoError);
      expect((error.cause as BalanceUpdateEchoError).difference).toBe(difference);
    }
    // The same figures written otherwise are the same: longs compare as numbers.
    expect(await answering(echo('0005000123', '200', '0150')).update(request)).toMatchObject({
      outcome: 'Success',
      transactionId: '0005000123',
      updateAmount: 150,
    });
  });

  it('a Success that echoes nothing cannot be checked, so it is not a delivery', async () => {
    const error = await refusal('');
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toMatch(/does not say which transaction it applied/);
  });

  it('an update by card may be answered with the account found, or the card echoed', async () => {
    const byCard = {
      ...request,
      account: { cardNumber: '14420000', accountType: 'customerLoyaltyAccount' },
    };
    expect(await answering(echo()).update(byCard)).toMatchObject({ outcome: 'Success' });
    const other = `${echo()}<retail:cardNumber>14420001</retail:cardNumber>`;
    expect((await refusal(other, byCard)).message).toMatch(/card 14420001, not 14420000/);
  });

  it('refuses to send a fractional amount', async () => {
    await expect(
      serviceAnswering('').service.update({ ...request, updateAmount: 1.5 }),
    ).rejects.toThrow(RangeError);
  });
});
