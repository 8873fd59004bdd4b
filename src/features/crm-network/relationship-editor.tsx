import { useState } from 'react';
import {
  personName,
  RELATIONSHIP_TYPES,
  type PersonName,
  type RelationshipChange,
  type RelationshipTypeId,
} from '../../shared/domain/crm-network';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { ErrorPanel } from '../../shared/ui/error-panel';
import { useSaveRelationships } from './api/save-relationships';
import type { NetworkMessageId } from './messages';
import { TYPE_LABELS } from './relationship-labels';

/**
 * Adds a relationship to the customer picked in Client Search, or changes an existing one's
 * type: what `related` is to the customer, chosen from the kinds the till offers, then Save.
 * A failed save keeps the form as it was; Try again sends exactly what was sent (the same
 * pair, so a save the server stored before its answer was lost stores nothing more).
 */
export function RelationshipEditor({
  customerNumber,
  customerName,
  related,
  current,
  onSaved,
  onCancel,
}: {
  customerNumber: string;
  /** The customer's own name ("Amelia Baldwin"). */
  customerName: string;
  related: PersonName & { readonly customerNumber: string };
  /** The type they have now (a change), or null (an add). */
  current: string | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT<NetworkMessageId>();
  const { mutation, submit } = useSaveRelationships(customerNumber);
  const known = (RELATIONSHIP_TYPES as readonly string[]).includes(current ?? '');
  const [type, setType] = useState<RelationshipTypeId | null>(
    known ? (current as RelationshipTypeId) : null,
  );
  const [sent, setSent] = useState<readonly RelationshipChange[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const relatedName = personName(related) || t('crm-network.noName');

  const send = (changes: readonly RelationshipChange[]) => {
    setSent(changes);
    setProblem(null);
    submit(changes, (result) => {
      if (result.outcome === 'Success') return onSaved();
      if (result.outcome === 'NoCustomer') return setProblem(result.message);
      setProblem(result.fieldErrors.map((e) => e.message).join(' ') || result.message || null);
    });
  };
  const save = () => {
    if (!type) return setProblem(t('crm-network.editor.chooseType'));
    // The same pair with the same type is the same change: a repeat stores nothing more.
    send([{ kind: 'set', relatedCustomerNumber: related.customerNumber, typeId: type }]);
  };
  const saving = mutation.isPending;
  const question = t('crm-network.editor.question', {
    related: relatedName,
    customer: customerName,
  });
  const heading = current
    ? t('crm-network.editor.changeHeading', { name: relatedName })
    : t('crm-network.editor.addHeading', { name: relatedName });

  return (
    <section
      aria-labelledby="relationship-editor-heading"
      className="flex flex-col gap-3 rounded-xl border-2 border-blue-700 bg-blue-50 p-4"
    >
      <h2 id="relationship-editor-heading" className="text-xl font-bold text-slate-900">
        {heading}{' '}
        <span className="font-mono text-lg font-semibold text-slate-700">
          {t('crm-network.number', { number: related.customerNumber })}
        </span>
      </h2>
      <p className="text-lg text-slate-800">{question}</p>
      <ChoiceGroup
        label={question}
        value={type}
        disabled={saving}
        onChange={(v) => {
          setType(v);
          setProblem(null);
        }}
        options={RELATIONSHIP_TYPES.map((v) => ({ value: v, label: t(TYPE_LABELS[v]) }))}
        optionClassName="text-lg"
      />
      {problem && (
        <p role="alert" className="text-lg font-semibold text-red-800">
          {problem}
        </p>
      )}
      {mutation.isError && sent && <ErrorPanel error={mutation.error} onRetry={() => send(sent)} />}
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={onCancel} disabled={saving}>
          {t('crm-network.cancel')}
        </Button>
        <Button variant="primary" onClick={save} disabled={saving}>
          {saving ? t('crm-network.saving') : t('crm-network.save')}
        </Button>
      </div>
    </section>
  );
}
