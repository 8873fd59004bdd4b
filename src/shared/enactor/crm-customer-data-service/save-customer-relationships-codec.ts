import type {
  RelationshipChange,
  RelationshipField,
  RelationshipFieldError,
  RelationshipsSaveResult,
} from '../../domain/crm-network';
import { outputOf, readOutcome, retailElement } from '../entities/retail-elements';
import { NS } from '../soap/namespaces';
import type { SoapOperation } from '../soap/soap-call';
import { attribute, childrenNamed } from '../soap/xml-reader';
import { readRelationships } from './get-customer-relationships-codec';

/**
 * CRMCustomerDataService · saveCustomerRelationships (seed 001's Save Customer Relationships,
 * [OURS] shape): changes to one customer's relationships, one item per related customer. The
 * pair is the record's key (the till's id for it): an item adds the pair or changes its type,
 * or with `deleted` removes it, so a repeat stores nothing more. The server keeps both sides
 * (A's PARENT is B, so B's CHILD is A). The answer holds the relationships after the save; a
 * `ValidationFailed` names its items `customerRelationship[i].field` and saves nothing.
 */

export interface RelationshipsSave {
  readonly customerNumber: string;
  readonly changes: readonly RelationshipChange[];
}

const ITEM_FIELD = /^customerRelationship\[(\d+)\]\.(\w+)$/;
const FIELDS = new Map<string, RelationshipField>([
  ['relatedCustomerId', 'relatedCustomer'],
  ['relationshipTypeId', 'type'],
]);

export const SAVE_CUSTOMER_RELATIONSHIPS: SoapOperation<
  RelationshipsSave,
  RelationshipsSaveResult
> = {
  operation: 'saveCustomerRelationships',
  responseNs: NS.crm,
  encode: ({ customerNumber, changes }) =>
    `<crm:saveCustomerRelationships xmlns:crm="${NS.crm}" xmlns:core="${NS.core}" xmlns:retail="${NS.retail}">` +
    retailElement('customerNumber', customerNumber) +
    '<retail:customerRelationships>' +
    changes
      .map(
        (c) =>
          '<retail:customerRelationship>' +
          retailElement('relatedCustomerId', c.relatedCustomerNumber) +
          (c.kind === 'remove'
            ? retailElement('deleted', true)
            : retailElement('relationshipTypeId', c.typeId)) +
          '</retail:customerRelationship>',
      )
      .join('') +
    '</retail:customerRelationships>' +
    '</crm:saveCustomerRelationships>',
  decode(response) {
    const output = outputOf(response, 'customerRelationshipsSaveOutput');
    const { name, message } = readOutcome(output);
    if (name === 'Success') return { outcome: 'Success', relationships: readRelationships(output) };
    if (name === 'NoCustomer') return { outcome: 'NoCustomer', message };
    if (name !== 'ValidationFailed') throw new Error(`unknown outcome "${name}"`);
    const fieldErrors: RelationshipFieldError[] = [];
    const others: string[] = [];
    for (const e of childrenNamed(output, NS.retail, 'fieldError')) {
      const words = e.text.trim();
      const m = ITEM_FIELD.exec(attribute(e, 'field') ?? '');
      const field = m ? FIELDS.get(m[2] as string) : undefined;
      if (m && field) fieldErrors.push({ index: Number(m[1]), field, message: words });
      else others.push(words);
    }
    return {
      outcome: 'Invalid',
      message: [message, ...others].filter(Boolean).join(' '),
      fieldErrors,
      relationships: readRelationships(output),
    };
  },
};
