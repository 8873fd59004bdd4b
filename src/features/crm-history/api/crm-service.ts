import { useMemo } from 'react';
import { createCrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';

/** The CRM client, built here so its codecs load with these screens, not at start-up. */
export function useCrmService() {
  const { crmEndpoint } = useTerminal();
  return useMemo(() => createCrmCustomerDataService(crmEndpoint), [crmEndpoint]);
}
