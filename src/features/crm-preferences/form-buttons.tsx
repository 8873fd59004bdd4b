import { useState } from 'react';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
import type { CrmPreferencesMessageId } from './messages';

/**
 * The buttons every clienteling form has: the on-screen keyboard, Cancel (which asks the tab
 * again when the last save failed: its answer may have been lost after it was stored), Save.
 */
export function FormButtons({
  keyboardOpen,
  onKeyboard,
  onCancel,
  saving,
  failed,
  refresh,
  save,
}: {
  keyboardOpen: boolean;
  onKeyboard: () => void;
  onCancel: () => void;
  saving: boolean;
  failed: boolean;
  refresh: () => unknown;
  /** The Save button's words. */
  save: string;
}) {
  const t = useT<CrmPreferencesMessageId>();
  return (
    <div className="ml-auto flex gap-2">
      <Button aria-pressed={keyboardOpen} onClick={onKeyboard}>
        {t('crm-preferences.keyboard')}
      </Button>
      <Button
        onClick={() => {
          if (failed) void refresh();
          onCancel();
        }}
      >
        {t('crm-preferences.cancel')}
      </Button>
      <Button type="submit" variant="primary" disabled={saving}>
        {saving ? t('crm-preferences.saving') : save}
      </Button>
    </div>
  );
}

/** Remove, asked once more: a removed record cannot come back (its id is spent). */
export function RemoveButton({
  name,
  removing,
  onRemove,
}: {
  name: string;
  removing: boolean;
  onRemove: () => void;
}) {
  const t = useT<CrmPreferencesMessageId>();
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div className="flex gap-2">
      <Button onClick={() => setConfirming(false)} disabled={removing}>
        {t('crm-preferences.remove.keep')}
      </Button>
      <Button variant="primary" onClick={onRemove} disabled={removing}>
        {removing
          ? t('crm-preferences.remove.removing')
          : t('crm-preferences.remove.confirm', { name })}
      </Button>
    </div>
  ) : (
    <Button
      onClick={() => setConfirming(true)}
      aria-label={t('crm-preferences.remove.label', { name })}
    >
      {t('crm-preferences.remove.button')}
    </Button>
  );
}
