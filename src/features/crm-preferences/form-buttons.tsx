import { useState } from 'react';
import { Button } from '../../shared/ui/button';

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
  return (
    <div className="ml-auto flex gap-2">
      <Button aria-pressed={keyboardOpen} onClick={onKeyboard}>
        Keyboard
      </Button>
      <Button
        onClick={() => {
          if (failed) void refresh();
          onCancel();
        }}
      >
        Cancel
      </Button>
      <Button type="submit" variant="primary" disabled={saving}>
        {saving ? 'Saving…' : save}
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
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div className="flex gap-2">
      <Button onClick={() => setConfirming(false)} disabled={removing}>
        Keep
      </Button>
      <Button variant="primary" onClick={onRemove} disabled={removing}>
        {removing ? 'Removing…' : `Yes, remove ${name}`}
      </Button>
    </div>
  ) : (
    <Button onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
      Remove
    </Button>
  );
}
