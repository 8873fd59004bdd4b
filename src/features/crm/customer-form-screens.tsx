import { draftFromDetails, type CustomerDraft } from '../../shared/domain/crm';
import { useT } from '../../shared/i18n/messages';
import { QueryContent } from '../../shared/ui/query-content';
import { useFullClientDetails } from './api/load-client-details';
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

/**
 * The edit form starts from the whole record as the server has it now (Load Customer
 * Details), stamp included: a save with an older stamp is refused as a conflict.
 */
export function EditCustomerScreen({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmMessageId>();
  const details = useFullClientDetails(customerNumber);
  return (
    <QueryContent
      query={details}
      pending={t('crm.details.loading')}
      isEmpty={(loaded) => loaded === null}
      empty={<p className="p-4 text-xl">{t('crm.form.noCustomer', { customerNumber })}</p>}
    >
      {(loaded) =>
        loaded && (
          <CustomerForm
            // A new stamp (another till's save, then a reload) starts the form afresh.
            key={loaded.customer.lastUpdated}
            initial={draftFromDetails(loaded.customer)}
            base={loaded.customer}
            title={t('crm.form.editTitle', {
              forename: loaded.customer.forename,
              surname: loaded.customer.surname,
            })}
          />
        )
      }
    </QueryContent>
  );
}
