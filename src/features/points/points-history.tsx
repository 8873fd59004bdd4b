import { useState } from 'react';
import { isAuthorisation, type PointsMember } from '../../shared/domain/points';
import { addDays, todayIn } from '../../shared/format/calendar';
import { formatCalendarDate } from '../../shared/format/format';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { DateField } from '../../shared/ui/date-field';
import { PointsChart } from './points-chart';

const PRESETS = [
  { id: 'all', label: 'All', days: null },
  { id: '30', label: '30 days', days: 30 },
  { id: '90', label: '90 days', days: 90 },
  { id: '365', label: '12 months', days: 365 },
] as const;

/**
 * The history the server returned (its default window: one year back, since a browser cannot
 * send BalanceCheck's date-range body), narrowed here by date.
 */
export function PointsHistory({ member }: { member: PointsMember }) {
  const { config } = useTerminal();
  // The till's date when the screen opened: presets and the one-year limit count back from it.
  const [today] = useState(() => todayIn(config.timeZone));
  const yearAgo = addDays(today, -365);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const daysAgo = (days: number | null) => (days === null ? '' : addDays(today, -days));
  const preset = to === '' ? (PRESETS.find((p) => from === daysAgo(p.days))?.id ?? null) : null;
  const choose = (days: number | null) => {
    setFrom(daysAgo(days));
    setTo('');
  };
  const rows = member.history
    .filter((h) => (from === '' || h.date >= from) && (to === '' || h.date <= to))
    .slice()
    .sort((a, b) => b.date.localeCompare(a.date));
  const n = (v: number) => v.toLocaleString(config.locale);

  return (
    <section
      aria-labelledby="history-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4"
    >
      <h2 id="history-heading" className="text-xl font-bold text-slate-900">
        Points history
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <ChoiceGroup
          look="segmented"
          label="Period"
          value={preset}
          options={PRESETS.map((p) => ({ value: p.id, label: p.label }))}
          onChange={(id) => choose(PRESETS.find((p) => p.id === id)?.days ?? null)}
        />
        {(['From', 'To'] as const).map((label) => (
          <DateField
            key={label}
            label={label}
            min={yearAgo}
            max={today}
            value={label === 'From' ? from : to}
            onChange={label === 'From' ? setFrom : setTo}
          />
        ))}
      </div>
      <p className="text-sm text-slate-700">
        The programme sends up to one year of history; choose a narrower period here.
      </p>
      <PointsChart member={member} locale={config.locale} from={from} to={to} />
      {rows.length === 0 ? (
        <p className="text-lg text-slate-800">No points activity in this period.</p>
      ) : (
        // Scrolls sideways on a narrow till: reachable by keyboard too (a focusable region).
        <div
          tabIndex={0}
          role="region"
          aria-label="Points activity"
          className="overflow-x-auto rounded focus-visible:outline-4 focus-visible:outline-blue-400"
        >
          <table className="w-full text-left text-base">
            <caption className="sr-only">Points activity, newest first</caption>
            <thead className="border-b-2 border-slate-300 text-sm uppercase tracking-wide text-slate-600">
              <tr>
                <th className="py-2 pr-3">Date</th>
                <th className="py-2 pr-3">Activity</th>
                <th className="py-2 pr-3 text-right">Points</th>
                <th className="py-2 pr-3">Document</th>
                <th className="py-2 pr-3">Reason</th>
                <th className="py-2">Location</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h, i) => (
                <tr key={`${h.date}-${h.document}-${i}`} className="border-b border-slate-200">
                  <td className="whitespace-nowrap py-2 pr-3">
                    {formatCalendarDate(h.date, config.locale)}
                  </td>
                  <td className="py-2 pr-3">{h.activity || 'Earned'}</td>
                  <td className="py-2 pr-3 text-right font-mono font-semibold">
                    {isAuthorisation(h) ? `(${n(h.points)} held)` : n(h.points)}
                  </td>
                  <td className="break-all py-2 pr-3 font-mono">{h.document}</td>
                  <td className="py-2 pr-3">{h.reason}</td>
                  <td className="py-2">{h.location}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
