import type { PreferenceChange } from '../../../shared/domain/clienteling';
import { useCrmService } from '../../../shared/terminal/use-crm-service';
import { clientelingKeys } from './keys';
import { useSingleFlight } from './single-flight';

export interface SavePreferencesInput {
  readonly operatorId: string;
  /** New records, each with the preferenceId and time made at the cashier's first Save. */
  readonly changes: readonly PreferenceChange[];
}

/**
 * CRMCustomerDataService · saveCustomerPreferenceMap: sizes, favourites and consent, all or
 * none. Every change is a new record under the till's preferenceId, so Try again is the same
 * record and consent keeps its history. Once the server answers, the preferences are asked again.
 */
export function useSavePreferences(customerNumber: string) {
  const service = useCrmService();
  return useSingleFlight(
    ({ operatorId, changes }: SavePreferencesInput) => service.savePreferences(operatorId, changes),
    clientelingKeys.preferences(customerNumber),
  );
}
