import { isAuthRefusal, isEnactorError, type ServiceId } from '../enactor/errors';
import { translate } from '../i18n/i18n';

/** What the cashier is told about a failure, and whether a Try again button can help. */
export interface Explanation {
  readonly title: string;
  readonly advice: string;
  /** A one-tap Try again is worth offering (a refusal that comes back the same is not). */
  readonly canRetry: boolean;
}

/** Each service as the catalogues' `select` names it (so a language can decline it). */
const SERVICE_KEYS: Record<ServiceId, string> = {
  customerService: 'customer',
  accountBalanceService: 'loyalty',
  crmCustomerDataService: 'crm',
  loyaltyProgramme: 'points',
};

/** A service as the catalogues' `select` names it, for a message that names it in a sentence. */
export const serviceKey = (service: ServiceId): string => SERVICE_KEYS[service];

/** How each service is named to the cashier, in the active language. */
export const serviceName = (service: ServiceId): string =>
  translate('ui.service.name', { service: SERVICE_KEYS[service] });

/**
 * What happened and what the cashier can do about it, for every way a call fails. The
 * failure names its own service (the endpoint carries it), so no caller passes words in.
 */
export function explainError(error: unknown): Explanation {
  if (!isEnactorError(error)) {
    return {
      title: translate('ui.error.unknown.title'),
      advice: translate('ui.error.unknown.advice'),
      canRetry: true,
    };
  }
  const e = error;
  const s = { service: e.service ? SERVICE_KEYS[e.service] : 'other' };
  switch (e.kind) {
    case 'network':
      return {
        title: translate('ui.error.network.title', s),
        advice: translate('ui.error.network.advice'),
        canRetry: true,
      };
    case 'timeout':
      return {
        title: translate('ui.error.timeout.title', s),
        advice: translate('ui.error.timeout.advice', { seconds: Math.round(e.timeoutMs / 1000) }),
        canRetry: true,
      };
    case 'http':
      if (isAuthRefusal(e)) {
        return {
          title: translate('ui.error.signIn.title', { ...s, status: e.status }),
          advice: translate('ui.error.signIn.advice'),
          canRetry: false,
        };
      }
      if (e.detail) {
        return {
          title: translate('ui.error.refused.title', { ...s, detail: e.detail }),
          advice: e.retryable
            ? translate('ui.error.retry.advice')
            : translate('ui.error.refused.advice'),
          canRetry: e.retryable,
        };
      }
      return {
        title: translate('ui.error.http.title', { ...s, status: e.status }),
        advice: e.retryable
          ? translate('ui.error.http.retryAdvice')
          : translate('ui.error.http.hopelessAdvice'),
        canRetry: e.retryable,
      };
    case 'soap-fault':
      return {
        title: translate('ui.error.fault.title', s),
        advice: e.reason
          ? translate('ui.error.fault.adviceWithReason', { reason: e.reason })
          : translate('ui.error.retry.advice'),
        canRetry: true,
      };
    case 'malformed': {
      // A write's answer about another write (its echo checked by the codec): not counted.
      const echo = e.cause as { name?: string; difference?: string } | undefined;
      if (echo?.name === 'BalanceUpdateEchoError') {
        return {
          title: translate('ui.error.echo.title', { ...s, difference: echo.difference ?? '' }),
          advice: translate('ui.error.echo.advice'),
          canRetry: true,
        };
      }
      return {
        title: translate('ui.error.malformed.title', s),
        advice: translate('ui.error.malformed.advice'),
        canRetry: true,
      };
    }
    case 'too-large':
      return {
        title: translate('ui.error.tooLarge.title'),
        advice: translate('ui.error.tooLarge.advice', s),
        canRetry: false,
      };
    case 'cancelled':
      return {
        title: translate('ui.error.cancelled.title'),
        advice: translate('ui.error.cancelled.advice'),
        canRetry: true,
      };
  }
}
