/** Every query of the Email Client is under `emailKeys.all`, and one customer's under `customer`. */
export const emailKeys = {
  all: ['crm-email'] as const,
  customer: (customerNumber: string) => [...emailKeys.all, customerNumber] as const,
  details: (customerNumber: string) => [...emailKeys.customer(customerNumber), 'details'] as const,
  wishlist: (customerNumber: string, operatorId: string | null) =>
    [...emailKeys.customer(customerNumber), 'wishlist', operatorId] as const,
  /** Address book pages (other customers): under `all`, so the till's clear forgets them. */
  addressBook: (text: string, offset: number, count: number) =>
    [...emailKeys.all, 'address-book', text, offset, count] as const,
};

/** Rows a page of the address book shows: a few, the panel shares the screen with the form. */
export const ADDRESS_BOOK_PAGE_SIZE = 5;
