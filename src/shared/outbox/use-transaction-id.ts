import { useEffect, useState } from 'react';
import { useTerminal } from '../terminal/terminal-context';

/**
 * A transaction id this till has never used, allocated afresh for every `round` (a new sale,
 * award or redemption). `failed` when the till's storage would not give one.
 */
export function useTransactionId(round: number): { id: string | null; failed: boolean } {
  const { outbox } = useTerminal();
  const [state, setState] = useState<{ round: number; id: string | null; failed: boolean }>({
    round: -1,
    id: null,
    failed: false,
  });
  useEffect(() => {
    let current = true;
    outbox.nextTransactionId().then(
      (id) => current && setState({ round, id, failed: false }),
      () => current && setState({ round, id: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [outbox, round]);
  // An id from an earlier round is never shown for this one.
  return state.round === round ? state : { id: null, failed: false };
}
