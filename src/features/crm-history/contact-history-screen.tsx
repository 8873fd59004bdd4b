import { useState } from 'react';
import { useLocation } from 'wouter';
import {
  CONTACT_TYPES,
  type ContactCriteria,
  type ContactHistoryResult,
  type ContactRow,
} from '../../shared/domain/crm-history';
import { formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { routes } from '../../shared/routes';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';
import { PageBar } from '../../shared/ui/page-bar';
import { QueryContent } from '../../shared/ui/query-content';
import { HISTORY_PAGE_SIZE } from './api/keys';
import { useContactHistory } from './api/search-contacts';
import { HistoryHeading } from './history-heading';
import { callOutcomeLabel, contactTypeLabel } from './history-labels';
import { useCustomerHistoryView } from './history-store';
import { KindToggles } from './transaction-search-form';
import type { CrmHistoryMessageId } from './messages';

const INPUT =
  'h-12 rounded-lg border-2 border-slate-400 bg-white px-3 text-lg font-normal focus:border-blue-700 focus:outline-none';

/**
 * Contact History: every contact with the customer (visits, calls, e-mails, complaints,
 * enquiries), newest first, paged on the server, narrowed by kind and dates; a row opens to
 * its full text.
 */
export function ContactHistoryScreen({ customerNumber }: { customerNumber: string }) {
  const [, navigate] = useLocation();
  const t = useT<CrmHistoryMessageId>();
  const view = useCustomerHistoryView(customerNumber);
  const criteria = view.contacts;
  const offset = view.contactOffset;
  const history = useContactHistory(customerNumber, criteria, offset);
  const [dateProblem, setDateProblem] = useState('');

  const filter = (next: ContactCriteria) => {
    if (next.fromDate && next.toDate && next.fromDate > next.toDate) {
      setDateProblem(t('crm-history.datesReversed'));
      return;
    }
    setDateProblem('');
    view.filterContacts(next);
  };

  return (
    <section aria-labelledby="contacts-heading" className="flex min-h-0 flex-1 flex-col gap-3 p-4">
      <HistoryHeading
        id="contacts-heading"
        title={t('crm-history.contactHistory')}
        customerNumber={customerNumber}
      >
        <Button onClick={() => navigate(routes.crmCustomer(customerNumber))}>
          {t('crm-history.clientDetails')}
        </Button>
        <Button variant="primary" onClick={() => navigate(routes.crmCall(customerNumber))}>
          {t('crm-history.call.title')}
        </Button>
      </HistoryHeading>
      <div
        role="search"
        aria-label={t('crm-history.contacts.narrow')}
        className="flex flex-wrap items-end gap-3"
      >
        <KindToggles
          label={t('crm-history.contacts.kinds')}
          kinds={CONTACT_TYPES}
          on={criteria.typeIds}
          labelOf={contactTypeLabel}
          onChange={(typeIds) => filter({ ...criteria, typeIds })}
        />
        {(
          [
            ['crm-history.from', 'fromDate'],
            ['crm-history.to', 'toDate'],
          ] as const
        ).map(([label, field]) => (
          <label key={field} className="flex flex-col gap-1 text-base font-semibold text-slate-800">
            {t(label)}
            <input
              type="date"
              value={criteria[field]}
              onChange={(e) => filter({ ...criteria, [field]: e.target.value })}
              className={INPUT}
            />
          </label>
        ))}
        {(criteria.typeIds.length > 0 || criteria.fromDate || criteria.toDate) && (
          <Button onClick={() => filter({ typeIds: [], fromDate: '', toDate: '' })}>
            {t('crm-history.showAll')}
          </Button>
        )}
      </div>
      {dateProblem && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {dateProblem}
        </p>
      )}
      <QueryContent query={history} pending={t('crm-history.contacts.loading')}>
        {(result) => (
          <Contacts
            result={result}
            busy={history.isPlaceholderData}
            offset={offset}
            onOffset={view.setContactOffset}
          />
        )}
      </QueryContent>
    </section>
  );
}

function Contacts({
  result,
  busy,
  offset,
  onOffset,
}: {
  result: ContactHistoryResult;
  busy: boolean;
  offset: number;
  onOffset: (offset: number) => void;
}) {
  const t = useT<CrmHistoryMessageId>();
  const [open, setOpen] = useState<string | null>(null);
  if (result.outcome !== 'Success') {
    return (
      <AlertPanel
        tone={result.outcome === 'NoCustomer' ? 'warning' : 'error'}
        title={
          result.outcome === 'NoCustomer'
            ? t('crm-history.noSuchClient')
            : t('crm-history.searchRefused')
        }
        message={[
          result.message,
          ...Object.values(result.outcome === 'Invalid' ? result.fieldErrors : {}),
        ].join(' ')}
      >
        {null}
      </AlertPanel>
    );
  }
  const { page } = result;
  if (page.total === 0) {
    return (
      <p role="status" className="text-xl text-slate-800">
        {t('crm-history.contacts.noMatch')}
      </p>
    );
  }
  return (
    <div
      aria-busy={busy}
      className={`flex min-h-0 flex-1 flex-col gap-2 ${busy ? 'opacity-60' : ''}`}
    >
      <PageBar
        first={page.offset}
        last={page.offset + page.rows.length - 1}
        total={page.total}
        atStart={offset === 0}
        atEnd={page.offset + page.rows.length >= page.total}
        onPrevious={() => onOffset(Math.max(0, offset - HISTORY_PAGE_SIZE))}
        onNext={() => onOffset(offset + HISTORY_PAGE_SIZE)}
        busy={busy ? t('crm-history.loading') : undefined}
      />
      <ul
        aria-label={t('crm-history.contacts.list')}
        className="min-h-0 flex-1 overflow-y-auto rounded-lg border-2 border-slate-300 bg-white"
      >
        {page.rows.map((c, i) => (
          <ContactItem
            key={c.contactHistoryId}
            contact={c}
            position={page.offset + i + 1}
            total={page.total}
            open={open === c.contactHistoryId}
            onToggle={() => setOpen((o) => (o === c.contactHistoryId ? null : c.contactHistoryId))}
          />
        ))}
      </ul>
    </div>
  );
}

function ContactItem({
  contact: c,
  position,
  total,
  open,
  onToggle,
}: {
  contact: ContactRow;
  position: number;
  total: number;
  open: boolean;
  onToggle: () => void;
}) {
  const { config } = useTerminal();
  const t = useT<CrmHistoryMessageId>();
  const textId = `contact-${c.contactHistoryId}-text`;
  return (
    <li aria-posinset={position} aria-setsize={total} className="border-b border-slate-200">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={textId}
        onClick={onToggle}
        className="grid min-h-16 w-full grid-cols-[10rem_7rem_minmax(0,1fr)_auto] items-center gap-x-4 px-4 py-2 text-left hover:bg-blue-50 focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-blue-500 active:bg-blue-100 xl:grid-cols-[12rem_8rem_minmax(0,1fr)_auto]"
      >
        <span className="text-base text-slate-800">{formatDateTime(c.date, config.locale)}</span>
        <span className="font-semibold text-slate-900">
          {contactTypeLabel(c.typeId)}
          {c.callOutcomeId && (
            <span className="block text-sm font-normal text-slate-700">
              {callOutcomeLabel(c.callOutcomeId)}
            </span>
          )}
        </span>
        <span className="flex min-w-0 flex-col">
          <span className="truncate text-lg font-semibold text-slate-900">
            {c.subject || t('crm-history.contacts.noSubject')}
          </span>
          {!open && <span className="truncate text-base text-slate-700">{c.text}</span>}
        </span>
        <span className="whitespace-nowrap text-sm text-slate-700">
          {c.userId ? t('crm-history.contacts.byOperator', { operator: c.userId }) : ''}{' '}
          {open ? '▲' : '▼'}
        </span>
      </button>
      {open && (
        <div id={textId} className="flex flex-col gap-2 bg-slate-50 px-4 pb-4 pt-2">
          <p className="whitespace-pre-wrap break-words text-lg text-slate-900">
            {c.text || t('crm-history.contacts.noNotes')}
          </p>
          {c.recipients && (
            <p className="text-base text-slate-700">
              {t('crm-history.contacts.sentTo', { recipients: c.recipients })}
            </p>
          )}
          {c.taskId && (
            <p className="text-base text-slate-700">
              {t('crm-history.contacts.task', { task: c.taskId })}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
