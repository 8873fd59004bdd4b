import { QueryClient } from '@tanstack/react-query';
import { isUnknownOutcome } from '../shared/enactor/errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // One quiet retry for a blip in the network; anything the server said is shown at
        // once, so the cashier decides (a queue is waiting).
        retry: (failures, error) => failures < 1 && isUnknownOutcome(error),
        retryDelay: 300,
        refetchOnWindowFocus: false,
        // Personal data does not linger in memory once no screen shows it.
        gcTime: 2 * 60_000,
      },
    },
  });
}
