import { explainError } from '../errors/explain-error';
import { AlertPanel } from './alert-panel';
import { Button } from './button';

/** A failed call, in the cashier's words, with Try again where it can help. */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { title, advice, canRetry } = explainError(error);
  return (
    <AlertPanel tone="error" title={title} message={advice}>
      {canRetry && (
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </AlertPanel>
  );
}
