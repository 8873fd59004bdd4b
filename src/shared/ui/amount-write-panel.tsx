import type { ReactNode } from 'react';
import { Button } from './button';
import { DigitField, type useDigitEntry } from './digit-field';
import type { KeyboardAction } from './on-screen-keyboard';
import { NumericKeypad } from './numeric-keypad';

/**
 * The one shape of a write of an amount (a sale's points, an award, a redemption): the amount
 * typed on the keypad beside its send button, what is wrong with it, then once sent, the
 * write's progress and the button to start the next. Fields of its own (a reason, a reference)
 * come first, as `children`.
 */
export function AmountWritePanel({
  amount,
  label,
  send,
  sending,
  done,
  onSend,
  canSend,
  onEdit,
  problem,
  notice,
  status,
  again,
  finish,
  children,
}: {
  amount: ReturnType<typeof useDigitEntry>;
  /** The amount field's label. */
  label: string;
  /** The send button's words, and while the write is under way (a direct call). */
  send: string;
  sending?: string | false;
  /** Sent: the amount is fixed and the keypad gives way to the status. */
  done: boolean;
  onSend: () => void;
  /** Whatever else must be there before the button can be tapped (a reference, a number). */
  canSend: boolean;
  /** The amount was changed (a panel clears what it said about the last one). */
  onEdit?: () => void;
  /** What the cashier must put right, or why nothing was sent. */
  problem: ReactNode;
  /** A panel of its own under the problem: a refusal, a failed call with Try again. */
  notice?: ReactNode;
  /** Once sent: where the write stands. */
  status: ReactNode;
  again: { readonly label: string; readonly onClick: () => void } | null;
  /** Once sent, the primary way on (e.g. Next customer, which clears the till). */
  finish?: { readonly label: string; readonly onClick: () => void };
  children?: ReactNode;
}) {
  const onKey = (action: KeyboardAction) => {
    if (done || sending) return;
    if (action.type === 'enter') return onSend();
    onEdit?.();
    amount.press(action);
  };
  return (
    <div className="flex flex-col gap-3">
      {children}
      <div className="flex items-end gap-3">
        <DigitField
          label={label}
          digits={amount.digits}
          readOnly={done || Boolean(sending)}
          invalid={Boolean(problem)}
          onChange={(text) => {
            onEdit?.();
            amount.setDigits(text);
          }}
        />
        {!done && (
          <Button
            variant="primary"
            className="h-14 text-xl"
            disabled={!canSend || amount.digits === '' || Boolean(sending)}
            onClick={onSend}
          >
            {sending || send}
          </Button>
        )}
      </div>
      {problem && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {problem}
        </p>
      )}
      {notice}
      {done ? status : <NumericKeypad compact onAction={onKey} />}
      {done && again && (
        <Button className="h-14 text-xl" onClick={again.onClick}>
          {again.label}
        </Button>
      )}
      {done && finish && (
        <Button variant="primary" className="h-14 text-xl" onClick={finish.onClick}>
          {finish.label}
        </Button>
      )}
    </div>
  );
}
