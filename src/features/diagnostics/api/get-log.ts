import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DiagnosticsLog } from '../../../shared/diagnostics/diagnostics-log';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { diagnosticsKeys } from './keys';

/** The till's own diagnostics log (IndexedDB), newest first. */
export const diagnosticsLogOptions = (log: DiagnosticsLog) =>
  queryOptions({
    queryKey: diagnosticsKeys.log(),
    queryFn: () => log.list(),
    staleTime: 0,
  });

export function useDiagnosticsLog() {
  return useQuery(diagnosticsLogOptions(useTerminal().diagnostics));
}

/** How much this origin stores, and whether the browser may evict it. */
export function useStorageEstimate() {
  return useQuery({
    queryKey: diagnosticsKeys.storage(),
    queryFn: async () => {
      const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
      const [estimate, persisted] = await Promise.all([
        storage?.estimate?.() ?? Promise.resolve(null),
        storage?.persisted?.() ?? Promise.resolve(null),
      ]);
      return {
        usage: estimate?.usage ?? null,
        quota: estimate?.quota ?? null,
        persisted,
      };
    },
    staleTime: 0,
  });
}
