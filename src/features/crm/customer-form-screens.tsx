import { draftFromDetails, type CustomerDraft } from '../../shared/domain/crm';
import { useT } from '../../shared/i18n/messages';
import { QueryContent } from '../../shared/ui/query-content';
import { useClientDetails } from './api/get-client-details';
import { CustomerForm } from './customer-form';
import type { CrmMessageId } from './messages';

const BLANK: CustomerDraft = {
  title: '',
  forename: '',
  surname: '',
  sex: '',
  dateOfBirth: '',
  organisation: '',
  email: '',
  phone: '',
  street1: '',
  street2: '',
  town: '',
  county: '',
  postcode: '',
  contactMethod: 'METHOD_EMAIL',
  contactable: true,
};

export function NewCustomerScreen() {
  const t = useT<CrmMessageId>();
  return <CustomerForm initial={BLANK} base={null} title={t('crm.form.newTitle')} />;
}

/** The edit form starts from the record as the server has it now, stamp included. */
export function EditCustomerScreen({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmMessageId>();
  const details = useClientDetails(customerNumber);
  return (
    <QueryContent
      query={details}
      pending={t('crm.details.loading')}
      isEmpty={(customer) => customer === null}
      empty={<p className="p-4 text-xl">{t('crm.form.noCustomer', { customerNumber })}</p>}
    >
      {(customer) =>
        customer && (
          <CustomerForm
            // A new stamp (another till's save, then a reload) starts the form afresh.
            key={customer.lastUpdated}
            initial={draftFromDetails(customer)}
            base={customer}
            title={t('crm.form.editTitle', {
              forename: customer.forename,
              surname: customer.surname,
            })}
          />
        )
      }
    </QueryContent>
  );
}
