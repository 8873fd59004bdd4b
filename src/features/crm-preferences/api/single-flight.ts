import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';

/**
 * A clienteling write: sent at most once at a time (a second tap while one is on its way does
 * nothing; the mutation's own pending state reaches the screen a render later, too late for a
 * double tap), never retried by itself (the cashier's Try again sends the same record id), and
 * once the server has answered, the tab's query is asked again so it shows what the server
 * has. A failed call asks nothing: the form and the list stay as they were, what was typed
 * included. `refresh` asks again on demand (a form closed after an unknown outcome).
 */
export function useSingleFlight<Input, Result>(
  mutationFn: (input: Input) => Promise<Result>,
  reloads: QueryKey,
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: reloads });
  const mutation = useMutation({ mutationFn, retry: false, onSuccess: refresh });
  const busy = useRef(false);
  /** Sends `input` unless a save is on its way; `onAnswer` hears what the server said. */
  const submit = (input: Input, onAnswer?: (result: Result) => void) => {
    if (busy.current) return;
    busy.current = true;
    mutation
      .mutateAsync(input)
      .then(onAnswer, () => undefined)
      .finally(() => {
        busy.current = false;
      });
  };
  return { mutation, submit, refresh };
}
