import type { ClientelingSaveResult } from '../../shared/domain/clienteling';
import { isUnknownOutcome } from '../../shared/enactor/errors';
import { explainError } from '../../shared/errors/explain-error';
import { AlertPanel } from '../../shared/ui/alert-panel';
import { Button } from '../../shared/ui/button';

/**
 * What became of a save that did not succeed, in the cashier's words. The record's id was made
 * once, so Try again is always safe here, even when the first attempt may have been stored.
 */
export function SaveFeedback({
  error,
  result,
  onRetry,
  kept = 'What you typed is kept.',
}: {
  error: unknown;
  result: ClientelingSaveResult<unknown, string> | undefined;
  onRetry: () => void;
  kept?: string;
}) {
  if (error) {
    const explained = explainError(error);
    return (
      <AlertPanel
        tone="error"
        title={explained.title}
        message={
          isUnknownOutcome(error)
            ? `It is not known whether it was saved: Try again is safe. ${kept}`.trim()
            : `${explained.advice} ${kept}`.trim()
        }
      >
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      </AlertPanel>
    );
  }
  if (!result || result.outcome === 'Success' || result.outcome === 'Conflict') return null;
  return (
    <AlertPanel
      tone="warning"
      title={result.outcome === 'NoCustomer' ? 'No such customer' : 'Not saved'}
      message={`${result.message} ${kept}`.trim()}
    >
      {null}
    </AlertPanel>
  );
}
