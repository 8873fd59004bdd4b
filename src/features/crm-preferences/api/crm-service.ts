import { useMemo } from 'react';
import { createCrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useTerminal } from '../../../shared/terminal/terminal-context';

/**
 * The CRM client, built here (features do not share code) so its codecs load with these
 * screens and panels, never at start-up.
 */
export function useCrmService() {
  const { crmEndpoint } = useTerminal();
  return useMemo(() => createCrmCustomerDataService(crmEndpoint), [crmEndpoint]);
}
