import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isAuthorisation, type PointsMember } from '../../../shared/domain/points';
import { useOutboxSubmission } from '../../../shared/outbox/use-outbox-submission';
import { useTransactionId } from '../../../shared/outbox/use-transaction-id';
import { useTerminal } from '../../../shared/terminal/terminal-context';
import { pointsKeys } from './keys';

export interface Award {
  readonly points: number;
  readonly reason: string;
  readonly reference: string;
  /** For the cashier's list, with no personal data ("+100 points · Goodwill"). */
  readonly summary: string;
}

/** What an award did: stored, refused before sending because its reference was used, or not stored. */
export type AwardOutcome =
  | { readonly outcome: 'stored' | 'ignored' | 'failed' }
  | { readonly outcome: 'reused'; readonly when: Date; readonly dated: 'day' | 'time' };

/**
 * REST `POST Loyalty/Earn`, through the outbox: the reference is the earning's idempotency key,
 * so an award is never lost or doubled. A reference this member already has (in the outbox, or
 * in the history, where an earning's Document is its Reference) is another award: refused
 * before sending, never shown as this one's progress. The member's figures are asked again once
 * the points are added.
 */
export function useAwardPoints(customerNumber: string) {
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const [round, setRound] = useState(0);
  const fresh = useTransactionId(round);
  const submission = useOutboxSubmission(
    () => void queryClient.invalidateQueries({ queryKey: pointsKeys.member(customerNumber) }),
  );

  const award = async ({ points, reason, reference, summary }: Award): Promise<AwardOutcome> => {
    const inHistory = queryClient
      .getQueryData<PointsMember>(pointsKeys.member(customerNumber))
      ?.history.find((h) => h.document === reference && !isAuthorisation(h));
    if (inHistory) {
      return { outcome: 'reused', when: new Date(`${inHistory.date}T00:00:00Z`), dated: 'day' };
    }
    const result = await submission.submit({
      id: `earn:${customerNumber}:${reference}`,
      payload: { kind: 'loyalty-earn', request: { customerNumber, points, reason, reference } },
      summary,
      subject: customerNumber,
    });
    return result.outcome === 'reused'
      ? { outcome: 'reused', when: new Date(result.earlier.createdAt), dated: 'time' }
      : { outcome: result.outcome === 'stored' ? 'stored' : result.outcome };
  };

  return {
    /** The till's own unused reference for the next award. */
    tillReference: fresh.id ? `${config.deviceId}-${fresh.id}` : '',
    unnumbered: fresh.failed,
    entry: submission.entry,
    submitted: submission.submitted,
    failed: submission.failed,
    award,
    /** A fresh reference (the cashier's typed one is dropped by the panel). */
    newReference: () => setRound((n) => n + 1),
    /** Ready for the next award. */
    reset: () => {
      submission.reset();
      setRound((n) => n + 1);
    },
  };
}
