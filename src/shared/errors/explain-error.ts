import { isAuthRefusal, isEnactorError, type ServiceId } from '../enactor/errors';

/** What the cashier is told about a failure, and whether a Try again button can help. */
export interface Explanation {
  readonly title: string;
  readonly advice: string;
  /** A one-tap Try again is worth offering (a refusal that comes back the same is not). */
  readonly canRetry: boolean;
}

/** How each service is named to the cashier. */
export const SERVICE_NAMES: Record<ServiceId, string> = {
  customerService: 'customer service',
  accountBalanceService: 'loyalty service',
  crmCustomerDataService: 'CRM service',
  loyaltyProgramme: 'points programme',
};

/**
 * What happened and what the cashier can do about it, for every way a call fails. The
 * failure names its own service (the endpoint carries it), so no caller passes words in.
 */
export function explainError(error: unknown): Explanation {
  if (!isEnactorError(error)) {
    return {
      title: 'Something went wrong in the till',
      advice: 'Tap Try again. If it keeps happening, restart the till and tell the help desk.',
      canRetry: true,
    };
  }
  const e = error;
  const service = e.service ? SERVICE_NAMES[e.service] : 'Enactor server';
  switch (e.kind) {
    case 'network':
      return {
        title: `Can't reach the ${service}`,
        advice:
          "Check the till's network connection, then tap Try again. If it still fails, call the help desk.",
        canRetry: true,
      };
    case 'timeout':
      return {
        title: `The ${service} is taking too long`,
        advice: `No answer within ${Math.round(e.timeoutMs / 1000)} seconds. Tap Try again; if the queue is long, take the customer's details and look them up later.`,
        canRetry: true,
      };
    case 'http':
      if (isAuthRefusal(e)) {
        return {
          title: `The ${service} did not accept this till's sign-in (HTTP ${e.status})`,
          advice:
            'The till must be signed in again: ask a supervisor or the help desk to renew its token. Trying again will not help.',
          canRetry: false,
        };
      }
      if (e.detail) {
        return {
          title: `The ${service} refused: ${e.detail}`,
          advice: e.retryable
            ? 'Tap Try again. If it keeps happening, call the help desk.'
            : 'Check what was entered and correct it; sending the same again will be refused again.',
          canRetry: e.retryable,
        };
      }
      return {
        title: `The ${service} answered with an error (HTTP ${e.status})`,
        advice: e.retryable
          ? 'Tap Try again. If it keeps happening, call the help desk and quote the code above.'
          : 'Trying again will not help. Call the help desk and quote the code above.',
        canRetry: e.retryable,
      };
    case 'soap-fault':
      return {
        title: `The ${service} reported a problem`,
        advice: `${e.reason ? `It said: "${e.reason}". ` : ''}Tap Try again. If it keeps happening, call the help desk.`,
        canRetry: true,
      };
    case 'malformed':
      return {
        title: `The ${service} sent an answer the till cannot read`,
        advice:
          'Tap Try again. If it keeps happening, call the help desk: the server may need attention.',
        canRetry: true,
      };
    case 'too-large':
      return {
        title: 'The answer was too large: narrow the search',
        advice: `The ${service} sent more than the till accepts. Add to the search, then search again.`,
        canRetry: false,
      };
    case 'cancelled':
      return {
        title: 'The request was cancelled',
        advice: 'Search again when ready.',
        canRetry: true,
      };
  }
}
