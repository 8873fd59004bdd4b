import { Trans, useLingui } from '@lingui/react';
import type { ReactElement } from 'react';
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

/**
 * A message with markup inside the sentence, kept whole for the translator: `<0>…</0>` in the
 * catalogue becomes `components[0]` ("Operator <0>{id}</0>", "<0>{points, number}</0> points").
 */
export function RichT<Id extends string = MessageId>({
  id,
  values,
  components,
}: {
  id: Id;
  values?: MessageValues;
  components: Record<string, ReactElement>;
}) {
  return (
    <Trans id={id} values={values as Record<string, unknown> | undefined} components={components} />
  );
}
