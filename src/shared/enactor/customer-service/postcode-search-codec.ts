import type { CustomerSummary } from '../../domain/customer';
import { NS } from '../soap/namespaces';
import { pageInfoElement } from '../soap/paged-array-list';
import type { PagedOperation } from '../soap/paged-call';
import { escapeXml } from '../soap/xml-escape';
import { readCustomerSummaries } from './customer-summary-columns';

/**
 * CustomerService · submitCustomerPostCodeSearch (seed 002). The seed sends only
 * `core:string`; the `core:pageInfo` sibling is [OURS] (docs/API.md).
 */
export const POSTCODE_SEARCH: PagedOperation<string, CustomerSummary> = {
  operation: 'submitCustomerPostCodeSearch',
  responseNs: NS.core,
  encode: ({ criteria: postcode, page }) =>
    `<ns:submitCustomerPostCodeSearch xmlns:ns="${NS.core}" xmlns:core="${NS.core}">` +
    `<core:string>${escapeXml(postcode)}</core:string>` +
    pageInfoElement('core', page) +
    '</ns:submitCustomerPostCodeSearch>',
  decode: readCustomerSummaries,
};
