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
      if (e.status === 401 || e.status === 403) {
        return {
          title: `The ${service} did not accept this till's sign-in (HTTP ${e.status})`,
          advice:
            'The till must be signed in again: ask a supervisor or the help desk to renew its token. Trying again will not help.',
        };
      }
      if (e.detail) {
        return {
          title: `The ${service} refused: ${e.detail}`,
          advice: e.retryable
            ? 'Tap Try again. If it keeps happening, call the help desk.'
            : 'Check what was entered and correct it; sending the same again will be refused again.',
        };
      }
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
  // A refusal that will come back the same (a 4xx, a rejected token) gets no Try again.
  const hopeless = isEnactorError(error) && error.kind === 'http' && !error.retryable;
  return (
    <AlertPanel tone="error" title={title} message={advice}>
      {!hopeless && (
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </AlertPanel>
  );
}
