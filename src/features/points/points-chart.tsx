import { balanceOverTime, type PointsMember } from '../../shared/domain/points';
import { formatCalendarDate } from '../../shared/format/format';
import { Chart } from '../../shared/ui/chart';
import { useT } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

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
  const t = useT<PointsMessageId>();
  // Worked out over all the history, then cut to the window, so the figures stay right.
  const points = balanceOverTime(member).filter(
    (p) => (from === '' || p.date >= from) && (to === '' || p.date <= to),
  );
  if (points.length < 2) return null;
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  const describe = (p: typeof first) =>
    t('points.chart.point', { balance: p.balance, date: formatCalendarDate(p.date, locale) });
  return (
    <Chart
      marks="step"
      points={points.map((p) => ({ x: Date.parse(p.date), y: p.balance }))}
      label={t('points.chart.label', {
        fromBalance: first.balance,
        fromDate: formatCalendarDate(first.date, locale),
        toBalance: last.balance,
        toDate: formatCalendarDate(last.date, locale),
      })}
      caption={[describe(first), describe(last)]}
    />
  );
}
