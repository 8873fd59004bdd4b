import { useT } from '../../shared/i18n/messages';
import { AlertPanel } from '../../shared/ui/alert-panel';
import type { CrmPreferencesMessageId } from './messages';

export function NoSuchCustomer({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmPreferencesMessageId>();
  return (
    <AlertPanel
      tone="warning"
      title={t('crm-preferences.noSuchClient')}
      message={t('crm-preferences.noSuchClientMessage', { customerNumber })}
    >
      {null}
    </AlertPanel>
  );
}
