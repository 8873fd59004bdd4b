/**
 * The CRM network (CRMCustomerDataService, seed 001): a customer's relationships to other
 * customers, and the customers affiliated to one (same household or organisation).
 */

/** The kinds of relationship the till offers; a server may send others (shown as they come). */
export const RELATIONSHIP_TYPES = [
  'SPOUSE',
  'PARENT',
  'CHILD',
  'SIBLING',
  'ASSISTANT',
  'EMPLOYER',
  'OTHER',
] as const;
export type RelationshipTypeId = (typeof RELATIONSHIP_TYPES)[number];

/** What the other customer is to the first, seen from the other side. */
export const INVERSE_RELATIONSHIP: Readonly<Record<RelationshipTypeId, RelationshipTypeId>> = {
  SPOUSE: 'SPOUSE',
  PARENT: 'CHILD',
  CHILD: 'PARENT',
  SIBLING: 'SIBLING',
  ASSISTANT: 'EMPLOYER',
  EMPLOYER: 'ASSISTANT',
  OTHER: 'OTHER',
};

export interface PersonName {
  readonly title: string;
  readonly forename: string;
  readonly surname: string;
}

/** `related` is `customerNumber`'s `typeId` (7004 is 100's ASSISTANT). */
export interface CustomerRelationship {
  readonly customerNumber: string;
  readonly relatedCustomerNumber: string;
  /** Upper case; one of RELATIONSHIP_TYPES, or what the server sent. */
  readonly typeId: string;
  readonly related: PersonName;
}

/**
 * One change to a customer's relationships. The pair (customer, related customer) is the
 * record's key, chosen by the till: sending the same change again is the same record, so a
 * Try again changes nothing more.
 */
export type RelationshipChange =
  | { readonly kind: 'set'; readonly relatedCustomerNumber: string; readonly typeId: string }
  | { readonly kind: 'remove'; readonly relatedCustomerNumber: string };

export type RelationshipField = 'relatedCustomer' | 'type';

export interface RelationshipFieldError {
  /** The change it is about (index into what was sent). */
  readonly index: number;
  readonly field: RelationshipField;
  readonly message: string;
}

export type RelationshipsSaveResult =
  | { readonly outcome: 'Success'; readonly relationships: readonly CustomerRelationship[] }
  | {
      readonly outcome: 'Invalid';
      readonly message: string;
      readonly fieldErrors: readonly RelationshipFieldError[];
      /** The relationships as they stand (nothing of the request was saved). */
      readonly relationships: readonly CustomerRelationship[];
    }
  | { readonly outcome: 'NoCustomer'; readonly message: string };

/**
 * Whether an answer holds what was sent: every `set` with its type, no `remove`d customer.
 * Returns what differs, or null.
 */
export function relationshipsMismatch(
  changes: readonly RelationshipChange[],
  answer: readonly CustomerRelationship[],
): string | null {
  for (const c of changes) {
    const got = answer.find((r) => r.relatedCustomerNumber === c.relatedCustomerNumber);
    if (c.kind === 'remove') {
      if (got) return `asked to remove ${c.relatedCustomerNumber}, the answer still holds it`;
    } else if (!got) return `sent ${c.relatedCustomerNumber}, the answer does not hold it`;
    else if (got.typeId !== c.typeId.toUpperCase())
      return `sent ${c.relatedCustomerNumber} as ${c.typeId}, the answer has ${got.typeId}`;
  }
  return null;
}

export const AFFILIATION_TYPES = ['HOUSEHOLD', 'COMPANY'] as const;

/** A customer affiliated to another: the same household (address) or company (organisation). */
export interface AffiliatedCustomer extends PersonName {
  readonly customerNumber: string;
  /** HOUSEHOLD, COMPANY, or what the server sent. */
  readonly affiliationTypeId: string;
  readonly organisation: string;
  readonly street: string;
  readonly town: string;
  readonly postcode: string;
  /** The saved relationship between the two, if any ('' when none). */
  readonly relationshipTypeId: string;
}

export const personName = (n: PersonName) =>
  [n.title, n.forename, n.surname].filter((p) => p.trim() !== '').join(' ');
