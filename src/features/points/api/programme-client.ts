import { useMemo } from 'react';
import { createLoyaltyProgrammeClient } from '../../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { useTerminal } from '../../../shared/terminal/terminal-context';

/** The points programme's client, or null where none is configured (its panels hide). */
export function useProgrammeClient() {
  const { programmeEndpoint } = useTerminal();
  return useMemo(
    () => (programmeEndpoint ? createLoyaltyProgrammeClient(programmeEndpoint) : null),
    [programmeEndpoint],
  );
}
