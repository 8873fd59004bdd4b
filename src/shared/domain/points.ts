/** The REST loyalty programme (seed 003): a member's points, history, earning and redemption. */

export interface PointsActivity {
  /** "Historical Summary", "Pending Charge", ... or empty for a plain earning. */
  readonly activity: string;
  /** The calendar date (UTC) as `YYYY-MM-DD`. */
  readonly date: string;
  readonly points: number;
  readonly document: string;
  readonly reason: string;
  readonly location: string;
}

export interface PointsMember {
  readonly customerNumber: string;
  readonly programName: string;
  readonly earningDescription: string;
  readonly redemptionDescription: string;
  readonly status: string;
  readonly pointBalance: number;
  readonly openAuthorizations: number;
  readonly pendingPointsEarned: number;
  /** As the server reports it: balance - open authorisations. */
  readonly availablePointBalance: number;
  readonly history: readonly PointsActivity[];
}

export interface EarnRequest {
  readonly customerNumber: string;
  readonly points: number;
  readonly reason: string;
  /** The earning's idempotency key: the same reference is the same earning. */
  readonly reference: string;
}

export interface AuthorizeRequest {
  /** The member's reference (their customer number in the programme). */
  readonly ref: string;
  /** The sale the points pay for; the authorisation's idempotency key with `ref`. */
  readonly saleId: string;
  readonly requestedPoints: number;
}

/** Activities that hold points against a sale rather than move the balance. */
export const isAuthorisation = (a: PointsActivity) => /pending charge/i.test(a.activity);

/**
 * The balance after each activity, oldest first, worked back from today's balance so that a
 * one-year window (which omits older history) still ends at the right figure.
 */
export function balanceOverTime(
  member: Pick<PointsMember, 'pointBalance' | 'history'>,
): { date: string; balance: number }[] {
  const moves = member.history
    .filter((a) => !isAuthorisation(a))
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date));
  let balance = member.pointBalance;
  const points: { date: string; balance: number }[] = [];
  for (let i = moves.length - 1; i >= 0; i--) {
    const move = moves[i] as PointsActivity;
    points.push({ date: move.date, balance });
    balance -= move.points;
  }
  return points.reverse();
}
