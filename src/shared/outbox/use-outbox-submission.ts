import { useEffect, useRef, useState } from 'react';
import { useTerminal } from '../terminal/terminal-context';
import type { NewOutboxEntry } from './outbox-entry';
import { useOutboxStore } from './outbox-store';

/**
 * One write from a panel through the outbox: a second tap before the first is stored does
 * nothing (and the outbox would take the same id only once anyway), the entry's progress is
 * followed, and `onDelivered` runs when the server has applied it (to ask for fresh figures).
 */
export function useOutboxSubmission(onDelivered: () => void) {
  const { outbox } = useTerminal();
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const entry = useOutboxStore((s) => s.entries.find((e) => e.id === submittedId));

  const latestOnDelivered = useRef(onDelivered);
  useEffect(() => {
    latestOnDelivered.current = onDelivered;
  });
  const delivered = entry?.state === 'delivered';
  useEffect(() => {
    if (delivered) latestOnDelivered.current();
  }, [delivered]);

  const submit = async (next: NewOutboxEntry) => {
    if (busy.current) return;
    busy.current = true;
    setFailed(false);
    try {
      await outbox.enqueue(next);
      setSubmittedId(next.id);
    } catch {
      // Not stored, so not sent: the cashier may tap again.
      busy.current = false;
      setFailed(true);
    }
  };

  const reset = () => {
    busy.current = false;
    setSubmittedId(null);
    setFailed(false);
  };

  return { submit, submitted: submittedId !== null, entry, failed, reset };
}
