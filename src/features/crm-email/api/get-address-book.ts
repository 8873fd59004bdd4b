import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { ADDRESS_BOOK_PAGE_SIZE, emailKeys } from './keys';

/**
 * CRMCustomerDataService · getAddressBook: one page of the customers with an e-mail whose
 * name (or, with `@`, address) matches the text searched. Asked only once a text is searched
 * (`text` is '' until then); the page before stays in view while the next one loads.
 */
export const addressBookOptions = (
  service: CrmCustomerDataService,
  text: string,
  offset: number,
  count = ADDRESS_BOOK_PAGE_SIZE,
) =>
  queryOptions({
    queryKey: emailKeys.addressBook(text, offset, count),
    queryFn: ({ signal }) => service.addressBook(text, { offset, count }, signal),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
  });

export function useAddressBook(text: string, offset: number) {
  return useQuery(addressBookOptions(useCrmService(), text, offset));
}
