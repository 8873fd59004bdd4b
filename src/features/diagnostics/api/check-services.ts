import { queryOptions, useQuery } from '@tanstack/react-query';
import { probeServices } from '../../../shared/enactor/probe-services';
import type { Terminal } from '../../../shared/terminal/terminal-context';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { diagnosticsKeys } from './keys';

/** A live check of each configured service: reachable, SOAP version answered, latency. */
export const serviceCheckOptions = (terminal: Terminal) =>
  // One terminal per page: its endpoints are fixed at start-up, so they need no key.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: diagnosticsKeys.services(),
    queryFn: () => probeServices(terminal.soapEndpoints, terminal.programmeEndpoint),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });

export function useServiceCheck() {
  return useQuery(serviceCheckOptions(useTerminal()));
}
