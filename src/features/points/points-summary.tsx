import type { PointsMember } from '../../shared/domain/points';
import { useTerminal } from '../../shared/terminal/terminal-context';

/** The figures, with the arithmetic in view: available = balance − open authorisations. */
export function PointsSummary({ member }: { member: PointsMember }) {
  const { config } = useTerminal();
  const n = (value: number) => value.toLocaleString(config.locale);
  const worked = member.pointBalance - member.openAuthorizations;
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-indigo-900 p-5 text-white">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-2xl font-bold">{member.programName || 'Points programme'}</h2>
        <span className="rounded-full bg-white px-3 py-1 text-base font-bold uppercase text-indigo-950">
          {member.status || 'status unknown'}
        </span>
      </div>
      <dl aria-label="Points" className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-xl">
        <dt>Point balance</dt>
        <dd data-testid="point-balance" className="text-right font-mono font-bold">
          {n(member.pointBalance)}
        </dd>
        <dt>− Open authorisations</dt>
        <dd data-testid="open-authorisations" className="text-right font-mono font-bold">
          {n(member.openAuthorizations)}
        </dd>
        <dt className="border-t-2 border-indigo-300 pt-1 text-2xl font-bold">
          = Available to redeem
        </dt>
        <dd
          data-testid="available-points"
          className="border-t-2 border-indigo-300 pt-1 text-right font-mono text-3xl font-black"
        >
          {n(member.availablePointBalance)}
        </dd>
        <dt className="text-base text-indigo-100">Pending points earned</dt>
        <dd className="text-right font-mono text-base text-indigo-100">
          {n(member.pendingPointsEarned)}
        </dd>
      </dl>
      {worked !== member.availablePointBalance && (
        <p role="note" className="rounded bg-amber-300 p-2 text-base font-semibold text-amber-950">
          The server's available figure ({n(member.availablePointBalance)}) is not balance minus
          open authorisations ({n(worked)}). Redeem no more than the smaller, and tell the help
          desk.
        </p>
      )}
      <div className="grid gap-2 text-base text-indigo-100 md:grid-cols-2">
        <p>
          <span className="font-semibold text-white">Earning: </span>
          {member.earningDescription || 'not described'}
        </p>
        <p>
          <span className="font-semibold text-white">Redemption: </span>
          {member.redemptionDescription || 'not described'}
        </p>
      </div>
    </div>
  );
}
