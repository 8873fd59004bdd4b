import type { PageRequest } from '../../domain/paging';
import { NS } from '../soap/namespaces';
import { pagedListIn, type PagedArrayList } from '../soap/paged-array-list';
import { escapeXml } from '../soap/xml-escape';
import type { XmlElement } from '../soap/xml-reader';

/** CustomerService · submitCustomerNameSearch (seed 002; `pageInfo` is [OURS], docs/API.md). */
export const NAME_SEARCH = {
  operation: 'submitCustomerNameSearch',
  responseNs: NS.core,
} as const;

export function encodeNameSearch(searchName: string, page: PageRequest): string {
  return (
    `<ns:submitCustomerNameSearch xmlns:ns="${NS.core}">` +
    `<retail:customerNameSearchRequest xmlns:retail="${NS.retail}" xmlns:core="${NS.core}">` +
    `<retail:searchName>${escapeXml(searchName)}</retail:searchName>` +
    '<retail:types/>' +
    `<retail:pageInfo><core:rowOffset>${page.offset}</core:rowOffset><core:rowCount>${page.count}</core:rowCount></retail:pageInfo>` +
    '</retail:customerNameSearchRequest>' +
    '</ns:submitCustomerNameSearch>'
  );
}

export const decodeNameSearch: (response: XmlElement) => PagedArrayList = pagedListIn;
