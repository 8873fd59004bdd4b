import { Trans, useLingui } from '@lingui/react';
import type { ReactElement } from 'react';
import type { MessageId, MessageValues } from './i18n';

export { I18nProvider } from '@lingui/react';

/** `t('ui.keyboard.label')`, `t('ui.error.timeout.advice', { seconds })` in a component. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const { _ } = useLingui();
  return (id, values) => _(id, values as Record<string, unknown> | undefined);
}

/** The till's own locale (the config's `locale`): number and date formats, keyboard layout. */
export function useTillLocale(): string {
  const { i18n } = useLingui();
  const locales = i18n.locales;
  return (Array.isArray(locales) ? locales[0] : locales) ?? i18n.locale;
}

/**
 * A message with markup inside it: `<0>Reload</0>` in the catalogue becomes `components[0]`
 * wrapped round the translated words, so no sentence is ever spliced in code.
 */
export function Message({
  id,
  values,
  components,
}: {
  id: MessageId;
  values?: MessageValues;
  components?: Record<string, ReactElement>;
}) {
  return (
    <Trans
      id={id}
      values={values as Record<string, unknown> | undefined}
      components={components as never}
    />
  );
}
