import { useState } from 'react';
import {
  consentRecordLabel,
  consentState,
  newRecordId,
  type CustomerPreferences,
  type OptionSet,
  type PreferenceChange,
} from '../../shared/domain/clienteling';
import { formatDateTime } from '../../shared/format/format';
import { useT } from '../../shared/i18n/messages';
import { useTerminal } from '../../shared/terminal/terminal-context';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { SectionCard } from '../../shared/ui/query-content';
import { useSavePreferences } from './api/save-preferences';
import { labelOf } from './labels';
import { SaveFeedback } from './save-feedback';
import { SignOnNeeded } from './sign-on-needed';
import type { CrmPreferencesMessageId } from './messages';

/** Now, to the whole second (the public code's `created`). */
export const captureTime = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();

const STATE_LOOK = {
  Given: 'bg-emerald-100 text-emerald-950',
  Withdrawn: 'bg-red-100 text-red-950',
  Refused: 'bg-red-100 text-red-950',
  'Not asked': 'bg-slate-200 text-slate-900',
} as const;

/** A consent state (or what one record did) in words. */
const STATE_WORDS: Record<keyof typeof STATE_LOOK, CrmPreferencesMessageId> = {
  Given: 'crm-preferences.consent.given',
  Withdrawn: 'crm-preferences.consent.withdrawn',
  Refused: 'crm-preferences.consent.refused',
  'Not asked': 'crm-preferences.consent.notAsked',
};

/** What a tap records, for "Not yet recorded: …". */
type ConsentAct = 'given' | 'withdrawn' | 'refused';

/**
 * Marketing consent per channel (ICO: a positive act, never pre-ticked, as easy to withdraw as
 * to give). No record is "Not asked". Each tap saves one record at once (who, when, how), under
 * an id made at the tap, so Try again is that same record.
 */
export function ConsentPanel({
  set,
  found,
  customerNumber,
  operatorId,
}: {
  set: OptionSet;
  found: CustomerPreferences;
  customerNumber: string;
  operatorId: string | null;
}) {
  const { config } = useTerminal();
  const t = useT<CrmPreferencesMessageId>();
  const [method, setMethod] = useState(
    () => (set.captureMethods.find((m) => m.id === 'IN_STORE') ?? set.captureMethods[0])?.id ?? '',
  );
  const [attempt, setAttempt] = useState<{
    change: PreferenceChange;
    channel: string;
    act: ConsentAct;
  } | null>(null);
  const { mutation, submit } = useSavePreferences(customerNumber);
  const channels = set.types.flatMap((t) =>
    t.options.map((o) => ({ optionPathId: o.optionPathId, channel: t.description })),
  );
  const channelOf = (optionPathId: string) =>
    channels.find((c) => c.optionPathId === optionPathId)?.channel ?? optionPathId;
  const methodOf = (id: string | null) =>
    id ? (set.captureMethods.find((m) => m.id === id)?.description ?? labelOf(id)) : '';
  const history = found.history.filter((h) => h.optionSetId === set.optionSetId);

  const send = (change: PreferenceChange) =>
    operatorId &&
    submit({ operatorId, changes: [change] }, (answer) => {
      if (answer.outcome === 'Success') setAttempt(null);
    });

  const record = (optionPathId: string, value: boolean, channel: string, act: ConsentAct) => {
    const change: PreferenceChange = {
      preferenceId: newRecordId(),
      customerNumber,
      optionSetId: set.optionSetId,
      group: set.group,
      optionPathId,
      value,
      created: captureTime(),
      captureMethod: method || null,
    };
    setAttempt({ change, channel, act });
    send(change);
  };

  const busy = mutation.isPending || attempt !== null;

  return (
    <SectionCard id="consent" title={set.description}>
      {!operatorId && <SignOnNeeded to="consent" />}
      {set.captureMethods.length > 0 && (
        <div className="flex flex-col gap-1">
          <span className="text-base font-semibold text-slate-800">
            {t('crm-preferences.consent.method')}
          </span>
          <ChoiceGroup
            label={t('crm-preferences.consent.method')}
            value={method}
            options={set.captureMethods.map((m) => ({ value: m.id, label: m.description }))}
            onChange={setMethod}
            disabled={!operatorId || busy}
          />
        </div>
      )}
      <ul aria-label={t('crm-preferences.consent.byChannel')} className="flex flex-col gap-2">
        {channels.map(({ optionPathId, channel }) => {
          const state = consentState(optionPathId, found.current, history);
          const last = found.current.find((p) => p.optionPathId === optionPathId);
          return (
            <li
              key={optionPathId}
              aria-label={t('crm-preferences.consent.channel', { channel })}
              className="flex flex-wrap items-center gap-3 rounded-lg border-2 border-slate-200 p-3"
            >
              {/* Too narrow for the text and a button side by side: the button goes below. */}
              <div className="min-w-64 flex-1">
                <p className="flex flex-wrap items-center gap-2 text-lg font-bold text-slate-900">
                  {channel}
                  <span className={`rounded-full px-3 py-0.5 text-base ${STATE_LOOK[state]}`}>
                    {t(STATE_WORDS[state])}
                  </span>
                </p>
                {last && (
                  <p className="text-base text-slate-700">
                    {last.operatorId} · {formatDateTime(last.created, config.locale)}
                    {last.captureMethod ? ` · ${methodOf(last.captureMethod)}` : ''}
                  </p>
                )}
              </div>
              {operatorId && (
                <div className="flex flex-wrap gap-2">
                  {state === 'Given' ? (
                    <Button
                      disabled={busy}
                      onClick={() => record(optionPathId, false, channel, 'withdrawn')}
                    >
                      {t('crm-preferences.consent.withdraw', { channel })}
                    </Button>
                  ) : (
                    <Button
                      variant="primary"
                      disabled={busy}
                      onClick={() => record(optionPathId, true, channel, 'given')}
                    >
                      {t('crm-preferences.consent.give', { channel })}
                    </Button>
                  )}
                  {state === 'Not asked' && (
                    <Button
                      disabled={busy}
                      onClick={() => record(optionPathId, false, channel, 'refused')}
                    >
                      {t('crm-preferences.consent.refuse', { channel })}
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {attempt && !mutation.isPending && (
        <div className="flex flex-col gap-2">
          <SaveFeedback
            error={mutation.error}
            result={mutation.data}
            onRetry={() => send(attempt.change)}
            kept={t('crm-preferences.consent.notYet', {
              channel: attempt.channel,
              act: attempt.act,
            })}
          />
          <Button
            className="self-start"
            onClick={() => {
              setAttempt(null);
              mutation.reset();
            }}
          >
            {t('crm-preferences.consent.dontRecord')}
          </Button>
        </div>
      )}
      <h3 className="text-lg font-bold text-slate-900">{t('crm-preferences.consent.history')}</h3>
      {history.length === 0 ? (
        <p className="text-lg text-slate-700">{t('crm-preferences.consent.neverAsked')}</p>
      ) : (
        <ol aria-label={t('crm-preferences.consent.historyList')} className="flex flex-col gap-1">
          {history.map((h) => (
            <li
              key={h.preferenceId}
              className="flex flex-wrap gap-x-3 border-b border-slate-200 py-1 text-base text-slate-800 last:border-0"
            >
              <strong>{channelOf(h.optionPathId)}</strong>
              <span>{t(STATE_WORDS[consentRecordLabel(h, history)])}</span>
              <span>{h.operatorId}</span>
              <span>{formatDateTime(h.created, config.locale)}</span>
              {h.captureMethod && <span>{methodOf(h.captureMethod)}</span>}
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
