import { explainError } from '../errors/explain-error';
import { useT } from '../i18n/messages';
import { AlertPanel } from './alert-panel';
import { Button } from './button';

/** A failed call, in the cashier's words, with Try again where it can help. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const { title, advice, canRetry } = explainError(error);
  return (
    <AlertPanel tone="error" title={title} message={advice}>
      {canRetry && (
        <Button variant="primary" onClick={onRetry}>
          {t('ui.tryAgain')}
        </Button>
      )}
    </AlertPanel>
  );
}
