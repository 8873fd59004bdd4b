import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { LoyaltyProgrammeClient } from '../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { isNotFound } from '../../shared/enactor/errors';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { balanceCheckOptions } from './points-queries';
import { useProgrammeClient } from './use-programme-client';

function Card({
  client,
  customerNumber,
}: {
  client: LoyaltyProgrammeClient;
  customerNumber: string;
}) {
  const { config } = useTerminal();
  const [, navigate] = useLocation();
  const member = useQuery(balanceCheckOptions(client, customerNumber));
  const notMember = isNotFound(member.error);
  return (
    <section
      aria-labelledby="points-card-heading"
      className="rounded-xl border-2 border-slate-300 bg-white p-5"
    >
      <h2 id="points-card-heading" className="mb-3 text-xl font-bold text-slate-900">
        Points programme
      </h2>
      {member.isPending && (
        <p role="status" className="text-lg text-slate-700">
          Checking points…
        </p>
      )}
      {notMember && <p className="text-lg text-slate-700">Not a member of the points programme.</p>}
      {member.isError && !notMember && (
        <ErrorPanel error={member.error} onRetry={() => void member.refetch()} />
      )}
      {member.data && (
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-lg text-slate-800">
            {member.data.programName}:{' '}
            <strong className="text-2xl">
              {member.data.availablePointBalance.toLocaleString(config.locale)}
            </strong>{' '}
            points available
          </p>
          <Button
            variant="primary"
            className="ml-auto"
            onClick={() => navigate(routes.points(customerNumber))}
          >
            Points, award and redeem
          </Button>
        </div>
      )}
    </section>
  );
}

/** The customer's points at a glance, on the customer page; nothing where no programme is set. */
export function PointsCard({ customerNumber }: { customerNumber: string }) {
  const loyaltyProgramme = useProgrammeClient();
  return loyaltyProgramme ? (
    <Card client={loyaltyProgramme} customerNumber={customerNumber} />
  ) : null;
}
