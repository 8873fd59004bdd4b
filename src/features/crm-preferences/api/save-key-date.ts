import type { KeyDateChange } from '../../../shared/domain/clienteling';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';
import { useSingleFlight } from './single-flight';

export interface SaveKeyDateInput {
  readonly operatorId: string;
  readonly change: KeyDateChange;
}

/**
 * CRMCustomerDataService · saveCustomerKeyDate: added, edited (from the stamp it was read at)
 * or removed, under the keyDateId the till made when the cashier began it. Once the server
 * answers, the key dates are asked again.
 */
export function useSaveKeyDate(customerNumber: string) {
  const service = useCrmService();
  return useSingleFlight(
    ({ operatorId, change }: SaveKeyDateInput) => service.saveKeyDate(operatorId, change),
    clientelingKeys.keyDates(customerNumber),
  );
}
