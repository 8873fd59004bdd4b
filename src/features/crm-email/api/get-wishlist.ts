import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WishlistItem } from '../../../shared/domain/clienteling';
import type { CrmCustomerDataService } from '../../../shared/enactor/crm-customer-data-service/crm-customer-data-service';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { emailKeys } from './keys';

/**
 * CRMCustomerDataService · getCustomerNotes, for the templates' product: the customer's
 * wishlist items this operator may see, newest first (active ones only).
 */
export const wishlistOptions = (
  service: CrmCustomerDataService,
  customerNumber: string,
  operatorId: string | null,
) =>
  queryOptions({
    queryKey: emailKeys.wishlist(customerNumber, operatorId),
    queryFn: async ({ signal }): Promise<WishlistItem[]> => {
      const notes = await service.notes(customerNumber, operatorId, signal);
      return (notes ?? [])
        .filter((n) => n.type === 'WISHLIST' && n.status === 'ACTIVE' && n.wishlistItem)
        .sort((a, b) => Date.parse(b.created) - Date.parse(a.created))
        .flatMap((n) => (n.wishlistItem ? [n.wishlistItem] : []));
    },
    staleTime: 30_000,
  });

export function useWishlist(customerNumber: string, operatorId: string | null) {
  return useQuery(wishlistOptions(useCrmService(), customerNumber, operatorId));
}
