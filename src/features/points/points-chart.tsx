import { balanceOverTime, type PointsMember } from '../../shared/domain/points';
import { formatCalendarDate } from '../../shared/format/format';

const W = 600;
const H = 140;
const PAD = 8;

/** A step line of the balance after each activity in view: how the points got here. */
export function PointsChart({
  member,
  locale,
  from,
  to,
}: {
  member: PointsMember;
  locale: string;
  /** The dates in view (`YYYY-MM-DD`, inclusive; empty = open). */
  from: string;
  to: string;
}) {
  // Worked out over all the history, then cut to the window, so the figures stay right.
  const points = balanceOverTime(member).filter(
    (p) => (from === '' || p.date >= from) && (to === '' || p.date <= to),
  );
  if (points.length < 2) return null;
  const times = points.map((p) => Date.parse(p.date));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const values = points.map((p) => p.balance);
  // Scaled to the figures in view (not from 0), so a 100-point step is visible on 1,500.
  const spread = Math.max(1, Math.max(...values) - Math.min(...values));
  const [lo, hi] = [Math.min(...values) - spread * 0.1, Math.max(...values) + spread * 0.1];
  const x = (t: number) => PAD + ((t - t0) / (t1 - t0 || 1)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - lo) / (hi - lo || 1)) * (H - 2 * PAD);
  let path = '';
  points.forEach((p, i) => {
    const px = x(times[i] as number);
    const py = y(p.balance);
    path += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  });
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const describe = (p: typeof first) =>
    `${p.balance.toLocaleString(locale)} on ${formatCalendarDate(p.date, locale)}`;
  return (
    <figure className="flex flex-col gap-1">
      <svg
        role="img"
        aria-label={`Balance over time: from ${describe(first)} to ${describe(last)}`}
        viewBox={`0 0 ${W} ${H}`}
        className="h-32 w-full rounded-lg bg-slate-50"
        preserveAspectRatio="none"
      >
        <path
          d={path}
          fill="none"
          stroke="#3730a3"
          strokeWidth="3"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="flex justify-between text-sm text-slate-700">
        <span>{describe(first)}</span>
        <span>{describe(last)}</span>
      </figcaption>
    </figure>
  );
}
