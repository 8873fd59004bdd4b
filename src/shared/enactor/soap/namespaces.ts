/** Namespace URIs of the Enactor services (see docs/API.md). Match by URI, never by prefix. */
export const NS = {
  core: 'http://www.enactor.com/core',
  retail: 'http://www.enactor.com/retail',
  accountBalanceService: 'http://www.enactor.com/retail/AccountBalanceService',
  crm: 'http://www.enactor.com/crm',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xsd: 'http://www.w3.org/2001/XMLSchema',
  soap11: 'http://schemas.xmlsoap.org/soap/envelope/',
  soap12: 'http://www.w3.org/2003/05/soap-envelope',
} as const;
