import type { CrmCustomerRow } from '../../shared/domain/crm';
import { maskEmail, maskPhone } from '../../shared/domain/contact-masking';
import { useT } from '../../shared/i18n/messages';
import { QueryContent } from '../../shared/ui/query-content';
import { useContactSearch, type ContactSearch } from './api/search-by-contact';
import type { CustomerSearchMessageId } from './messages';
import { NoMatch } from './search-results';

// Loaded with the first e-mail or phone search (the screen imports it lazily): the CRM client
// and its codecs stay out of the start-up bundle.

/**
 * The CRM's customers found by e-mail address or phone: tapping one opens Client Details.
 * With `mask` (maskContactDetails) the e-mail and phone are partly hidden, as in Client Search.
 */
export default function ContactResults({
  search,
  term,
  mask,
  onOpen,
}: {
  search: ContactSearch;
  term: string;
  mask: boolean;
  onOpen: (customerNumber: string) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  const query = useContactSearch(search);
  return (
    <div className="flex min-h-0 flex-1 flex-col p-2">
      <QueryContent
        query={query}
        pending={t('customer-search.searching')}
        isEmpty={(page) => page.rows.length === 0}
        empty={<NoMatch term={term} />}
      >
        {(page) => (
          <>
            {page.total > page.rows.length && (
              <p className="px-2 pb-2 text-lg text-slate-700">
                {t('customer-search.contact.more', {
                  shown: page.rows.length,
                  total: page.total,
                })}
              </p>
            )}
            <ul
              aria-label={t('customer-search.results.label')}
              className="min-h-0 flex-1 overflow-y-auto"
            >
              {page.rows.map((row, i) => (
                <li key={row.customerNumber} aria-posinset={i + 1} aria-setsize={page.total}>
                  <ContactRow row={row} mask={mask} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryContent>
    </div>
  );
}

function ContactRow({
  row,
  mask,
  onOpen,
}: {
  row: CrmCustomerRow;
  mask: boolean;
  onOpen: (customerNumber: string) => void;
}) {
  const t = useT<CustomerSearchMessageId>();
  const name = [row.title, row.forename, row.surname].filter(Boolean).join(' ');
  const address = [row.street, row.town, row.postcode].filter(Boolean).join(', ');
  const contact = [mask ? maskEmail(row.email) : row.email, mask ? maskPhone(row.phone) : row.phone]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      type="button"
      onClick={() => onOpen(row.customerNumber)}
      className="flex min-h-20 w-full items-center gap-4 border-b border-slate-200 bg-white px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100"
    >
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-xl font-semibold text-slate-900">
          {name || t('customer-search.row.noName')}
        </span>
        <span className="truncate text-base text-slate-700">
          {address || t('customer-search.row.noAddress')}
        </span>
        {contact && <span className="truncate text-base text-slate-700">{contact}</span>}
      </span>
      <span className="w-40 shrink-0 whitespace-nowrap text-right font-mono text-base text-slate-700">
        {t('customer-search.row.number', { number: row.customerNumber })}
      </span>
    </button>
  );
}
