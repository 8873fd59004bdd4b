import { useState } from 'react';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { AmountWritePanel } from '../../shared/ui/amount-write-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useDigitEntry } from '../../shared/ui/digit-field';
import { useAwardPoints } from './api/award-points';

const REASONS = ['Facebook Share', 'Instagram Share', 'Product Review', 'Goodwill'];
const MAX_POINTS = 100_000;

/** Awards points for an earning event (`useAwardPoints`: the outbox, the reference its key). */
export function EarnPanel({ customerNumber }: { customerNumber: string }) {
  const { config } = useTerminal();
  const awards = useAwardPoints(customerNumber);
  const amount = useDigitEntry(6);
  const [reason, setReason] = useState(REASONS[0] as string);
  const [typedReference, setReference] = useState<string | null>(null);
  // The till's own unused id, until the cashier types another.
  const reference = typedReference ?? awards.tillReference;
  const [problem, setProblem] = useState('');
  // A reference this member already has: another award, never shown as this one's progress.
  const [reused, setReused] = useState<{ reference: string; when: string } | null>(null);
  const { submitted } = awards;

  const award = async () => {
    const ref = reference.trim();
    if (ref === '') return;
    if (amount.value < 1 || amount.value > MAX_POINTS) {
      setProblem(`Type from 1 to ${MAX_POINTS.toLocaleString(config.locale)} points.`);
      return;
    }
    const result = await awards.award({
      points: amount.value,
      reason,
      reference: ref,
      summary: `+${amount.value.toLocaleString(config.locale)} points · ${reason}`,
    });
    if (result.outcome === 'reused') {
      const when = new Intl.DateTimeFormat(
        config.locale,
        result.dated === 'day'
          ? { dateStyle: 'medium', timeZone: 'UTC' }
          : { dateStyle: 'medium', timeStyle: 'short' },
      );
      setReused({ reference: ref, when: when.format(result.when) });
    }
  };

  // The till's own unused reference instead; the points and reason stay as typed.
  const newReference = () => {
    setReused(null);
    setReference(null);
    awards.newReference();
  };

  const again = () => {
    awards.reset();
    amount.setDigits('');
    setProblem('');
    setReused(null);
    setReference(null);
  };

  return (
    <AmountWritePanel
      amount={amount}
      label="Points to award"
      send="Award points"
      done={submitted}
      canSend={reference !== ''}
      onSend={() => void award()}
      onEdit={() => setProblem('')}
      problem={
        problem ||
        (awards.unnumbered
          ? 'This till could not number this. Reload the till.'
          : awards.failed
            ? 'The till could not save this award. Nothing was sent: tap Award points again.'
            : '')
      }
      notice={
        reused && (
          <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
            <p className="text-lg font-semibold text-red-950">
              Reference {reused.reference} was already used for this member ({reused.when}): use a
              new reference.
            </p>
            <Button className="mt-2" onClick={newReference}>
              Use a new reference
            </Button>
          </div>
        )
      }
      status={awards.entry && <EntryStatus entry={awards.entry} done="Points awarded" />}
      again={{ label: 'Award more points', onClick: again }}
    >
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
    </AmountWritePanel>
  );
}
