import type { CustomerSummary } from '../../domain/customer';
import type { Page, PageRequest } from '../../domain/paging';
import type { PagedArrayList } from '../soap/paged-array-list';
import { callOperation, type SoapEndpoint } from '../soap/soap-call';
import type { XmlElement } from '../soap/xml-reader';
import { decodeCustomerSummaries } from './customer-summary-row';
import { NAME_SEARCH, decodeNameSearch, encodeNameSearch } from './name-search-codec';
import {
  POSTCODE_SEARCH,
  decodePostcodeSearch,
  encodePostcodeSearch,
} from './postcode-search-codec';

export type CustomerSearchMode = 'name' | 'postcode';

export interface CustomerService {
  search(
    mode: CustomerSearchMode,
    term: string,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<CustomerSummary>>;
}

interface Operation {
  readonly operation: string;
  readonly responseNs: string;
  encode(term: string, page: PageRequest): string;
  decode(response: XmlElement): PagedArrayList;
}

const OPERATIONS: Record<CustomerSearchMode, Operation> = {
  name: { ...NAME_SEARCH, encode: encodeNameSearch, decode: decodeNameSearch },
  postcode: { ...POSTCODE_SEARCH, encode: encodePostcodeSearch, decode: decodePostcodeSearch },
};

/** How long a full result from a server that ignores paging is reused for its later pages. */
const UNPAGED_RESULT_TTL_MS = 60_000;

/**
 * A server that ignores `pageInfo` sends every row (with zeros or the full count in the
 * paging attributes). Then the terminal pages locally, so the cashier sees the same paging.
 */
function serverIgnoredPaging(list: PagedArrayList, page: PageRequest): boolean {
  if (list.rows.length > page.count) return true;
  if (list.rows.length > 0 && list.totalRows === 0) return true;
  return page.offset > 0 && list.currentRowOffset === 0 && list.rowsPerPage === 0;
}

export function createCustomerService(endpoint: SoapEndpoint): CustomerService {
  // One remembered unpaged result: paging through it must not download it again.
  let unpaged: { key: string; rows: CustomerSummary[]; at: number } | null = null;

  return {
    async search(mode, term, page, signal) {
      const op = OPERATIONS[mode];
      const cacheKey = `${mode}\u0000${term}`;
      if (unpaged && unpaged.key === cacheKey && Date.now() - unpaged.at < UNPAGED_RESULT_TTL_MS) {
        return slice(unpaged.rows, page);
      }
      const { list, rows } = await callOperation(
        endpoint,
        op,
        op.encode(term, page),
        (response) => {
          const decoded = op.decode(response);
          return { list: decoded, rows: decodeCustomerSummaries(decoded) };
        },
        signal,
      );
      if (serverIgnoredPaging(list, page)) {
        unpaged = { key: cacheKey, rows, at: Date.now() };
        return slice(rows, page);
      }
      return {
        rows,
        offset: page.offset,
        total: Math.max(list.totalRows, page.offset + rows.length),
        pagedBy: 'server',
      };
    },
  };
}

function slice(rows: readonly CustomerSummary[], page: PageRequest): Page<CustomerSummary> {
  return {
    rows: rows.slice(page.offset, page.offset + page.count),
    offset: page.offset,
    total: rows.length,
    pagedBy: 'client',
  };
}
