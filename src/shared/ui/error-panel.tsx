import { translate } from '../i18n/i18n';
import { useT } from '../i18n/messages';
import { isEnactorError } from '../enactor/soap/errors';
import { AlertPanel } from './alert-panel';
import { Button } from './button';

/** The services a call can fail at; each is named in the message itself (a `select`). */
export type ServiceName =
  'customer service' | 'loyalty service' | 'CRM service' | 'points programme';

const SERVICE_KEYS: Record<ServiceName, string> = {
  'customer service': 'customer',
  'loyalty service': 'loyalty',
  'CRM service': 'crm',
  'points programme': 'points',
};

interface Explanation {
  readonly title: string;
  readonly advice: string;
}

/** What happened and what the cashier can do about it, for every way a call fails. */
export function explainError(error: unknown, service: ServiceName): Explanation {
  if (!isEnactorError(error)) {
    return {
      title: translate('ui.error.unknown.title'),
      advice: translate('ui.error.unknown.advice'),
    };
  }
  const e = error;
  const s = { service: SERVICE_KEYS[service] };
  switch (e.kind) {
    case 'network':
      return {
        title: translate('ui.error.network.title', s),
        advice: translate('ui.error.network.advice'),
      };
    case 'timeout':
      return {
        title: translate('ui.error.timeout.title', s),
        advice: translate('ui.error.timeout.advice', { seconds: Math.round(e.timeoutMs / 1000) }),
      };
    case 'http':
      if (e.status === 401 || e.status === 403) {
        return {
          title: translate('ui.error.signIn.title', { ...s, status: e.status }),
          advice: translate('ui.error.signIn.advice'),
        };
      }
      if (e.detail) {
        return {
          title: translate('ui.error.refused.title', { ...s, detail: e.detail }),
          advice: e.retryable
            ? translate('ui.error.retry.advice')
            : translate('ui.error.refused.advice'),
        };
      }
      return {
        title: translate('ui.error.http.title', { ...s, status: e.status }),
        advice: e.retryable
          ? translate('ui.error.http.retryAdvice')
          : translate('ui.error.http.hopelessAdvice'),
      };
    case 'soap-fault':
      return {
        title: translate('ui.error.fault.title', s),
        advice: e.reason
          ? translate('ui.error.fault.adviceWithReason', { reason: e.reason })
          : translate('ui.error.retry.advice'),
      };
    case 'malformed':
      return {
        title: translate('ui.error.malformed.title', s),
        advice: translate('ui.error.malformed.advice'),
      };
    case 'cancelled':
      return {
        title: translate('ui.error.cancelled.title'),
        advice: translate('ui.error.cancelled.advice'),
      };
  }
}

export function ErrorPanel({
  error,
  service,
  onRetry,
}: {
  error: unknown;
  service: ServiceName;
  onRetry: () => void;
}) {
  const t = useT();
  const { title, advice } = explainError(error, service);
  // A refusal that will come back the same (a 4xx, a rejected token) gets no Try again.
  const hopeless = isEnactorError(error) && error.kind === 'http' && !error.retryable;
  return (
    <AlertPanel tone="error" title={title} message={advice}>
      {!hopeless && (
        <Button variant="primary" onClick={onRetry}>
          {t('ui.tryAgain')}
        </Button>
      )}
    </AlertPanel>
  );
}
