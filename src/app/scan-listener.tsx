import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../shared/routes';
import { useCardScanner } from '../shared/scanner/use-card-scanner';
import { useCardStore } from '../shared/stores/card-store';

/** A loyalty card scanned on any screen opens its balance. */
export function ScanListener() {
  const [, navigate] = useLocation();
  const setCardNumber = useCardStore((s) => s.setCardNumber);
  useCardScanner(
    useCallback(
      (cardNumber: string) => {
        setCardNumber(cardNumber);
        navigate(routes.cardBalance);
      },
      [setCardNumber, navigate],
    ),
  );
  return null;
}
