import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { routes } from '../routes';
import { useOperatorId } from '../stores/operator-store';
import { Button } from '../ui/button';

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
 *   <RequireOperator action="add notes">{(userId) => <NoteForm userId={userId} />}</RequireOperator>
 */
export function RequireOperator({
  action,
  why = 'The till records who makes this change.',
  children,
}: {
  /** What the write does, after "Sign on to": "add notes", "change consent". */
  action: string;
  why?: string;
  children: (operatorId: string) => ReactNode;
}) {
  const { operatorId, signOn } = useOperatorForWrites();
  if (operatorId) return children(operatorId);
  return (
    <div className="flex flex-col items-start gap-3 rounded-xl border-2 border-slate-300 bg-slate-50 p-4">
      <p className="text-lg text-slate-800">
        {why} Sign on with your operator id first; looking customers up needs no sign-on.
      </p>
      <Button variant="primary" onClick={signOn}>
        Sign on to {action}
      </Button>
    </div>
  );
}
