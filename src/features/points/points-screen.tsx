import { useState } from 'react';
import { customerDisplayName } from '../../shared/domain/customer';
import type { LoyaltyProgrammeClient } from '../../shared/enactor/loyalty-programme/loyalty-programme-client';
import { isNotFound } from '../../shared/enactor/errors';
import { PendingNote } from '../../shared/outbox/pending-note';
import { useSelectionStore } from '../../shared/stores/selection-store';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { QueryContent } from '../../shared/ui/query-content';
import { EarnPanel } from './earn-panel';
import { PointsHistory } from './points-history';
import { usePointsMember } from './api/get-points-member';
import { PointsSummary } from './points-summary';
import { RedeemPanel } from './redeem-panel';
import { useProgrammeClient } from './api/programme-client';
import { useT } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

const ACTIONS = [
  { id: 'earn', label: 'points.action.earn' },
  { id: 'redeem', label: 'points.action.redeem' },
] as const satisfies readonly { id: string; label: PointsMessageId }[];

/** A member of the REST points programme: figures, history, and earning or redeeming. */
export function PointsScreen({ customerNumber }: { customerNumber: string }) {
  const loyaltyProgramme = useProgrammeClient();
  const t = useT<PointsMessageId>();
  const selected = useSelectionStore((s) => s.customer);
  const name = selected?.customerNumber === customerNumber ? customerDisplayName(selected) : null;
  return (
    <section
      aria-labelledby="points-heading"
      className="flex min-h-0 flex-col gap-4 overflow-y-auto p-4"
    >
      <h1 id="points-heading" className="text-3xl font-bold text-slate-900">
        {name ? t('points.heading.named', { name }) : t('points.heading')}{' '}
        <span className="font-mono text-xl font-semibold text-slate-700">{customerNumber}</span>
      </h1>
      {loyaltyProgramme ? (
        <Member client={loyaltyProgramme} customerNumber={customerNumber} />
      ) : (
        <AlertPanel
          tone="warning"
          title={t('points.none.title')}
          message={t('points.none.message', {
            field: 'loyaltyProgramme',
            file: 'terminal-config.json',
          })}
        >
          {null}
        </AlertPanel>
      )}
    </section>
  );
}

function Member({
  client,
  customerNumber,
}: {
  client: LoyaltyProgrammeClient;
  customerNumber: string;
}) {
  const t = useT<PointsMessageId>();
  const [action, setAction] = useState<(typeof ACTIONS)[number]['id']>('earn');
  const member = usePointsMember(client, customerNumber);
  return (
    <QueryContent
      query={member}
      pending={t('points.checking')}
      renderError={(error) =>
        isNotFound(error) ? (
          <AlertPanel
            tone="warning"
            title={t('points.notMember.title')}
            message={t('points.notMember.message', { customer: customerNumber })}
          >
            {null}
          </AlertPanel>
        ) : undefined
      }
    >
      {(data) => (
        <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
          <div className="flex min-w-0 flex-col gap-4">
            <PointsSummary member={data} />
            <PendingNote subject={customerNumber} noun="member" />
            <PointsHistory member={data} />
          </div>
          <section
            aria-label={t('points.actions')}
            className="flex flex-col gap-3 rounded-xl border-2 border-slate-300 bg-white p-4 lg:row-start-1 lg:col-start-2"
          >
            <div
              role="tablist"
              aria-label={t('points.actions')}
              className="grid grid-cols-2 gap-1 rounded-lg bg-slate-200 p-1"
            >
              {ACTIONS.map((a) => (
                <button
                  key={a.id}
                  type="button"
                  role="tab"
                  aria-selected={action === a.id}
                  onClick={() => setAction(a.id)}
                  className={`min-h-12 rounded-md text-lg font-bold ${action === a.id ? 'bg-blue-700 text-white' : 'text-slate-900 hover:bg-white'}`}
                >
                  {t(a.label)}
                </button>
              ))}
            </div>
            <div
              role="tabpanel"
              aria-label={t(action === 'earn' ? 'points.action.earn' : 'points.action.redeem')}
            >
              {action === 'earn' ? (
                <EarnPanel customerNumber={customerNumber} />
              ) : (
                <RedeemPanel member={data} />
              )}
            </div>
          </section>
        </div>
      )}
    </QueryContent>
  );
}
