import * as z from 'zod/mini';
import type { PointsActivity, PointsMember } from '../../domain/points';
import type { RestOperation } from './rest-call';
import { parseUsDate } from './us-date';

/**
 * Loyalty/{id}/BalanceCheck (seed 003). GET only: a browser's fetch cannot send the optional
 * date-range body, so the server's default window (one year back to now) is what comes back.
 */

// A lone surrogate (half an emoji, from a bad paste or scanner) cannot be percent-encoded:
// `encodeURIComponent` throws. As a browser's URL parser does, it is sent as U+FFFD; no member
// has such a number, so the server answers 404 and the cashier is told to check the number.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const balanceCheckPath = (id: string) =>
  `/Loyalty/${encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD'))}/BalanceCheck`;

// Optional text fields may be missing or null on the wire; both mean "none".
const text = z.nullish(z.string());
// Points are whole: a fraction, an unsafe figure (1e21) or a negative balance is not an answer.
const whole = z.number().check(z.refine(Number.isSafeInteger, 'must be a whole number of points'));
const points = whole.check(z.refine((n) => n >= 0, 'must not be negative'));

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
          // A history row is a movement: whole, but it may be a deduction.
          PointAmount: whole,
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

/** GET Loyalty/{id}/BalanceCheck: the member's figures and history (the server's window). */
export const BALANCE_CHECK: RestOperation<string, PointsMember> = {
  operation: 'Loyalty/BalanceCheck',
  method: 'GET',
  path: balanceCheckPath,
  decode: decodeBalanceCheck,
};
