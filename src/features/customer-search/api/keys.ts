import type { CustomerSearchMode } from '../../../shared/enactor/customer-service/customer-service';

/** Every query of Customer Search is under `customerSearchKeys.all` (a new search cancels them). */
export const customerSearchKeys = {
  all: ['customer-search'] as const,
  /** CustomerService name and postcode searches. */
  search: (mode: CustomerSearchMode, term: string, pageSize: number) =>
    [...customerSearchKeys.all, mode, term, pageSize] as const,
  /** The one box's CRM search by e-mail address or phone number. */
  contact: (field: 'email' | 'phone', value: string, pageSize: number) =>
    [...customerSearchKeys.all, 'contact', field, value, pageSize] as const,
};
