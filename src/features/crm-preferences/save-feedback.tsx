import type { ClientelingSaveResult } from '../../shared/domain/clienteling';
import { isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
import type { CrmPreferencesMessageId } from './messages';

/**
 * What became of a save that did not succeed, in the cashier's words. The record's id was made
 * once, so Try again is always safe here, even when the first attempt may have been stored.
 */
export function SaveFeedback({
  error,
  result,
  onRetry,
  kept,
}: {
  error: unknown;
  result: ClientelingSaveResult<unknown, string> | undefined;
  onRetry: () => void;
  kept?: string;
}) {
  const t = useT<CrmPreferencesMessageId>();
  const keptText = kept ?? t('crm-preferences.kept.typed');
  if (error) {
    const explained = explainError(error);
    return (
      <AlertPanel
        tone="error"
        title={explained.title}
        message={
          isUnknownOutcome(error)
            ? t('crm-preferences.save.unknown', { kept: keptText }).trim()
            : t('crm-preferences.save.failed', { advice: explained.advice, kept: keptText }).trim()
        }
      >
        <Button variant="primary" onClick={onRetry}>
          {t('crm-preferences.tryAgain')}
        </Button>
      </AlertPanel>
    );
  }
  if (!result || result.outcome === 'Success' || result.outcome === 'Conflict') return null;
  return (
    <AlertPanel
      tone="warning"
      title={
        result.outcome === 'NoCustomer'
          ? t('crm-preferences.noSuchCustomer')
          : t('crm-preferences.notSaved')
      }
      message={t('crm-preferences.save.refused', {
        message: result.message,
        kept: keptText,
      }).trim()}
    >
      {null}
    </AlertPanel>
  );
}
