import { useState } from 'react';
import { EntryStatus } from '../../shared/outbox/entry-status';
import { AmountWritePanel } from '../../shared/ui/amount-write-panel';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { useDigitEntry } from '../../shared/ui/digit-field';
import { useAwardPoints } from './api/award-points';
import { useT, useTillLocale } from '../../shared/i18n/messages';
import type { PointsMessageId } from './messages';

/** The reasons the programme knows (sent as they are), each with the cashier's words for it. */
const REASONS: readonly { value: string; label: PointsMessageId }[] = [
  { value: 'Facebook Share', label: 'points.reason.facebook' },
  { value: 'Instagram Share', label: 'points.reason.instagram' },
  { value: 'Product Review', label: 'points.reason.review' },
  { value: 'Goodwill', label: 'points.reason.goodwill' },
];
const MAX_POINTS = 100_000;

/** Awards points for an earning event (`useAwardPoints`: the outbox, the reference its key). */
export function EarnPanel({ customerNumber }: { customerNumber: string }) {
  const t = useT<PointsMessageId>();
  const locale = useTillLocale();
  const awards = useAwardPoints(customerNumber);
  const amount = useDigitEntry(6);
  const [reason, setReason] = useState((REASONS[0] as (typeof REASONS)[number]).value);
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
      setProblem(t('points.earn.range', { min: 1, max: MAX_POINTS }));
      return;
    }
    const result = await awards.award({
      points: amount.value,
      reason,
      reference: ref,
      summary: t('points.earn.summary', {
        points: amount.value,
        reason: t(REASONS.find((r) => r.value === reason)?.label ?? 'points.reason.goodwill'),
      }),
    });
    if (result.outcome === 'reused') {
      const when = new Intl.DateTimeFormat(
        locale,
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
      label={t('points.earn.amount')}
      send={t('points.earn.send')}
      done={submitted}
      canSend={reference !== ''}
      onSend={() => void award()}
      onEdit={() => setProblem('')}
      problem={
        problem ||
        (awards.unnumbered ? t('points.unnumbered') : awards.failed ? t('points.earn.failed') : '')
      }
      notice={
        reused && (
          <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
            <p className="text-lg font-semibold text-red-950">
              {t('points.earn.reused', { reference: reused.reference, when: reused.when })}
            </p>
            <Button className="mt-2" onClick={newReference}>
              {t('points.earn.newReference')}
            </Button>
          </div>
        )
      }
      status={awards.entry && <EntryStatus entry={awards.entry} done={t('points.earn.done')} />}
      again={{ label: t('points.earn.again'), onClick: again }}
    >
      <ChoiceGroup
        label={t('points.earn.reason')}
        value={reason}
        options={REASONS.map((r) => ({ value: r.value, label: t(r.label) }))}
        onChange={setReason}
        disabled={submitted}
        className="grid grid-cols-2"
      />
      <label className="flex flex-col gap-1">
        <span className="text-base font-semibold text-slate-800">{t('points.earn.reference')}</span>
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
