import { draftFromDetails, type CustomerDraft } from '../../shared/domain/crm';
import { QueryContent } from '../../shared/ui/query-content';
import { useClientDetails } from './api/get-client-details';
import { CustomerForm } from './customer-form';

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
  return <CustomerForm initial={BLANK} base={null} title="New customer" />;
}

/** The edit form starts from the record as the server has it now, stamp included. */
export function EditCustomerScreen({ customerNumber }: { customerNumber: string }) {
  const details = useClientDetails(customerNumber);
  return (
    <QueryContent
      query={details}
      pending="Loading the client…"
      isEmpty={(customer) => customer === null}
      empty={<p className="p-4 text-xl">There is no customer {customerNumber}.</p>}
    >
      {(customer) =>
        customer && (
          <CustomerForm
            // A new stamp (another till's save, then a reload) starts the form afresh.
            key={customer.lastUpdated}
            initial={draftFromDetails(customer)}
            base={customer}
            title={`Edit ${customer.forename} ${customer.surname}`}
          />
        )
      }
    </QueryContent>
  );
}
