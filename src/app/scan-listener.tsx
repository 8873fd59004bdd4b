import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../shared/routes';
import { useCardScanner } from '../shared/scanner/use-card-scanner';
import { useCardStore } from '../shared/stores/card-store';
import { Button } from '../shared/ui/button';
import { RichT, useT } from '../shared/i18n/messages';
import type { AppMessageId } from './messages';

const NOTICE_MS = 8000;

/**
 * A loyalty card scanned on any screen opens its balance. A scan that is not a card (track
 * data, a long barcode) was swallowed: the cashier is told, briefly. `enabled` false (the idle
 * warning is up): a scan is left to the warning's button, as any key is.
 */
export function ScanListener({ enabled = true }: { enabled?: boolean }) {
  const [, navigate] = useLocation();
  const t = useT<AppMessageId>();
  const setCardNumber = useCardStore((s) => s.setCardNumber);
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  useCardScanner(
    useMemo(
      () => ({
        onCard: (cardNumber: string) => {
          setRefusedAt(null);
          setCardNumber(cardNumber);
          navigate(routes.cardBalance);
        },
        onNotACard: () => setRefusedAt(Date.now()),
      }),
      [setCardNumber, navigate],
    ),
    enabled,
  );
  useEffect(() => {
    if (refusedAt === null) return;
    const hide = setTimeout(() => setRefusedAt(null), NOTICE_MS);
    return () => clearTimeout(hide);
  }, [refusedAt]);

  if (refusedAt === null) return null;
  return (
    <div
      role="alert"
      className="fixed bottom-4 left-1/2 z-40 flex w-max max-w-[90vw] -translate-x-1/2 items-center gap-4 rounded-xl border-2 border-amber-600 bg-amber-50 py-2 pl-5 pr-2 text-amber-950 shadow-lg"
    >
      <p className="text-xl">
        <RichT<AppMessageId>
          id="app.scan.notACard"
          components={{ 0: <span className="font-bold" /> }}
        />
      </p>
      <Button onClick={() => setRefusedAt(null)}>{t('app.ok')}</Button>
    </div>
  );
}
