import { AlertPanel } from '../../shared/ui/alert-panel';

export function NoSuchCustomer({ customerNumber }: { customerNumber: string }) {
  return (
    <AlertPanel
      tone="warning"
      title="No such client"
      message={`The CRM service has no customer ${customerNumber}.`}
    >
      {null}
    </AlertPanel>
  );
}
