import type { PointsMember } from '../../shared/domain/points';
import { RichT, useT, useTillLocale } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

/** The figures, with the arithmetic in view: available = balance − open authorisations. */
export function PointsSummary({ member }: { member: PointsMember }) {
  const t = useT<PointsMessageId>();
  const locale = useTillLocale();
  const n = (value: number) => value.toLocaleString(locale);
  const worked = member.pointBalance - member.openAuthorizations;
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-indigo-900 p-5 text-white">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-2xl font-bold">{member.programName || t('points.programme')}</h2>
        <span className="rounded-full bg-white px-3 py-1 text-base font-bold uppercase text-indigo-950">
          {member.status || t('points.summary.statusUnknown')}
        </span>
      </div>
      <dl
        aria-label={t('points.summary.label')}
        className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-xl"
      >
        <dt>{t('points.summary.balance')}</dt>
        <dd data-testid="point-balance" className="text-right font-mono font-bold">
          {n(member.pointBalance)}
        </dd>
        <dt>{t('points.summary.open')}</dt>
        <dd data-testid="open-authorisations" className="text-right font-mono font-bold">
          {n(member.openAuthorizations)}
        </dd>
        <dt className="border-t-2 border-indigo-300 pt-1 text-2xl font-bold">
          {t('points.summary.available')}
        </dt>
        <dd
          data-testid="available-points"
          className="border-t-2 border-indigo-300 pt-1 text-right font-mono text-3xl font-black"
        >
          {n(member.availablePointBalance)}
        </dd>
        <dt className="text-base text-indigo-100">{t('points.summary.pending')}</dt>
        <dd className="text-right font-mono text-base text-indigo-100">
          {n(member.pendingPointsEarned)}
        </dd>
      </dl>
      {worked !== member.availablePointBalance && (
        <p role="note" className="rounded bg-amber-300 p-2 text-base font-semibold text-amber-950">
          {t('points.summary.mismatch', {
            available: member.availablePointBalance,
            worked,
          })}
        </p>
      )}
      <div className="grid gap-2 text-base text-indigo-100 md:grid-cols-2">
        <p>
          <RichT<PointsMessageId>
            id="points.summary.earning"
            values={{ description: member.earningDescription || t('points.summary.notDescribed') }}
            components={{ 0: <span className="font-semibold text-white" /> }}
          />
        </p>
        <p>
          <RichT<PointsMessageId>
            id="points.summary.redemption"
            values={{
              description: member.redemptionDescription || t('points.summary.notDescribed'),
            }}
            components={{ 0: <span className="font-semibold text-white" /> }}
          />
        </p>
      </div>
    </div>
  );
}
