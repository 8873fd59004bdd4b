import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../routes';
import { useOperatorId } from '../stores/operator-store';
import { Button } from '../ui/button';
import { useT } from '../i18n/messages';

/**
 * For a write that records who made it (notes, consent, key dates, contacts): the operator
 * signed on, or null, and how to sign on and come back to this screen.
 */
export function useOperatorForWrites() {
  const operatorId = useOperatorId();
  const [location, navigate] = useLocation();
  return { operatorId, signOn: () => navigate(routes.signOnThen(location)) };
}

/**
 * Renders `children(operatorId)` when an operator is signed on. Otherwise says why one is
 * needed, with a button to the sign-on screen that comes back here afterwards:
 *
 *   <RequireOperator label={t('crm.notes.signOn')}>{(userId) => <NoteForm userId={userId} />}</RequireOperator>
 *
 * `label` is the button's whole sentence in the caller's catalogue ("Sign on to add notes"),
 * so each language words it as it needs.
 */
export function RequireOperator({
  label,
  why,
  children,
}: {
  /** The sign-on button's words, naming the write: "Sign on to add notes". */
  label: string;
  /** Why an operator is needed (a sentence); the till's usual reason by default. */
  why?: string;
  children: (operatorId: string) => ReactNode;
}) {
  const { operatorId, signOn } = useOperatorForWrites();
  const t = useT();
  if (operatorId) return children(operatorId);
  return (
    <div className="flex flex-col items-start gap-3 rounded-xl border-2 border-slate-300 bg-slate-50 p-4">
      <p className="text-lg text-slate-800">
        {why ?? t('ui.operator.why')} {t('ui.operator.first')}
      </p>
      <Button variant="primary" onClick={signOn}>
        {label}
      </Button>
    </div>
  );
}
