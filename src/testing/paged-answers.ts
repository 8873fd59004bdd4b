/**
 * Answers to decode in the tests of the streaming decoder and the decode worker: the seed
 * fixtures and real simulator answers for every paged search, both SOAP versions, paged and
 * unpaged.
 */
import { EMPTY_CRITERIA } from '../shared/domain/crm';
import { connectSimulator } from './enactor';
import { SEARCH_CUSTOMERS } from '../shared/enactor/crm-customer-data-service/search-customers-codec';
import { NAME_SEARCH } from '../shared/enactor/customer-service/name-search-codec';
import { POSTCODE_SEARCH } from '../shared/enactor/customer-service/postcode-search-codec';
import nameResponse from '../shared/enactor/fixtures/name-search-response.xml?raw';
import postcodeResponse from '../shared/enactor/fixtures/postcode-search-response.xml?raw';
import loyaltySearchResponse from '../shared/enactor/fixtures/loyalty-account-search-response.xml?raw';
import { buildEnvelope, soapHeaders, type SoapVersion } from '../shared/enactor/soap/soap-request';
import type { PagedOperation } from '../shared/enactor/soap/paged-call';

export interface Sample {
  readonly name: string;
  readonly op: PagedOperation<never, unknown>;
  readonly text: string;
}

const page = (count: number) => ({ offset: 0, count });

export async function simulatorSamples(): Promise<Sample[]> {
  const samples: Sample[] = [
    {
      name: 'seed name search',
      op: NAME_SEARCH as PagedOperation<never, unknown>,
      text: nameResponse,
    },
    {
      name: 'seed postcode search',
      op: POSTCODE_SEARCH as PagedOperation<never, unknown>,
      text: postcodeResponse,
    },
  ];
  const ask = async (
    options: Parameters<typeof connectSimulator>[0],
    service: string,
    op: PagedOperation<never, unknown>,
    input: unknown,
    version: SoapVersion = '1.1',
  ) => {
    const { transport } = connectSimulator(options);
    const response = await transport(`http://sim.test/axis2/services/${service}`, {
      method: 'POST',
      headers: soapHeaders(version, op.operation),
      body: buildEnvelope(version, op.encode(input as never)),
    });
    return response.text();
  };
  const cases: [
    string,
    Parameters<typeof connectSimulator>[0],
    string,
    PagedOperation<never, unknown>,
    unknown,
    SoapVersion?,
  ][] = [
    [
      'simulator name "a", 50 a page',
      { customers: 3000 },
      'CustomerService',
      NAME_SEARCH as PagedOperation<never, unknown>,
      { criteria: 'a', page: page(50) },
    ],
    [
      'simulator name "a", unpaged 1,000',
      { customers: 3000, ignorePaging: true },
      'CustomerService',
      NAME_SEARCH as PagedOperation<never, unknown>,
      { criteria: 'a', page: page(50) },
    ],
    [
      'simulator name "o\'b", SOAP 1.2',
      { customers: 3000 },
      'CustomerService',
      NAME_SEARCH as PagedOperation<never, unknown>,
      { criteria: "o'b", page: page(100) },
      '1.2',
    ],
    [
      'simulator name with no match',
      { customers: 300 },
      'CustomerService',
      NAME_SEARCH as PagedOperation<never, unknown>,
      { criteria: 'qqzzxx', page: page(50) },
    ],
    [
      'simulator postcode "sg14"',
      { customers: 3000 },
      'CustomerService',
      POSTCODE_SEARCH as PagedOperation<never, unknown>,
      { criteria: 'sg14', page: page(200) },
    ],
    [
      'simulator CRM surname "smith"',
      { customers: 3000 },
      'CRMCustomerDataService',
      SEARCH_CUSTOMERS as PagedOperation<never, unknown>,
      {
        criteria: {
          criteria: { ...EMPTY_CRITERIA, surname: 'smith' },
          sort: { column: 'town', descending: true },
        },
        page: page(100),
      },
    ],
    [
      'simulator CRM card number',
      { customers: 300 },
      'CRMCustomerDataService',
      SEARCH_CUSTOMERS as PagedOperation<never, unknown>,
      {
        criteria: {
          criteria: { ...EMPTY_CRITERIA, loyaltyNumber: '1442 0000' },
          sort: { column: 'surname', descending: false },
        },
        page: page(10),
      },
    ],
  ];
  for (const [name, options, service, op, input, version] of cases) {
    samples.push({ name, op, text: await ask(options, service, op, input, version) });
  }
  return samples;
}

export { loyaltySearchResponse };
