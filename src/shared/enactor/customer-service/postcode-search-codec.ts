import type { PageRequest } from '../../domain/paging';
import { NS } from '../soap/namespaces';
import { pagedListIn, type PagedArrayList } from '../soap/paged-array-list';
import { escapeXml } from '../soap/xml-escape';
import type { XmlElement } from '../soap/xml-reader';

/**
 * CustomerService · submitCustomerPostCodeSearch (seed 002). The seed sends only
 * `core:string`; the `core:pageInfo` sibling is [OURS] (docs/API.md).
 */
export const POSTCODE_SEARCH = {
  operation: 'submitCustomerPostCodeSearch',
  responseNs: NS.core,
} as const;

export function encodePostcodeSearch(postcode: string, page: PageRequest): string {
  return (
    `<ns:submitCustomerPostCodeSearch xmlns:ns="${NS.core}" xmlns:core="${NS.core}">` +
    `<core:string>${escapeXml(postcode)}</core:string>` +
    `<core:pageInfo><core:rowOffset>${page.offset}</core:rowOffset><core:rowCount>${page.count}</core:rowCount></core:pageInfo>` +
    '</ns:submitCustomerPostCodeSearch>'
  );
}

export const decodePostcodeSearch: (response: XmlElement) => PagedArrayList = pagedListIn;
