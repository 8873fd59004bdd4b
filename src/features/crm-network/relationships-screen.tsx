import { useState } from 'react';
import { useLocation } from 'wouter';
import { customerDisplayName } from '../../shared/domain/customer';
import { personName, type CustomerRelationship } from '../../shared/domain/crm-network';
import { useT } from '../../shared/i18n/messages';
import { useOperatorForWrites } from '../../shared/operator/require-operator';
import { routes } from '../../shared/routes';
import { useCustomerPickStore } from '../../shared/stores/customer-pick-store';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { QueryContent } from '../../shared/ui/query-content';
import { RemoveWithConfirm } from '../../shared/ui/remove-with-confirm';
import { useClientName } from './api/get-client-name';
import { useRelationships } from './api/get-relationships';
import { useSaveRelationships } from './api/save-relationships';
import type { NetworkMessageId } from './messages';
import { RelationshipEditor } from './relationship-editor';
import { typeLabel } from './relationship-labels';

/**
 * A customer's relationships (seed 001 loads them from the personal details' edit): each
 * related customer with their number and what they are to this one, one tap to their Client
 * Details. Add picks the related customer in Client Search; change type and remove are on
 * each row. Writes need an operator signed on, as every CRM write.
 */
export function RelationshipsScreen({ customerNumber }: { customerNumber: string }) {
  const t = useT<NetworkMessageId>();
  const [location, navigate] = useLocation();
  const { operatorId, signOn } = useOperatorForWrites();
  const relationships = useRelationships(customerNumber);
  const customer = useClientName(customerNumber);
  const name = (customer.data && customerDisplayName(customer.data)) || '';
  const plainName = customer.data
    ? `${customer.data.forename} ${customer.data.surname}`.trim()
    : t('crm-network.thisCustomer');
  const pickRequest = useCustomerPickStore((s) => s.request);
  const picked = useCustomerPickStore((s) => s.picked);
  const pickedHere =
    pickRequest?.purpose === 'relationship' && pickRequest.forCustomerNumber === customerNumber
      ? picked
      : null;
  const [changing, setChanging] = useState<CustomerRelationship | null>(null);

  const add = () => {
    setChanging(null);
    useCustomerPickStore
      .getState()
      .start('relationship', { customerNumber, name: plainName }, location);
    navigate(routes.crmSearch);
  };
  const donePicking = () => useCustomerPickStore.getState().clear();

  return (
    <section
      aria-labelledby="relationships-heading"
      className="flex min-h-0 flex-1 flex-col gap-3 p-4"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="relationships-heading" className="text-3xl font-bold text-slate-900">
          {name ? t('crm-network.heading', { name }) : t('crm-network.headingNoName')}{' '}
          <span className="font-mono text-xl font-semibold text-slate-700">
            {t('crm-network.number', { number: customerNumber })}
          </span>
        </h1>
        <div className="ml-auto flex flex-wrap justify-end gap-2">
          <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
            {t('crm-network.clientDetails')}
          </Button>
          {operatorId && relationships.data && (
            <Button variant="primary" onClick={add}>
              {t('crm-network.add')}
            </Button>
          )}
        </div>
      </div>
      {!operatorId && (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-slate-300 bg-slate-50 p-4">
          <p className="flex-1 text-lg text-slate-800">{t('crm-network.signOnWhy')}</p>
          <Button variant="primary" onClick={signOn}>
            {t('crm-network.signOn')}
          </Button>
        </div>
      )}
      {operatorId && pickedHere && (
        <RelationshipEditor
          key={pickedHere.customerNumber}
          customerNumber={customerNumber}
          customerName={plainName}
          related={pickedHere}
          current={
            relationships.data?.find((r) => r.relatedCustomerNumber === pickedHere.customerNumber)
              ?.typeId ?? null
          }
          onSaved={donePicking}
          onCancel={donePicking}
        />
      )}
      {operatorId && changing && !pickedHere && (
        <RelationshipEditor
          key={changing.relatedCustomerNumber}
          customerNumber={customerNumber}
          customerName={plainName}
          related={{ customerNumber: changing.relatedCustomerNumber, ...changing.related }}
          current={changing.typeId}
          onSaved={() => setChanging(null)}
          onCancel={() => setChanging(null)}
        />
      )}
      <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">
        <QueryContent
          query={relationships}
          pending={t('crm-network.loading')}
          isEmpty={(list) => list === null}
          empty={
            <AlertPanel
              tone="warning"
              title={t('crm-network.noCustomer.title')}
              message={t('crm-network.noCustomer.message', { number: customerNumber })}
            >
              <Button variant="primary" onClick={() => navigate(routes.crmSearch)}>
                {t('crm-network.clientSearch')}
              </Button>
            </AlertPanel>
          }
        >
          {(list) =>
            list && (
              <RelationshipList
                customerNumber={customerNumber}
                list={list}
                canWrite={operatorId !== null}
                onOpen={(n) => navigate(routes.crmCustomer(n))}
                onChange={(r) => {
                  donePicking();
                  setChanging(r);
                }}
              />
            )
          }
        </QueryContent>
      </div>
    </section>
  );
}

function RelationshipList({
  customerNumber,
  list,
  canWrite,
  onOpen,
  onChange,
}: {
  customerNumber: string;
  list: readonly CustomerRelationship[];
  canWrite: boolean;
  onOpen: (customerNumber: string) => void;
  onChange: (r: CustomerRelationship) => void;
}) {
  const t = useT<NetworkMessageId>();
  const remove = useSaveRelationships(customerNumber);
  const [removing, setRemoving] = useState<string | null>(null);
  if (list.length === 0)
    return (
      <p role="status" className="text-xl text-slate-800">
        {t('crm-network.none')}
      </p>
    );
  return (
    <div className="flex flex-col gap-3">
      {remove.mutation.isError && removing && (
        <ErrorPanel
          error={remove.mutation.error}
          onRetry={() =>
            remove.submit([{ kind: 'remove', relatedCustomerNumber: removing }], () =>
              setRemoving(null),
            )
          }
        />
      )}
      <ul
        aria-label={t('crm-network.listLabel')}
        className="rounded-lg border-2 border-slate-300 bg-white"
      >
        {list.map((r) => {
          const who = personName(r.related) || t('crm-network.noName');
          const plain = `${r.related.forename} ${r.related.surname}`.trim() || who;
          return (
            <li
              key={r.relatedCustomerNumber}
              className="flex flex-wrap items-center gap-2 border-b border-slate-200 pr-2"
            >
              <button
                type="button"
                onClick={() => onOpen(r.relatedCustomerNumber)}
                className="grid min-h-16 min-w-0 flex-1 grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] items-center gap-x-4 px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
              >
                <span className="truncate text-xl font-semibold text-slate-900">{who}</span>
                <span className="text-lg font-semibold text-indigo-900">
                  {typeLabel(t, r.typeId)}
                </span>
                <span className="whitespace-nowrap font-mono text-base text-slate-700">
                  {t('crm-network.number', { number: r.relatedCustomerNumber })}
                </span>
              </button>
              {canWrite && (
                <>
                  <Button
                    onClick={() => onChange(r)}
                    aria-label={t('crm-network.changeTypeOf', { name: plain })}
                  >
                    {t('crm-network.changeType')}
                  </Button>
                  <RemoveWithConfirm
                    name={plain}
                    removing={remove.mutation.isPending && removing === r.relatedCustomerNumber}
                    onRemove={() => {
                      setRemoving(r.relatedCustomerNumber);
                      remove.submit(
                        [{ kind: 'remove', relatedCustomerNumber: r.relatedCustomerNumber }],
                        () => setRemoving(null),
                      );
                    }}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
