import { isEnactorError } from '../enactor/soap/errors';
import { AlertPanel } from './alert-panel';
import { Button } from './button';

interface Explanation {
  readonly title: string;
  readonly advice: string;
}

/** What happened and what the cashier can do about it, for every way a call fails. */
export function explainError(error: unknown, service: string): Explanation {
  if (!isEnactorError(error)) {
    return {
      title: 'Something went wrong in the till',
      advice: 'Tap Try again. If it keeps happening, restart the till and tell the help desk.',
    };
  }
  const e = error;
  switch (e.kind) {
    case 'network':
      return {
        title: `Can't reach the ${service}`,
        advice:
          "Check the till's network connection, then tap Try again. If it still fails, call the help desk.",
      };
    case 'timeout':
      return {
        title: `The ${service} is taking too long`,
        advice: `No answer within ${Math.round(e.timeoutMs / 1000)} seconds. Tap Try again; if the queue is long, take the customer's details and look them up later.`,
      };
    case 'http':
      return {
        title: `The ${service} answered with an error (HTTP ${e.status})`,
        advice: e.retryable
          ? 'Tap Try again. If it keeps happening, call the help desk and quote the code above.'
          : 'Trying again will not help. Call the help desk and quote the code above.',
      };
    case 'soap-fault':
      return {
        title: `The ${service} reported a problem`,
        advice: `${e.reason ? `It said: "${e.reason}". ` : ''}Tap Try again. If it keeps happening, call the help desk.`,
      };
    case 'malformed':
      return {
        title: `The ${service} sent an answer the till cannot read`,
        advice:
          'Tap Try again. If it keeps happening, call the help desk: the server may need attention.',
      };
    case 'cancelled':
      return { title: 'The request was cancelled', advice: 'Search again when ready.' };
  }
}

export function ErrorPanel({
  error,
  service,
  onRetry,
}: {
  error: unknown;
  service: string;
  onRetry: () => void;
}) {
  const { title, advice } = explainError(error, service);
  return (
    <AlertPanel tone="error" title={title} message={advice}>
      <Button variant="primary" onClick={onRetry}>
        Try again
      </Button>
    </AlertPanel>
  );
}
