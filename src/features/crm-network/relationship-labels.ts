import type { RelationshipTypeId } from '../../shared/domain/crm-network';
import type { NetworkMessageId } from './messages';

/** Each kind of relationship in the cashier's words ("Spouse or partner"). */
export const TYPE_LABELS: Readonly<Record<RelationshipTypeId, NetworkMessageId>> = {
  SPOUSE: 'crm-network.type.spouse',
  PARENT: 'crm-network.type.parent',
  CHILD: 'crm-network.type.child',
  SIBLING: 'crm-network.type.sibling',
  ASSISTANT: 'crm-network.type.assistant',
  EMPLOYER: 'crm-network.type.employer',
  OTHER: 'crm-network.type.other',
};

/** A type the server sent, in words: one the till knows by its label, any other as it came. */
export function typeLabel(t: (id: NetworkMessageId) => string, typeId: string): string {
  const key = (TYPE_LABELS as Readonly<Record<string, NetworkMessageId>>)[typeId];
  return key ? t(key) : typeId;
}
