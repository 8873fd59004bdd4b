import type { OptionSet, Preference, PreferenceChange, Selection } from '../../domain/clienteling';
import { NS } from '../soap/namespaces';
import { escapeXml } from '../soap/xml-escape';
import { attribute, child, childrenNamed, type XmlElement } from '../soap/xml-reader';
import { readGroup } from './customer-entity';
import { readBoolean, retailElement as el, retailText as text } from './retail-elements';

/**
 * `retail:customerPreference` and `retail:optionSet` (CRMCustomerDataService): the public
 * shape ([PUB] optionPathId, created, optionSetId@type@optionSetId with its groupId,
 * customerId, preferenceId, value@id), then [OURS] userId and captureMethod.
 */

/** The `type` attribute of `retail:optionSetId`, as the public code writes it. */
const OPTION_SET_TYPE = 'customerPreferenceOptionSet';

const listed = (parent: XmlElement, local: string) => childrenNamed(parent, NS.retail, local);

function optionSetIdOf(element: XmlElement): { id: string; key: XmlElement | undefined } {
  const key = child(element, NS.retail, 'optionSetId');
  // The public code names the set in the attribute; a bare text id is read too.
  const id = key ? (attribute(key, 'optionSetId') ?? '').trim() || key.text.trim() : '';
  if (id === '') throw new Error('no retail:optionSetId');
  return { id, key };
}

function readValue(element: XmlElement): boolean {
  const raw = text(element, 'value');
  if (raw !== 'true' && raw !== 'false' && raw !== '1' && raw !== '0')
    throw new Error(`a preference value is not true or false: "${raw}"`);
  return readBoolean(element, 'value');
}

export function readPreference(element: XmlElement): Preference {
  const preferenceId = text(element, 'preferenceId');
  const optionPathId = text(element, 'optionPathId');
  if (preferenceId === '' || optionPathId === '')
    throw new Error('a retail:customerPreference has no preferenceId or optionPathId');
  return {
    preferenceId,
    customerNumber: text(element, 'customerId'),
    optionSetId: optionSetIdOf(element).id,
    optionPathId,
    value: readValue(element),
    created: text(element, 'created'),
    operatorId: text(element, 'userId'),
    captureMethod: text(element, 'captureMethod') || null,
  };
}

/** The public map: one unqualified `item@key` per record, each holding its preference. */
export function readPreferenceMap(map: XmlElement | undefined): Preference[] {
  if (!map) return [];
  return childrenNamed(map, '', 'item').map((item) => {
    const preference = child(item, NS.retail, 'customerPreference');
    if (!preference) throw new Error('a customerPreferenceMap item holds no customerPreference');
    return readPreference(preference);
  });
}

function readSelection(raw: string): Selection {
  if (raw === 'ONE_PER_TYPE' || raw === 'MANY') return raw;
  throw new Error(`unknown option set selection "${raw}"`);
}

export function readOptionSet(element: XmlElement): OptionSet {
  const { id, key } = optionSetIdOf(element);
  const methods = child(element, NS.retail, 'captureMethods');
  return {
    optionSetId: id,
    group: key && child(key, NS.retail, 'groupId') ? readGroup(key) : null,
    description: text(element, 'description') || id,
    selection: readSelection(text(element, 'selection')),
    keepsHistory: readBoolean(element, 'keepsHistory'),
    captureMethods: methods
      ? listed(methods, 'captureMethod').map((m) => ({
          id: attribute(m, 'id') ?? '',
          description: m.text.trim(),
        }))
      : [],
    types: listed(element, 'optionType').map((t) => ({
      typeId: text(t, 'typeId'),
      description: text(t, 'description'),
      options: listed(t, 'option').map((o) => ({
        optionPathId: text(o, 'optionPathId'),
        optionId: text(o, 'optionId'),
        description: text(o, 'description'),
      })),
    })),
  };
}

/** xsd:dateTime as the public code sends `created`: UTC, whole seconds, no zone. */
const publicDateTime = (iso: string) => new Date(iso).toISOString().slice(0, 19);

/** One `item` of a save's map, keyed by its optionPathId. */
export function writePreferenceItem(change: PreferenceChange): string {
  const path = escapeXml(change.optionPathId);
  const group = change.group
    ? `<retail:groupId groupHierarchyId="${escapeXml(change.group.groupHierarchyId)}" groupTypeId="${escapeXml(change.group.groupTypeId)}">${escapeXml(change.group.groupId)}</retail:groupId>`
    : '';
  return (
    `<item key="${path}"><retail:customerPreference>` +
    el('optionPathId', change.optionPathId) +
    el('created', publicDateTime(change.created)) +
    `<retail:optionSetId type="${OPTION_SET_TYPE}" optionSetId="${escapeXml(change.optionSetId)}">${group}</retail:optionSetId>` +
    el('customerId', change.customerNumber) +
    el('preferenceId', change.preferenceId) +
    `<retail:value id="${path}">${change.value}</retail:value>` +
    (change.captureMethod ? el('captureMethod', change.captureMethod) : '') +
    '</retail:customerPreference></item>'
  );
}
