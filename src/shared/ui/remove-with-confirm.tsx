import { useState } from 'react';
import { useT } from '../i18n/messages';
import { Button } from './button';

/**
 * Remove, asked once more: the first tap turns into Keep and "Yes, remove {name}", so a slip
 * of the thumb removes nothing. `removing` disables both while the removal is on its way.
 */
export function RemoveWithConfirm({
  name,
  removing,
  onRemove,
}: {
  /** What is removed, in the cashier's words ("Aspen Green"). */
  name: string;
  removing: boolean;
  onRemove: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <div className="flex gap-2">
      <Button onClick={() => setConfirming(false)} disabled={removing}>
        {t('ui.remove.keep')}
      </Button>
      <Button variant="primary" onClick={onRemove} disabled={removing}>
        {removing ? t('ui.remove.removing') : t('ui.remove.confirm', { name })}
      </Button>
    </div>
  ) : (
    <Button onClick={() => setConfirming(true)} aria-label={t('ui.remove.label', { name })}>
      {t('ui.remove.button')}
    </Button>
  );
}
