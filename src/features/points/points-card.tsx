import { useLocation } from 'wouter';
import type { LoyaltyProgrammeClient } from '../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { isNotFound } from '../../shared/enactor/errors';
import { routes } from '../../shared/routes';
import { Button } from '../../shared/ui/button';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { usePointsMember } from './api/get-points-member';
import { useProgrammeClient } from './api/programme-client';
import { RichT, useT } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

function Card({
  client,
  customerNumber,
}: {
  client: LoyaltyProgrammeClient;
  customerNumber: string;
}) {
  const t = useT<PointsMessageId>();
  const [, navigate] = useLocation();
  const member = usePointsMember(client, customerNumber);
  return (
    <SectionCard id="points-card" title={t('points.programme')}>
      <QueryContent
        query={member}
        pending={t('points.checking')}
        renderError={(error) =>
          isNotFound(error) ? (
            <p className="text-lg text-slate-700">{t('points.card.notMember')}</p>
          ) : undefined
        }
      >
        {(data) => (
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-lg text-slate-800">
              <RichT<PointsMessageId>
                id="points.card.available"
                values={{ programme: data.programName, points: data.availablePointBalance }}
                components={{ 0: <strong className="text-2xl" /> }}
              />
            </p>
            <Button
              variant="primary"
              className="ml-auto"
              onClick={() => navigate(routes.points(customerNumber))}
            >
              {t('points.card.open')}
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
