import { useMemo } from 'react';
import { loadPhoneRules } from '../../../shared/country/phone';
import { createCrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';

/**
 * The CRM client, built here so its codecs load with the CRM screens, not at start-up; phone
 * numbers searched for are read by the store country's rules.
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
