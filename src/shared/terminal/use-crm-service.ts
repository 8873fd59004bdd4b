import { useMemo } from 'react';
import { loadPhoneRules } from '../country/phone';
import { createCrmCustomerDataService } from '../enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from './terminal-context';

/**
 * The CRM client for the screens that need it (Client Search, Client Details, Preferences,
 * history): built by whichever lazy screen asks first, so its codecs never load at start-up.
 * Phone numbers searched for are read by the store country's rules.
 */
export function useCrmService() {
  const { crmEndpoint, config } = useTerminal();
  return useMemo(
    () =>
      createCrmCustomerDataService(crmEndpoint, {
        phoneDigits: async () => {
          const rules = await loadPhoneRules();
          return (text) => rules.searchDigits(text, config.country);
        },
      }),
    [crmEndpoint, config.country],
  );
}
