import { useState } from 'react';
import { isAuthorisation, type PointsMember } from '../../shared/domain/points';
import { addDays, todayIn } from '../../shared/format/calendar';
import { formatCalendarDate } from '../../shared/format/format';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { DateField } from '../../shared/ui/date-field';
import { PointsChart } from './points-chart';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

const PRESETS = [
  { id: 'all', days: null },
  { id: '30', days: 30 },
  { id: '90', days: 90 },
  { id: '365', days: 365 },
] as const;

/**
 * The history the server returned (its default window: one year back, since a browser cannot
 * send BalanceCheck's date-range body), narrowed here by date.
 */
export function PointsHistory({ member }: { member: PointsMember }) {
  const { config } = useTerminal();
  const t = useT<PointsMessageId>();
  const locale = useTillLocale();
  const presetLabel = (days: number | null) =>
    days === null
      ? t('points.history.all')
      : days === 365
        ? t('points.history.months', { months: 12 })
        : t('points.history.days', { days });
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
  const n = (v: number) => v.toLocaleString(locale);

  return (
    <section
      aria-labelledby="history-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4"
    >
      <h2 id="history-heading" className="text-xl font-bold text-slate-900">
        {t('points.history.heading')}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <ChoiceGroup
          look="segmented"
          label={t('points.history.period')}
          value={preset}
          options={PRESETS.map((p) => ({ value: p.id, label: presetLabel(p.days) }))}
          onChange={(id) => choose(PRESETS.find((p) => p.id === id)?.days ?? null)}
        />
        <DateField
          label={t('points.history.from')}
          min={yearAgo}
          max={today}
          value={from}
          onChange={setFrom}
        />
        <DateField
          label={t('points.history.to')}
          min={yearAgo}
          max={today}
          value={to}
          onChange={setTo}
        />
      </div>
      <p className="text-sm text-slate-700">{t('points.history.explain')}</p>
      <PointsChart member={member} locale={locale} from={from} to={to} />
      {rows.length === 0 ? (
        <p className="text-lg text-slate-800">{t('points.history.none')}</p>
      ) : (
        // Scrolls sideways on a narrow till: reachable by keyboard too (a focusable region).
        <div
          tabIndex={0}
          role="region"
          aria-label="Points activity"
          className="overflow-x-auto rounded focus-visible:outline-4 focus-visible:outline-blue-400"
        >
          <table className="w-full text-left text-base">
            <caption className="sr-only">{t('points.history.caption')}</caption>
            <thead className="border-b-2 border-slate-300 text-sm uppercase tracking-wide text-slate-600">
              <tr>
                <th className="py-2 pr-3">{t('points.history.date')}</th>
                <th className="py-2 pr-3">{t('points.history.activity')}</th>
                <th className="py-2 pr-3 text-right">{t('points.history.points')}</th>
                <th className="py-2 pr-3">{t('points.history.document')}</th>
                <th className="py-2 pr-3">{t('points.history.reason')}</th>
                <th className="py-2">{t('points.history.location')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h, i) => (
                <tr key={`${h.date}-${h.document}-${i}`} className="border-b border-slate-200">
                  <td className="whitespace-nowrap py-2 pr-3">
                    {formatCalendarDate(h.date, locale)}
                  </td>
                  <td className="py-2 pr-3">{h.activity || t('points.history.earned')}</td>
                  <td className="py-2 pr-3 text-right font-mono font-semibold">
                    {isAuthorisation(h)
                      ? t('points.history.held', { points: h.points })
                      : n(h.points)}
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
