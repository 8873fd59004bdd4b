import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../../shared/routes';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { accountTypeLabel } from './account-labels';
import { useLoyaltyAccounts } from './api/get-loyalty-accounts';
import { useT } from '../../shared/i18n/messages';
import type { LoyaltyMessageId } from './messages';

/**
 * The customer's loyalty accounts; a single active one opens straight away, unless the panel
 * is part of a screen the cashier came to read (Client Details: `openSingle` false).
 */
export function LoyaltyAccountsPanel({
  customerNumber,
  openSingle = true,
}: {
  customerNumber: string;
  openSingle?: boolean;
}) {
  const [, navigate] = useLocation();
  const t = useT<LoyaltyMessageId>();
  const accounts = useLoyaltyAccounts(customerNumber);
  const active = accounts.data?.filter((a) => a.status === 'ACTIVE') ?? [];
  const only = openSingle && active.length === 1 ? active[0] : undefined;

  useEffect(() => {
    // Replace, so Back from the balance returns to the results, not to this redirect.
    if (only) navigate(routes.account(only.accountId), { replace: true });
  }, [only, navigate]);

  return (
    <SectionCard id="accounts" title={t('loyalty.accounts')}>
      <QueryContent
        query={accounts}
        pending={t('loyalty.accounts.lookingUp')}
        isEmpty={(list) => list.length === 0}
        empty={<p className="text-lg text-slate-700">{t('loyalty.accounts.none')}</p>}
      >
        {(list) => (
          <ul aria-label={t('loyalty.accounts')} className="flex flex-col gap-2">
            {list.map((a) => (
              <li key={a.accountId}>
                <button
                  type="button"
                  onClick={() => navigate(routes.account(a.accountId))}
                  className="flex min-h-14 w-full items-center gap-4 rounded-lg border-2 border-slate-300 px-4 text-left text-lg hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-blue-500 active:bg-blue-100"
                >
                  <span className="font-semibold text-slate-900">
                    {t('loyalty.accounts.item', { account: a.accountId })}
                  </span>
                  <span className="text-slate-700">{accountTypeLabel(a.accountType)}</span>
                  <span
                    className={`ml-auto rounded-full px-3 py-1 text-sm font-semibold ${a.status === 'ACTIVE' ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-200 text-slate-800'}`}
                  >
                    {a.status}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryContent>
    </SectionCard>
  );
}
