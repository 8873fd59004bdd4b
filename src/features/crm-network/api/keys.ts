import type { PageRequest } from '../../../shared/domain/paging';

/** Every query of the CRM network feature is under `networkKeys.all`. */
export const networkKeys = {
  all: ['crm-network'] as const,
  /** The customer's details, for the name in a heading. */
  customer: (customerNumber: string) => [...networkKeys.all, 'customer', customerNumber] as const,
  relationships: (customerNumber: string) =>
    [...networkKeys.all, 'relationships', customerNumber] as const,
  affiliatedOf: (customerNumber: string) =>
    [...networkKeys.all, 'affiliated', customerNumber] as const,
  affiliated: (customerNumber: string, page: PageRequest) =>
    [...networkKeys.affiliatedOf(customerNumber), page.offset, page.count] as const,
};
