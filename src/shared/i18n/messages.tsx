import { useLingui } from '@lingui/react';
import type { MessageId, MessageValues } from './i18n';

export { I18nProvider } from '@lingui/react';

/**
 * `t('ui.keyboard.label')`, `t('ui.error.timeout.advice', { seconds })` in a component. A
 * feature passes its own keys: `useT<PointsMessageId>()` (its `messages.ts`).
 */
export function useT<Id extends string = MessageId>(): (id: Id, values?: MessageValues) => string {
  const { _ } = useLingui();
  return (id, values) => _(id, values as Record<string, unknown> | undefined);
}

/** The till's own locale (the config's `locale`): number and date formats, keyboard layout. */
export function useTillLocale(): string {
  const { i18n } = useLingui();
  const locales = i18n.locales;
  return (Array.isArray(locales) ? locales[0] : locales) ?? i18n.locale;
}
