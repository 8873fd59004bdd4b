import { useLocation } from 'wouter';
import type { LoyaltyProgrammeClient } from '../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { isNotFound } from '../../shared/enactor/errors';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { usePointsMember } from './api/get-points-member';
import { useProgrammeClient } from './api/programme-client';

function Card({
  client,
  customerNumber,
}: {
  client: LoyaltyProgrammeClient;
  customerNumber: string;
}) {
  const { config } = useTerminal();
  const [, navigate] = useLocation();
  const member = usePointsMember(client, customerNumber);
  return (
    <SectionCard id="points-card" title="Points programme">
      <QueryContent
        query={member}
        pending="Checking points…"
        renderError={(error) =>
          isNotFound(error) ? (
            <p className="text-lg text-slate-700">Not a member of the points programme.</p>
          ) : undefined
        }
      >
        {(data) => (
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-lg text-slate-800">
              {data.programName}:{' '}
              <strong className="text-2xl">
                {data.availablePointBalance.toLocaleString(config.locale)}
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
      </QueryContent>
    </SectionCard>
  );
}

/** The customer's points at a glance, on the customer page; nothing where no programme is set. */
export function PointsCard({ customerNumber }: { customerNumber: string }) {
  const loyaltyProgramme = useProgrammeClient();
  return loyaltyProgramme ? (
    <Card client={loyaltyProgramme} customerNumber={customerNumber} />
  ) : null;
}
