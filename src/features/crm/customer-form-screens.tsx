import { useQuery } from '@tanstack/react-query';
import { draftFromDetails, type CustomerDraft } from '../../shared/domain/crm';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { crmDetailsOptions } from './crm-queries';
import { CustomerForm } from './customer-form';
import { useCrmService } from './use-crm-service';

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
  const crmCustomerDataService = useCrmService();
  const details = useQuery(crmDetailsOptions(crmCustomerDataService, customerNumber));
  if (details.isPending) {
    return (
      <p role="status" className="p-4 text-xl text-slate-700">
        Loading the client…
      </p>
    );
  }
  if (details.isError) {
    return (
      <div className="p-4">
        <ErrorPanel error={details.error} onRetry={() => void details.refetch()} />
      </div>
    );
  }
  if (!details.data) {
    return <p className="p-4 text-xl">There is no customer {customerNumber}.</p>;
  }
  return (
    <CustomerForm
      // A new stamp (another till's save, then a reload) starts the form afresh.
      key={details.data.lastUpdated}
      initial={draftFromDetails(details.data)}
      base={details.data}
      title={`Edit ${details.data.forename} ${details.data.surname}`}
    />
  );
}
