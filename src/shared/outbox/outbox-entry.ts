import type { BalanceUpdateRequest } from '../domain/loyalty';
import type { ServiceId } from '../enactor/errors';
import type { EarnRequest } from '../domain/points';

/** A write that moves points, with what its sender needs; `kind` picks the sender. */
export type OutboxPayload =
  | { readonly kind: 'balance-update'; readonly request: BalanceUpdateRequest }
  | { readonly kind: 'loyalty-earn'; readonly request: EarnRequest };

export type OutboxKind = OutboxPayload['kind'];

/** The service each kind of write is sent to. */
export const SERVICE_OF: Record<OutboxKind, ServiceId> = {
  'balance-update': 'accountBalanceService',
  'loyalty-earn': 'loyaltyProgramme',
};

/**
 * pending: waiting to be sent (again); sending: on the wire (after a crash, sent again);
 * delivered: the server applied it; refused: the server said no (not retried unless asked).
 */
export type OutboxState = 'pending' | 'sending' | 'delivered' | 'refused';

export interface Delivery {
  /** What the server answered, in words for the list ("reference SIM-00000001"). */
  readonly note: string;
  /** The balance after the write, as the server reported it. */
  readonly balance: number | null;
  readonly at: number;
}

export interface OutboxEntry {
  /** The idempotency key (device id and transaction id): one entry, one write, ever. */
  readonly id: string;
  readonly payload: OutboxPayload;
  /** What it is, for the cashier's list, with no personal data ("+150 points"). */
  readonly summary: string;
  /** The account (or member) it is for, so a screen can show what is still on its way. */
  readonly subject: string;
  readonly createdAt: number;
  readonly state: OutboxState;
  readonly attempts: number;
  readonly lastError: string | null;
  /**
   * About when it is tried again, by the wall clock, for the Pending screen only: scheduling
   * never reads it (a till's clock may jump), it uses `retryDelayMs` on a monotonic clock.
   */
  readonly nextAttemptAt: number;
  /** The wait chosen after the last failure (0 when due at once); counted from when a tab sees it. */
  readonly retryDelayMs?: number;
  readonly delivery: Delivery | null;
  /**
   * Which submission stored it (a panel's one tap): the same id from the same submission is a
   * double tap; from another, the key was reused and the write is not this one.
   */
  readonly submission?: string;
}

export type NewOutboxEntry = Pick<OutboxEntry, 'id' | 'payload' | 'summary' | 'subject'> & {
  readonly submission?: string;
};

/** What `enqueue` did: stored this entry, or found one under its key already (returned). */
export interface Enqueued {
  readonly entry: OutboxEntry;
  readonly added: boolean;
}

/** What a sender reports when the server answered; transport failures are thrown. */
export type SendResult =
  | { readonly outcome: 'delivered'; readonly note: string; readonly balance: number | null }
  | { readonly outcome: 'refused'; readonly message: string };

export type Sender<P extends OutboxPayload = OutboxPayload> = (
  payload: P,
  signal: AbortSignal,
) => Promise<SendResult>;

export type Senders = { readonly [K in OutboxKind]: Sender<Extract<OutboxPayload, { kind: K }>> };
