import { LOYALTY_ACCOUNT_SEARCH } from './account-balance-service/loyalty-account-search-codec';
import { GET_CUSTOMER_DETAILS } from './crm-customer-data-service/customer-details-codec';
import { POSTCODE_SEARCH } from './customer-service/postcode-search-codec';
import type { ServiceId } from './errors';
import { probeProgramme } from './loyalty-programme/probe';
import type { RestEndpoint } from './loyalty-programme/rest-call';
import { probeSoapService, type ProbeResult } from './soap/probe';
import type { SoapEndpoint } from './soap/soap-call';

export type { ProbeResult };

/**
 * A live check of every configured service with a read that touches no customer: a postcode
 * area that does not exist, the loyalty accounts and CRM details of customer "0", and the
 * points of member "0". Run in parallel; each answers for itself.
 */
export function probeServices(
  soap: readonly SoapEndpoint[],
  programme: RestEndpoint | null,
): Promise<{ service: ServiceId; url: string; result: ProbeResult }[]> {
  const checks = soap.map(async (endpoint) => {
    const result = await (endpoint.service === 'customerService'
      ? probeSoapService(endpoint, POSTCODE_SEARCH, {
          criteria: 'ZZ99 9ZZ',
          page: { offset: 0, count: 1 },
        })
      : endpoint.service === 'accountBalanceService'
        ? probeSoapService(endpoint, LOYALTY_ACCOUNT_SEARCH, '0')
        : probeSoapService(endpoint, GET_CUSTOMER_DETAILS, '0'));
    return { service: endpoint.service, url: endpoint.url, result };
  });
  if (programme) {
    checks.push(
      probeProgramme(programme).then((result) => ({
        service: 'loyaltyProgramme' as const,
        url: programme.baseUrl,
        result,
      })),
    );
  }
  return Promise.all(checks);
}
