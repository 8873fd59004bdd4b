import * as z from 'zod/mini';
import type { PointsActivity, PointsMember } from '../../domain/points';
import { parseUsDate } from './us-date';

/**
 * Loyalty/{id}/BalanceCheck (seed 003). GET only: a browser's fetch cannot send the optional
 * date-range body, so the server's default window (one year back to now) is what comes back.
 */
export const BALANCE_CHECK = 'Loyalty/BalanceCheck';

export const balanceCheckPath = (id: string) => `/Loyalty/${encodeURIComponent(id)}/BalanceCheck`;

// Optional text fields may be missing or null on the wire; both mean "none".
const text = z.nullish(z.string());
const points = z.number().check(z.refine(Number.isFinite, 'must be a number'));

const schema = z.object({
  Loyalty: z.object({
    CustomerNumber: z.string(),
    ProgramName: text,
    EarningDescription: text,
    RedemptionDescription: text,
    Status: text,
    PointBalance: points,
    OpenAuthorizations: points,
    PendingPointsEarned: z.nullish(points),
    AvailablePointBalance: points,
    History: z.nullish(
      z.array(
        z.object({
          Activity: text,
          Date: z.string(),
          PointAmount: points,
          Document: text,
          Reason: text,
          Location: text,
        }),
      ),
    ),
  }),
});

export function decodeBalanceCheck(json: unknown): PointsMember {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected shape'}`);
  }
  const l = parsed.data.Loyalty;
  const history: PointsActivity[] = (l.History ?? []).map((h, i) => {
    const date = parseUsDate(h.Date);
    if (!date) throw new Error(`Loyalty.History.${i}.Date: "${h.Date}" is not MM/DD/YYYY`);
    return {
      activity: h.Activity ?? '',
      date,
      points: h.PointAmount,
      document: h.Document ?? '',
      reason: h.Reason ?? '',
      location: h.Location ?? '',
    };
  });
  return {
    customerNumber: l.CustomerNumber,
    programName: l.ProgramName ?? '',
    earningDescription: l.EarningDescription ?? '',
    redemptionDescription: l.RedemptionDescription ?? '',
    status: l.Status ?? '',
    pointBalance: l.PointBalance,
    openAuthorizations: l.OpenAuthorizations,
    pendingPointsEarned: l.PendingPointsEarned ?? 0,
    availablePointBalance: l.AvailablePointBalance,
    history,
  };
}
