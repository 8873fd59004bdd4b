import { useT } from '../../shared/i18n/messages';
import type { ReactNode } from 'react';
import { useCustomerName } from './api/get-customer-name';
import type { CrmHistoryMessageId } from './messages';

/** A history screen's heading: what it is, whose (name and number), and its buttons. */
export function HistoryHeading({
  id,
  title,
  customerNumber,
  children,
}: {
  id: string;
  title: string;
  customerNumber: string;
  children: ReactNode;
}) {
  const t = useT<CrmHistoryMessageId>();
  const name = useCustomerName(customerNumber).data;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 id={id} className="text-3xl font-bold text-slate-900">
        {title}
        <span className="ml-3 text-xl font-semibold text-slate-700">
          {name ? `${name}, ` : ''}
          <span className="font-mono">{t('crm-history.customerNumber', { customerNumber })}</span>
        </span>
      </h1>
      <div className="ml-auto flex flex-wrap justify-end gap-2">{children}</div>
    </div>
  );
}
