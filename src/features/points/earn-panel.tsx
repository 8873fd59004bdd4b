import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isAuthorisation, type PointsMember } from '../../shared/domain/points';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { useOutboxSubmission } from '../../shared/outbox/use-outbox-submission';
import { useTransactionId } from '../../shared/outbox/use-transaction-id';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { DigitField, useDigitEntry } from '../../shared/ui/digit-field';
import { NumericKeypad } from '../../shared/ui/numeric-keypad';
import { pointsKeys } from './api/keys';

const REASONS = ['Facebook Share', 'Instagram Share', 'Product Review', 'Goodwill'];
const MAX_POINTS = 100_000;

/**
 * Awards points for an earning event. Sent through the outbox, so it is never lost or doubled:
 * the reference is the earning's idempotency key.
 */
export function EarnPanel({ customerNumber }: { customerNumber: string }) {
  const { config } = useTerminal();
  const queryClient = useQueryClient();
  const amount = useDigitEntry(6);
  const [reason, setReason] = useState(REASONS[0] as string);
  const [typedReference, setReference] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const fresh = useTransactionId(round);
  // The till's own unused id, until the cashier types another.
  const reference = typedReference ?? (fresh.id ? `${config.deviceId}-${fresh.id}` : '');
  const [problem, setProblem] = useState('');
  // A reference this member already has: another award, never shown as this one's progress.
  const [reused, setReused] = useState<{ reference: string; when: string } | null>(null);
  const submission = useOutboxSubmission(
    () => void queryClient.invalidateQueries({ queryKey: pointsKeys.member(customerNumber) }),
  );
  const { entry, submitted } = submission;

  const award = async () => {
    const ref = reference.trim();
    if (ref === '') return;
    if (amount.value < 1 || amount.value > MAX_POINTS) {
      setProblem(`Type from 1 to ${MAX_POINTS.toLocaleString(config.locale)} points.`);
      return;
    }
    // Seed 003: an earning's Document is its Reference, so the history shows older uses.
    const inHistory = queryClient
      .getQueryData<PointsMember>(pointsKeys.member(customerNumber))
      ?.history.find((h) => h.document === ref && !isAuthorisation(h));
    if (inHistory) {
      const day = new Date(`${inHistory.date}T00:00:00Z`);
      const when = new Intl.DateTimeFormat(config.locale, { dateStyle: 'medium', timeZone: 'UTC' });
      return setReused({ reference: ref, when: when.format(day) });
    }
    const result = await submission.submit({
      id: `earn:${customerNumber}:${ref}`,
      payload: {
        kind: 'loyalty-earn',
        request: { customerNumber, points: amount.value, reason, reference: ref },
      },
      summary: `+${amount.value.toLocaleString(config.locale)} points · ${reason}`,
      subject: customerNumber,
    });
    if (result.outcome === 'reused') {
      const when = new Intl.DateTimeFormat(config.locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      setReused({ reference: ref, when: when.format(new Date(result.earlier.createdAt)) });
    }
  };

  // The till's own unused reference instead; the points and reason stay as typed.
  const newReference = () => {
    setReused(null);
    setReference(null);
    setRound((n) => n + 1);
  };

  const again = () => {
    submission.reset();
    amount.setDigits('');
    setProblem('');
    setReused(null);
    setReference(null);
    setRound((n) => n + 1);
  };

  return (
    <div className="flex flex-col gap-3">
      <ChoiceGroup
        label="Reason"
        value={reason}
        options={REASONS.map((r) => ({ value: r, label: r }))}
        onChange={setReason}
        disabled={submitted}
        className="grid grid-cols-2"
      />
      <label className="flex flex-col gap-1">
        <span className="text-base font-semibold text-slate-800">Reference</span>
        <input
          value={reference}
          readOnly={submitted}
          onChange={(e) => {
            setReference(e.target.value.slice(0, 40));
            setReused(null);
          }}
          autoComplete="off"
          className="h-12 rounded-lg border-2 border-slate-400 bg-white px-3 font-mono text-lg"
        />
      </label>
      <div className="flex items-end gap-3">
        <DigitField
          label="Points to award"
          digits={amount.digits}
          readOnly={submitted}
          invalid={problem !== ''}
          onChange={(text) => {
            amount.setDigits(text);
            setProblem('');
          }}
        />
        {!submitted && (
          <Button
            variant="primary"
            className="h-14 text-xl"
            disabled={amount.digits === '' || reference === ''}
            onClick={() => void award()}
          >
            Award points
          </Button>
        )}
      </div>
      {(problem || fresh.failed || submission.failed) && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {problem ||
            (fresh.failed
              ? 'This till could not number this. Reload the till.'
              : 'The till could not save this award. Nothing was sent: tap Award points again.')}
        </p>
      )}
      {reused && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
          <p className="text-lg font-semibold text-red-950">
            Reference {reused.reference} was already used for this member ({reused.when}): use a new
            reference.
          </p>
          <Button className="mt-2" onClick={newReference}>
            Use a new reference
          </Button>
        </div>
      )}
      {!submitted ? (
        <NumericKeypad
          compact
          onAction={(action) => {
            if (action.type === 'enter') return void award();
            setProblem('');
            amount.press(action);
          }}
        />
      ) : (
        <>
          {entry && <EntryStatus entry={entry} done="Points awarded" />}
          <Button className="h-14 text-xl" onClick={again}>
            Award more points
          </Button>
        </>
      )}
    </div>
  );
}
