import { useEffect, useRef, useState } from 'react';
import { useTerminal } from '../terminal/terminal-context';
import type { NewOutboxEntry, OutboxEntry } from './outbox-entry';
import { useOutboxStore } from './outbox-store';

/** What one tap did: stored (or its own double tap), found the key used before, or not stored. */
export type SubmitOutcome =
  | { readonly outcome: 'stored' }
  | { readonly outcome: 'ignored' }
  | { readonly outcome: 'reused'; readonly earlier: OutboxEntry }
  | { readonly outcome: 'failed' };

/** A token for one submission (a panel's round): random, and fine in an insecure context. */
function newSubmission(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One write from a panel through the outbox: a second tap before the first is stored does
 * nothing, and the outbox takes an id only once. The entry's progress is followed, and
 * `onDelivered` runs when the server has applied it (to ask for fresh figures). An id the
 * outbox already holds from another submission is not this write: it is reported as
 * `reused`, and its progress (an earlier write's "delivered") is never shown as this one's.
 */
export function useOutboxSubmission(onDelivered: () => void) {
  const { outbox } = useTerminal();
  const [submittedId, setSubmittedId] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [submission, setSubmission] = useState(newSubmission);
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

  const submit = async (next: NewOutboxEntry): Promise<SubmitOutcome> => {
    if (busy.current) return { outcome: 'ignored' };
    busy.current = true;
    setFailed(false);
    try {
      const { entry: stored, added } = await outbox.enqueue({ ...next, submission });
      if (!added && stored.submission !== submission) {
        busy.current = false;
        return { outcome: 'reused', earlier: stored };
      }
      setSubmittedId(next.id);
      return { outcome: 'stored' };
    } catch {
      // Not stored, so not sent: the cashier may tap again.
      busy.current = false;
      setFailed(true);
      return { outcome: 'failed' };
    }
  };

  const reset = () => {
    busy.current = false;
    setSubmittedId(null);
    setFailed(false);
    setSubmission(newSubmission());
  };

  return { submit, submitted: submittedId !== null, entry, failed, reset };
}
