import { queryOptions, useQuery } from '@tanstack/react-query';
import { consentFor, type ConsentState } from '../../../shared/domain/crm-history';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { historyKeys } from './keys';

/**
 * CRMCustomerDataService · loadCustomerDetails: the whole record, fresh (every phone number),
 * with the consents on file, for the Call Client. Null when there is no such customer. Fresh
 * for a few seconds only: long enough that the consent line, mounted a moment after the
 * numbers, reads the same answer instead of asking again.
 */
export const callDetailsOptions = (service: CrmCustomerDataService, customerNumber: string) =>
  queryOptions({
    queryKey: historyKeys.callDetails(customerNumber),
    queryFn: ({ signal }) => service.loadDetails(customerNumber, signal),
    staleTime: 10_000,
  });

export function useCallDetails(customerNumber: string) {
  return useQuery(callDetailsOptions(useCrmService(), customerNumber));
}

/**
 * The customer's phone consent: given, withdrawn or never asked. Read today from Load
 * Customer Details' consents (the same call as the phone numbers, so no second request);
 * the Preferences screen's getCustomerPreferences (option set GDPR_CONSENT, channel PHONE)
 * holds the same facts, and this one hook is where to read it from instead.
 */
export function usePhoneConsent(customerNumber: string) {
  return useQuery({
    ...callDetailsOptions(useCrmService(), customerNumber),
    select: (loaded): ConsentState | null => (loaded ? consentFor(loaded.consents, 'PHONE') : null),
  });
}
