import { OPTION_SET_GROUP, OPTION_SET_TYPE, type OptionSet } from '../crm/option-sets.ts';
import type {
  PreferenceInput,
  PreferenceRecord,
  PreferencesStore,
} from '../crm/preferences-store.ts';
import { RETAIL } from '../xml/namespaces.ts';
import { BadRequestError, childOf, type RequestElement } from '../xml/request-reader.ts';
import { xmlText } from '../xml/response-writer.ts';
import { CRM_NS } from './crm-customer-data-service.ts';
import {
  el,
  invalidXml,
  mandatory,
  noCustomerXml,
  optional,
  outcomeXml,
  responseXml,
  text,
} from './crm-clienteling-xml.ts';

/** `retail:optionSetId` as the public code writes it: the set in attributes, its group inside. */
const optionSetIdXml = (optionSetId: string) =>
  `<retail:optionSetId type="${OPTION_SET_TYPE}" optionSetId="${xmlText(optionSetId)}">` +
  `<retail:groupId groupHierarchyId="${OPTION_SET_GROUP.groupHierarchyId}" groupTypeId="${OPTION_SET_GROUP.groupTypeId}">${OPTION_SET_GROUP.groupId}</retail:groupId>` +
  '</retail:optionSetId>';

/**
 * `retail:customerPreference`: the public fields in the public order (optionPathId, created,
 * optionSetId, customerId, preferenceId, value@id), then [OURS] userId and captureMethod.
 */
export function preferenceXml(r: PreferenceRecord): string {
  return (
    '<retail:customerPreference>' +
    el('optionPathId', r.optionPathId) +
    el('created', r.created) +
    optionSetIdXml(r.optionSetId) +
    el('customerId', r.customerId) +
    el('preferenceId', r.preferenceId) +
    `<retail:value id="${xmlText(r.optionPathId)}">${r.value}</retail:value>` +
    el('userId', r.userId) +
    optional('captureMethod', r.captureMethod) +
    '</retail:customerPreference>'
  );
}

/** The public map shape: one unqualified `item@key` per record, keyed by its optionPathId. */
export const preferenceMapXml = (records: readonly PreferenceRecord[]) =>
  '<retail:customerPreferenceMap>' +
  records.map((r) => `<item key="${xmlText(r.optionPathId)}">${preferenceXml(r)}</item>`).join('') +
  '</retail:customerPreferenceMap>';

export function optionSetXml(set: OptionSet): string {
  return (
    '<retail:optionSet>' +
    optionSetIdXml(set.optionSetId) +
    el('description', set.description) +
    el('selection', set.selection) +
    el('keepsHistory', set.keepsHistory) +
    (set.captureMethods.length > 0
      ? `<retail:captureMethods>${set.captureMethods.map((m) => `<retail:captureMethod id="${xmlText(m.id)}">${xmlText(m.description)}</retail:captureMethod>`).join('')}</retail:captureMethods>`
      : '') +
    set.types
      .map(
        (t) =>
          '<retail:optionType>' +
          el('typeId', t.typeId) +
          el('description', t.description) +
          t.options
            .map(
              (o) =>
                `<retail:option>${el('optionPathId', `${t.typeId}:${o.id}`)}${el('optionId', o.id)}${el('description', o.description)}</retail:option>`,
            )
            .join('') +
          '</retail:optionType>',
      )
      .join('') +
    '</retail:optionSet>'
  );
}

function readItem(item: RequestElement): PreferenceInput {
  const preference = childOf(item, RETAIL, 'customerPreference');
  if (!preference)
    throw new BadRequestError('each customerPreferenceMap item holds a retail:customerPreference');
  const set = childOf(preference, RETAIL, 'optionSetId');
  const value = childOf(preference, RETAIL, 'value');
  return {
    key: (item.attributes.key ?? '').trim(),
    preferenceId: text(preference, 'preferenceId'),
    customerId: text(preference, 'customerId'),
    // The public code names the set in the attribute; a bare text id is accepted too.
    optionSetId: (set?.attributes.optionSetId ?? '').trim() || (set?.text.trim() ?? ''),
    optionPathId: text(preference, 'optionPathId'),
    value: value?.text.trim() ?? '',
    valueId: value?.attributes.id?.trim() ?? null,
    created: text(preference, 'created'),
    captureMethod: text(preference, 'captureMethod'),
  };
}

/**
 * getCustomerPreferences (a criteria wrapper in `crm:`, [OURS]) and saveCustomerPreferenceMap
 * (wrapper in `retail:`, as the public code sends it).
 */
export function crmPreferencesOperations(preferences: PreferencesStore) {
  return {
    getCustomerPreferences(request: RequestElement): string {
      const criteria = childOf(request, CRM_NS, 'customerPreferenceCriteria');
      if (!criteria) throw new BadRequestError('crm:customerPreferenceCriteria is mandatory');
      const customerId = mandatory(criteria, 'customerId', 'crm:customerPreferenceCriteria');
      const setIds = criteria.children
        .filter((c) => c.ns === RETAIL && c.local === 'optionSetId')
        .map((c) => c.text.trim())
        .filter(Boolean);
      const answer = (inner: string) =>
        responseXml('crm', 'getCustomerPreferences', 'customerPreferencesOutput', inner);
      const unknown = preferences.unknownSets(setIds);
      if (unknown.length > 0)
        return answer(
          invalidXml(
            unknown.map((id) => ({ field: 'optionSetId', message: `${id} is not an option set.` })),
            'The preferences were not read: correct the fields shown.',
          ),
        );
      const found = preferences.get(customerId, setIds);
      if (!found) return answer(noCustomerXml(customerId));
      return answer(
        outcomeXml('Success') +
          `<retail:optionSets>${found.sets.map(optionSetXml).join('')}</retail:optionSets>` +
          preferenceMapXml(found.current) +
          `<retail:customerPreferenceHistory>${found.history.map(preferenceXml).join('')}</retail:customerPreferenceHistory>`,
      );
    },

    saveCustomerPreferenceMap(request: RequestElement): string {
      const map = childOf(request, RETAIL, 'customerPreferenceMap');
      if (!map) throw new BadRequestError('retail:customerPreferenceMap is mandatory');
      const items = map.children.filter((c) => c.local === 'item').map(readItem);
      if (items.length === 0)
        throw new BadRequestError('retail:customerPreferenceMap holds no item');
      const result = preferences.save(text(request, 'userId'), items);
      let inner: string;
      switch (result.outcome) {
        case 'Success':
          inner = outcomeXml('Success') + preferenceMapXml(result.record);
          break;
        case 'ValidationFailed':
          inner = invalidXml(
            result.problems,
            'The preferences were not saved (none of them): correct the fields shown.',
          );
          break;
        case 'NoCustomer':
          inner = noCustomerXml(items[0]?.customerId ?? '');
          break;
        case 'Conflict':
          throw new Error('preference records are never edited, so never in conflict');
      }
      return responseXml(
        'retail',
        'saveCustomerPreferenceMap',
        'customerPreferenceSaveOutput',
        inner,
      );
    },
  };
}
