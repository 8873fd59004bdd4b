/** Paths every feature may link to (features do not import each other). */
export const routes = {
  customerSearch: '/',
  customer: (customerNumber: string) => `/customers/${encodeURIComponent(customerNumber)}`,
} as const;
