import { useRef, useState } from 'react';
import {
  newRecordId,
  type CustomerPreferences,
  type OptionSet,
  type OptionType,
  type PreferenceChange,
} from '../../shared/domain/clienteling';
import { useT } from '../../shared/i18n/messages';
import { useOperatorId } from '../../shared/stores/operator-store';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { QueryContent, SectionCard } from '../../shared/ui/query-content';
import { usePreferences } from './api/get-preferences';
import { useSavePreferences } from './api/save-preferences';
import { captureTime, ConsentPanel } from './consent-panel';
import { NoSuchCustomer } from './no-such-customer';
import { SaveFeedback } from './save-feedback';
import { SignOnNeeded } from './sign-on-needed';
import type { CrmPreferencesMessageId } from './messages';

/** A change not yet saved: one option chosen or unchosen. */
interface Pending {
  readonly set: OptionSet;
  readonly optionPathId: string;
  readonly value: boolean;
}

/** Where a change lives: one per type for ONE_PER_TYPE sets, one per option for MANY. */
const slotOf = (set: OptionSet, type: OptionType, optionPathId = '') =>
  set.selection === 'ONE_PER_TYPE'
    ? `${set.optionSetId}/${type.typeId}`
    : `${set.optionSetId}/${optionPathId}`;

function SetCard({
  set,
  found,
  pending,
  onChange,
  disabled,
  itemErrors,
}: {
  set: OptionSet;
  found: CustomerPreferences;
  pending: ReadonlyMap<string, Pending>;
  onChange: (slot: string, change: Pending | null) => void;
  disabled: boolean;
  itemErrors: ReadonlyMap<string, string>;
}) {
  const t = useT<CrmPreferencesMessageId>();
  const isCurrent = (optionPathId: string) =>
    found.current.some(
      (p) => p.optionSetId === set.optionSetId && p.optionPathId === optionPathId && p.value,
    );
  return (
    <SectionCard id={`set-${set.optionSetId}`} title={set.description}>
      {set.types.map((type) => {
        const label =
          set.types.length > 1
            ? t('crm-preferences.set.typeLabel', { set: set.description, type: type.description })
            : set.description;
        const errors = type.options
          .map((o) => itemErrors.get(o.optionPathId))
          .filter((e): e is string => e !== undefined);
        let control;
        let changed: boolean;
        if (set.selection === 'ONE_PER_TYPE') {
          const slot = slotOf(set, type);
          const saved = type.options.find((o) => isCurrent(o.optionPathId))?.optionPathId ?? '';
          const change = pending.get(slot);
          changed = change !== undefined;
          const chosen = change ? (change.value ? change.optionPathId : '') : saved;
          control = (
            <ChoiceGroup
              label={label}
              value={chosen}
              disabled={disabled}
              options={[
                ...type.options.map((o) => ({ value: o.optionPathId, label: o.description })),
                { value: '', label: t('crm-preferences.set.none') },
              ]}
              onChange={(optionPathId) => {
                if (optionPathId === saved) onChange(slot, null);
                else if (optionPathId === '')
                  onChange(slot, { set, optionPathId: saved, value: false });
                else onChange(slot, { set, optionPathId, value: true });
              }}
            />
          );
        } else {
          changed = type.options.some((o) => pending.has(slotOf(set, type, o.optionPathId)));
          control = (
            <div role="group" aria-label={label} className="flex flex-wrap gap-1">
              {type.options.map((o) => {
                const slot = slotOf(set, type, o.optionPathId);
                const saved = isCurrent(o.optionPathId);
                const on = pending.get(slot)?.value ?? saved;
                return (
                  <button
                    key={o.optionPathId}
                    type="button"
                    aria-pressed={on}
                    disabled={disabled}
                    onClick={() =>
                      onChange(
                        slot,
                        !on === saved ? null : { set, optionPathId: o.optionPathId, value: !on },
                      )
                    }
                    className={`min-h-12 min-w-12 rounded-lg border-2 px-3 text-base font-semibold ${on ? 'border-blue-800 bg-blue-700 text-white' : 'border-slate-300 bg-white text-slate-900'}`}
                  >
                    {on ? '✓ ' : ''}
                    {o.description}
                  </button>
                );
              })}
            </div>
          );
        }
        return (
          <div key={type.typeId} className="flex flex-col gap-1">
            {set.types.length > 1 && (
              <span className="text-base font-semibold text-slate-800">{type.description}</span>
            )}
            {control}
            {changed && (
              <span className="text-sm font-semibold text-blue-800">
                {t('crm-preferences.set.changed')}
              </span>
            )}
            {errors.map((e) => (
              <span key={e} className="text-base font-semibold text-red-800">
                {e}
              </span>
            ))}
          </div>
        );
      })}
    </SectionCard>
  );
}

/**
 * Preferences / Sizes: the server's option sets as touch chips, changed here and saved together
 * (all or none). Marketing consent is its own panel, saved a tap at a time.
 */
export function PreferencesTab({ customerNumber }: { customerNumber: string }) {
  const t = useT<CrmPreferencesMessageId>();
  const operatorId = useOperatorId();
  const preferences = usePreferences(customerNumber);
  // Above the query: a failed reload never takes the cashier's changes.
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  // The records of the first Save of these changes: a Try again sends the very same ids.
  const attempt = useRef<{ of: ReadonlyMap<string, Pending>; changes: PreferenceChange[] } | null>(
    null,
  );
  const { mutation, submit } = useSavePreferences(customerNumber);
  const result = mutation.data;

  const change = (slot: string, next: Pending | null) => {
    setPending((p) => {
      const copy = new Map(p);
      if (next) copy.set(slot, next);
      else copy.delete(slot);
      return copy;
    });
  };

  const save = () => {
    if (!operatorId || pending.size === 0) return;
    if (attempt.current?.of !== pending) {
      const created = captureTime();
      attempt.current = {
        of: pending,
        changes: [...pending.values()].map((p) => ({
          preferenceId: newRecordId(),
          customerNumber,
          optionSetId: p.set.optionSetId,
          group: p.set.group,
          optionPathId: p.optionPathId,
          value: p.value,
          created,
          captureMethod: null,
        })),
      };
    }
    const sent = pending;
    submit({ operatorId, changes: attempt.current.changes }, (answer) => {
      if (answer.outcome !== 'Success') return;
      attempt.current = null;
      // Changes made while this save was on its way stay to be saved.
      setPending((p) => (p === sent ? new Map() : p));
    });
  };

  return (
    <QueryContent
      query={preferences}
      pending={t('crm-preferences.preferences.loading')}
      isEmpty={(found) => found === null}
      empty={<NoSuchCustomer customerNumber={customerNumber} />}
    >
      {(found) => {
        if (!found) return null;
        const sets = found.optionSets.filter((s) => !s.keepsHistory);
        const consent = found.optionSets.find((s) => s.keepsHistory);
        return (
          <div className="grid items-start gap-4 lg:grid-cols-2">
            <div className="flex min-w-0 flex-col gap-4">
              {!operatorId && <SignOnNeeded to="preferences" />}
              {pending.size > 0 && (
                <div
                  role="region"
                  aria-label={t('crm-preferences.preferences.unsavedRegion')}
                  className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-xl border-2 border-blue-700 bg-blue-50 p-3"
                >
                  <p className="flex-1 basis-full text-lg font-semibold text-blue-950 xl:basis-auto">
                    {t('crm-preferences.preferences.unsaved', { count: pending.size })}
                  </p>
                  <Button
                    onClick={() => {
                      setPending(new Map());
                      mutation.reset();
                    }}
                    disabled={mutation.isPending}
                  >
                    {t('crm-preferences.preferences.undo')}
                  </Button>
                  <Button variant="primary" onClick={save} disabled={mutation.isPending}>
                    {mutation.isPending
                      ? t('crm-preferences.saving')
                      : t('crm-preferences.preferences.save')}
                  </Button>
                </div>
              )}
              {pending.size > 0 && (
                <SaveFeedback
                  error={mutation.error}
                  result={result}
                  onRetry={save}
                  kept={t('crm-preferences.kept.changes')}
                />
              )}
              {sets.map((set) => (
                <SetCard
                  key={set.optionSetId}
                  set={set}
                  found={found}
                  pending={pending}
                  onChange={change}
                  disabled={!operatorId || mutation.isPending}
                  itemErrors={result?.outcome === 'Invalid' ? result.itemErrors : new Map()}
                />
              ))}
            </div>
            {consent && (
              <ConsentPanel
                set={consent}
                found={found}
                customerNumber={customerNumber}
                operatorId={operatorId}
              />
            )}
          </div>
        );
      }}
    </QueryContent>
  );
}
