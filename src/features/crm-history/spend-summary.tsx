import type { SpendSummary as Summary } from '../../shared/domain/crm-history';
import { formatCalendarDate, formatMinorUnits } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { Chart } from '../../shared/ui/chart';
import { Field } from '../../shared/ui/field';
import { monthLabel } from './history-labels';
import type { CrmHistoryMessageId } from './messages';

/**
 * The spend summary of the transactions in view (every match of the search, not just the
 * page): visits, total spend, average basket, last visit, and spend per month.
 */
export function SpendSummary({
  summary,
  currency,
  locale,
}: {
  summary: Summary;
  currency: string;
  locale: string;
}) {
  const t = useT<CrmHistoryMessageId>();
  const money = (minor: number) => formatMinorUnits(minor, currency, locale);
  const { months } = summary;
  const first = months[0];
  const last = months[months.length - 1];
  const highest = months.reduce<(typeof months)[number] | undefined>(
    (best, m) => (best === undefined || m.totalSpend > best.totalSpend ? m : best),
    undefined,
  );
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <dl
        aria-label={t('crm-history.summary.label')}
        className="grid grid-cols-2 content-start gap-x-4 gap-y-2 lg:grid-cols-4"
      >
        <Field label={t('crm-history.summary.visits')}>
          {summary.visitCount.toLocaleString(locale)}
        </Field>
        <Field label={t('crm-history.summary.totalSpend')}>{money(summary.totalSpend)}</Field>
        <Field label={t('crm-history.summary.averageBasket')}>{money(summary.averageBasket)}</Field>
        <Field label={t('crm-history.summary.lastVisit')}>
          {formatCalendarDate(summary.lastDate, locale) || t('crm-history.summary.noVisit')}
        </Field>
        <p className="col-span-2 text-sm text-slate-700 lg:col-span-4">
          {t('crm-history.summary.counts', {
            transactions: summary.transactionCount,
            sales: summary.salesCount,
            salesValue: money(summary.salesValue),
            returns: summary.returnsCount,
            returnsValue: money(summary.returnsValue),
          })}
        </p>
      </dl>
      {first && last && highest ? (
        <Chart
          marks="bars"
          points={months.map((m, i) => ({ x: i, y: m.totalSpend }))}
          label={t('crm-history.summary.chart', {
            first: monthLabel(first.month, locale),
            last: monthLabel(last.month, locale),
            highest: money(highest.totalSpend),
            highestMonth: monthLabel(highest.month, locale),
          })}
          caption={[monthLabel(first.month, locale), monthLabel(last.month, locale)]}
          height="h-20 xl:h-28"
        />
      ) : (
        <p className="text-lg text-slate-700">{t('crm-history.summary.noSpend')}</p>
      )}
    </div>
  );
}
