/** Paths every feature may link to (features do not import each other). */
export const routes = {
  customerSearch: '/',
  customer: (customerNumber: string) => `/customers/${encodeURIComponent(customerNumber)}`,
  account: (accountId: string) => `/accounts/${encodeURIComponent(accountId)}`,
  /** The balance of the card last scanned or typed: the number is never put in a URL. */
  cardBalance: '/balance',
  cardEntry: '/card',
  /** A member of the REST points programme: balance, history, earn and redeem. */
  points: (customerNumber: string) => `/points/${encodeURIComponent(customerNumber)}`,
  /** CRM Client Search, Client Details, and the new and edit forms. */
  crmSearch: '/crm',
  crmCustomer: (customerNumber: string) => `/crm/customers/${encodeURIComponent(customerNumber)}`,
  crmEdit: (customerNumber: string) => `/crm/customers/${encodeURIComponent(customerNumber)}/edit`,
  /** A client's notes and wishlist, preferences and consent, and key dates. */
  crmPreferences: (customerNumber: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/preferences`,
  crmNew: '/crm/new',
  /** A client's transactions, one transaction (its id is not personal data), contacts, a call. */
  crmTransactions: (customerNumber: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/transactions`,
  crmTransaction: (customerNumber: string, transactionId: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/transactions/${encodeURIComponent(transactionId)}`,
  crmContacts: (customerNumber: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/contacts`,
  crmCall: (customerNumber: string) => `/crm/customers/${encodeURIComponent(customerNumber)}/call`,
  /** The Email Client: an e-mail to the client, recorded as a contact. */
  crmEmail: (customerNumber: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/email`,
  /** A client's relationships to other clients: see, add, change, remove. */
  crmRelationships: (customerNumber: string) =>
    `/crm/customers/${encodeURIComponent(customerNumber)}/relationships`,
  /** Writes waiting for the server, with their state and last error. */
  outbox: '/outbox',
  /** For the help desk: build, config, services, errors, Export. */
  diagnostics: '/diagnostics',
  /** Operator sign-on (on-screen keypad). */
  signOn: '/sign-on',
  /** Sign-on, then back to `path` (a screen whose write needs an operator). */
  signOnThen: (path: string) => `/sign-on?then=${encodeURIComponent(path)}`,
} as const;
