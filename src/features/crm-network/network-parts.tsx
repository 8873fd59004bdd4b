import { useState } from 'react';
import { useLocation } from 'wouter';
import { personName } from '../../shared/domain/crm-network';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useCustomerPickStore } from '../../shared/stores/customer-pick-store';
import { Button } from '../../shared/ui/button';
import { PageBar } from '../../shared/ui/page-bar';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { useAffiliatedCustomers } from './api/get-affiliated';
import type { NetworkMessageId } from './messages';
import { typeLabel } from './relationship-labels';

/**
 * What Client Details shows of the CRM network (composed in by the app): the Relationships
 * button under the personal details, and the affiliated customers panel.
 */

/** Under the personal details: the customer's relationships, to see and change. */
export function RelationshipsLink({ customerNumber }: { customerNumber: string }) {
  const t = useT<NetworkMessageId>();
  const [, navigate] = useLocation();
  return (
    <div className="flex justify-end">
      <Button onClick={() => navigate(routes.crmRelationships(customerNumber))}>
        {t('crm-network.relationships')}
      </Button>
    </div>
  );
}

const AFFILIATED_PAGE = 5;

/**
 * The customers in this one's household or company, as the server answers, a page at a time;
 * each a tap from its own Client Details.
 */
export function AffiliatedCustomersPanel({ customerNumber }: { customerNumber: string }) {
  const t = useT<NetworkMessageId>();
  const [, navigate] = useLocation();
  const [offset, setOffset] = useState(0);
  const affiliated = useAffiliatedCustomers(customerNumber, { offset, count: AFFILIATED_PAGE });
  const page = affiliated.data;
  return (
    <SectionCard id="affiliated" title={t('crm-network.affiliated.heading')}>
      {page && page.total > AFFILIATED_PAGE && (
        <PageBar
          first={page.offset}
          last={page.offset + page.rows.length - 1}
          total={page.total}
          atStart={offset === 0}
          atEnd={page.offset + page.rows.length >= page.total}
          onPrevious={() => setOffset(Math.max(0, offset - AFFILIATED_PAGE))}
          onNext={() => setOffset(offset + AFFILIATED_PAGE)}
        />
      )}
      <QueryContent
        query={affiliated}
        pending={t('crm-network.affiliated.loading')}
        isEmpty={(found) => found === null || found.total === 0}
        empty={<p className="text-lg text-slate-700">{t('crm-network.affiliated.none')}</p>}
      >
        {(found) =>
          found && (
            <ul
              aria-label={t('crm-network.affiliated.listLabel')}
              aria-busy={affiliated.isPlaceholderData}
              className={`rounded-lg border-2 border-slate-300 bg-white ${affiliated.isPlaceholderData ? 'opacity-60' : ''}`}
            >
              {found.rows.map((a) => (
                <li key={a.customerNumber} className="border-b border-slate-200">
                  <button
                    type="button"
                    onClick={() => navigate(routes.crmCustomer(a.customerNumber))}
                    className="grid min-h-16 w-full grid-cols-[minmax(0,2fr)_minmax(0,2fr)_auto] items-center gap-x-4 px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
                  >
                    <span className="flex min-w-0 flex-col">
                      <span className="truncate text-xl font-semibold text-slate-900">
                        {personName(a) || t('crm-network.noName')}
                      </span>
                      <span className="text-base text-slate-700">
                        {a.affiliationTypeId === 'HOUSEHOLD'
                          ? t('crm-network.affiliated.household')
                          : a.affiliationTypeId === 'COMPANY'
                            ? t('crm-network.affiliated.company', { organisation: a.organisation })
                            : a.affiliationTypeId}
                        {a.relationshipTypeId && ` · ${typeLabel(t, a.relationshipTypeId)}`}
                      </span>
                    </span>
                    <span className="truncate text-base text-slate-800">
                      {[a.street, a.town, a.postcode].filter(Boolean).join(', ')}
                    </span>
                    <span className="whitespace-nowrap font-mono text-base text-slate-700">
                      {t('crm-network.number', { number: a.customerNumber })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryContent>
    </SectionCard>
  );
}

/** In Client Search while a screen waits for a pick: whom for, and Cancel back to it. */
export function CustomerPickBanner() {
  const t = useT<NetworkMessageId>();
  const [, navigate] = useLocation();
  const request = useCustomerPickStore((s) => s.request);
  if (!request) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-blue-700 bg-blue-50 p-4"
    >
      <p className="flex-1 text-lg font-semibold text-blue-950">
        {t('crm-network.pick.banner', { name: request.forName })}
      </p>
      <Button
        onClick={() => {
          useCustomerPickStore.getState().clear();
          navigate(request.returnPath);
        }}
      >
        {t('crm-network.pick.cancel')}
      </Button>
    </div>
  );
}
