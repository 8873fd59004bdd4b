import { customerDisplayName, type CustomerSummary } from '../../shared/domain/customer';
import { formatCalendarDate } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import type { CustomerSearchMessageId } from './messages';

export const CUSTOMER_ROW_HEIGHT = 84;

/** One search result: everything the row knows, laid out to be read at arm's length. */
export function CustomerRow({
  customer,
  locale,
  onPick,
}: {
  customer: CustomerSummary;
  locale: string;
  onPick: (customer: CustomerSummary) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  const address = [...customer.addressLines, customer.town, customer.postcode]
    .filter(Boolean)
    .join(', ');
  const born = formatCalendarDate(customer.dateOfBirth, locale);
  return (
    <button
      type="button"
      onClick={() => onPick(customer)}
      className="flex h-full w-full items-center gap-4 border-b border-slate-200 bg-white px-4 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
    >
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-xl font-semibold text-slate-900">
          {customerDisplayName(customer) || t('customer-search.row.noName')}
          {customer.organisation && (
            <span className="ml-2 text-base font-normal text-slate-600">
              {customer.organisation}
            </span>
          )}
        </span>
        <span className="truncate text-base text-slate-700">
          {address || t('customer-search.row.noAddress')}
          {born && (
            <span className="ml-3 text-slate-600">
              {t('customer-search.row.born', { date: born })}
            </span>
          )}
        </span>
      </span>
      {customer.hasLoyaltyAccounts && (
        <span className="shrink-0 rounded-full bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-900">
          {t('customer-search.row.loyalty')}
        </span>
      )}
      <span className="w-40 shrink-0 whitespace-nowrap text-right font-mono text-base text-slate-700">
        {t('customer-search.row.number', { number: customer.customerNumber })}
      </span>
    </button>
  );
}
