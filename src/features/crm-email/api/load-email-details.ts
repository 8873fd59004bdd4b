import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { emailKeys } from './keys';

/**
 * CRMCustomerDataService · loadCustomerDetails: the whole record, fresh (every e-mail
 * address), with the consents on file, for the Email Client: whom it is addressed to and
 * whether the customer agreed to e-mail (the Preferences screen's consent). Null when there
 * is no such customer. Asked again whenever the screen opens, so a consent changed a moment
 * ago on Preferences is the one that counts.
 */
export const emailDetailsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: emailKeys.details(customerNumber),
    queryFn: ({ signal }) => service.loadDetails(customerNumber, signal),
    staleTime: 0,
  });

export function useEmailDetails(customerNumber: string) {
  return useQuery(emailDetailsOptions(useCrmService(), customerNumber));
}
