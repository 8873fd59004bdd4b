import type { CrmCriteria, CrmSort } from '../../../shared/domain/crm';

/** Every query of the CRM feature is under `crmKeys.all`. */
export const crmKeys = {
  all: ['crm'] as const,
  searches: () => [...crmKeys.all, 'search'] as const,
  search: (criteria: CrmCriteria, sort: CrmSort, offset: number, count: number) =>
    [...crmKeys.searches(), criteria, sort, offset, count] as const,
  details: (customerNumber: string) => [...crmKeys.all, 'details', customerNumber] as const,
  /** Load Customer Details: the whole record, for an edit. */
  full: (customerNumber: string) => [...crmKeys.all, 'full', customerNumber] as const,
};
