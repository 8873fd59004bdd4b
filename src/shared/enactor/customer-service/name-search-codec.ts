import type { CustomerSummary } from '../../domain/customer';
import { NS } from '../soap/namespaces';
import { pageInfoElement } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { escapeXml } from '../soap/xml-escape';
import { readCustomerSummaries } from './customer-summary-columns';

/** CustomerService · submitCustomerNameSearch (seed 002; `pageInfo` is [OURS], docs/API.md). */
export const NAME_SEARCH: PagedOperation<string, CustomerSummary> = {
  operation: 'submitCustomerNameSearch',
  responseNs: NS.core,
  encode: ({ criteria: searchName, page }) =>
    `<ns:submitCustomerNameSearch xmlns:ns="${NS.core}">` +
    `<retail:customerNameSearchRequest xmlns:retail="${NS.retail}" xmlns:core="${NS.core}">` +
    `<retail:searchName>${escapeXml(searchName)}</retail:searchName>` +
    '<retail:types/>' +
    pageInfoElement('retail', page) +
    '</retail:customerNameSearchRequest>' +
    '</ns:submitCustomerNameSearch>',
  decode: readCustomerSummaries,
};
