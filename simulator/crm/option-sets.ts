/**
 * The server's preference option sets: what a till may record about a customer, and the
 * choices of each. A preference names one option by its path `TYPE:OPTION` within a set
 * (the public GDPR_CONSENT code writes `EMAIL:EMAIL_OPTIN`).
 */

/** ONE_PER_TYPE: one choice per type at a time (a dress size); MANY: any number (brands). */
export type Selection = 'ONE_PER_TYPE' | 'MANY';

export interface Choice {
  readonly id: string;
  readonly description: string;
}

export interface OptionType {
  readonly typeId: string;
  readonly description: string;
  readonly options: readonly Choice[];
}

export interface OptionSet {
  readonly optionSetId: string;
  readonly description: string;
  readonly selection: Selection;
  /** Every change is returned, newest first, not only the current value (consent). */
  readonly keepsHistory: boolean;
  /** Non-empty: every save must say how it was captured, one of these. */
  readonly captureMethods: readonly Choice[];
  readonly types: readonly OptionType[];
}

/** The `type` attribute of `retail:optionSetId`, as the public code writes it. */
export const OPTION_SET_TYPE = 'customerPreferenceOptionSet';
/** The group the public code puts every option set in. */
export const OPTION_SET_GROUP = { groupHierarchyId: 'All', groupTypeId: 'region', groupId: 'All' };

const choices = (pairs: readonly (readonly [string, string])[]): Choice[] =>
  pairs.map(([id, description]) => ({ id, description }));

const ukSizes = (from: number, to: number, step: number, half = false): Choice[] => {
  const out: Choice[] = [];
  for (let n = from; n <= to; n += step) {
    out.push({ id: `UK${n}`, description: `UK ${n}` });
    if (half && n < to) out.push({ id: `UK${n}_5`, description: `UK ${n}½` });
  }
  return out;
};

const FITS = choices([
  ['SLIM', 'Slim'],
  ['REGULAR', 'Regular'],
  ['RELAXED', 'Relaxed'],
]);

/** Channel, its name, and how the consent question reads. */
const CHANNELS: readonly (readonly [string, string, string])[] = [
  ['EMAIL', 'E-mail', 'Marketing by e-mail'],
  ['SMS', 'SMS', 'Marketing by SMS'],
  ['POST', 'Post', 'Marketing by post'],
  ['PHONE', 'Phone', 'Marketing by phone'],
];

export const CAPTURE_METHODS = choices([
  ['IN_STORE', 'In store'],
  ['PHONE', 'By phone'],
  ['EMAIL', 'By e-mail'],
  ['POST', 'By post'],
  ['WEB', 'Online'],
]);

export const GDPR_CONSENT = 'GDPR_CONSENT';

export const OPTION_SETS: readonly OptionSet[] = [
  {
    optionSetId: 'CLOTHING_SIZE',
    description: 'Clothing size',
    selection: 'ONE_PER_TYPE',
    keepsHistory: false,
    captureMethods: [],
    types: [
      { typeId: 'DRESS', description: 'Dress', options: ukSizes(6, 22, 2) },
      {
        typeId: 'SHIRT',
        description: 'Shirt',
        options: choices([
          ['XS', 'XS'],
          ['S', 'S'],
          ['M', 'M'],
          ['L', 'L'],
          ['XL', 'XL'],
          ['XXL', 'XXL'],
        ]),
      },
      {
        typeId: 'TROUSER',
        description: 'Trouser (waist)',
        options: [28, 30, 32, 34, 36, 38, 40].map((w) => ({ id: `W${w}`, description: `W${w}` })),
      },
    ],
  },
  {
    optionSetId: 'SHOE_SIZE',
    description: 'Shoe size',
    selection: 'ONE_PER_TYPE',
    keepsHistory: false,
    captureMethods: [],
    types: [{ typeId: 'SHOE', description: 'Shoe', options: ukSizes(3, 12, 1, true) }],
  },
  {
    optionSetId: 'FIT',
    description: 'Fit',
    selection: 'ONE_PER_TYPE',
    keepsHistory: false,
    captureMethods: [],
    types: [
      { typeId: 'SHIRT', description: 'Shirts', options: FITS },
      { typeId: 'TROUSER', description: 'Trousers', options: FITS },
    ],
  },
  {
    optionSetId: 'FAVOURITE_BRANDS',
    description: 'Favourite brands',
    selection: 'MANY',
    keepsHistory: false,
    captureMethods: [],
    types: [
      {
        typeId: 'BRAND',
        description: 'Brand',
        options: choices([
          ['HOBBS', 'Hobbs'],
          ['REISS', 'Reiss'],
          ['JAEGER', 'Jaeger'],
          ['BODEN', 'Boden'],
          ['TED_BAKER', 'Ted Baker'],
          ['WHISTLES', 'Whistles'],
          ['BARBOUR', 'Barbour'],
          ['CAFE_COUTURE', 'Café Couture'],
        ]),
      },
    ],
  },
  {
    optionSetId: 'COLOURS',
    description: 'Favourite colours',
    selection: 'MANY',
    keepsHistory: false,
    captureMethods: [],
    types: [
      {
        typeId: 'COLOUR',
        description: 'Colour',
        options: choices([
          ['BLACK', 'Black'],
          ['NAVY', 'Navy'],
          ['CAMEL', 'Camel'],
          ['GREY', 'Grey'],
          ['IVORY', 'Ivory'],
          ['BURGUNDY', 'Burgundy'],
          ['FOREST_GREEN', 'Forest green'],
          ['PASTELS', 'Pastels'],
        ]),
      },
    ],
  },
  {
    optionSetId: 'PREFERRED_STORE',
    description: 'Preferred store',
    selection: 'ONE_PER_TYPE',
    keepsHistory: false,
    captureMethods: [],
    types: [
      {
        typeId: 'STORE',
        description: 'Store',
        options: choices([
          ['0005', 'Hertford'],
          ['0012', 'Cambridge'],
          ['0031', 'Covent Garden'],
          ['0044', 'Edinburgh'],
        ]),
      },
    ],
  },
  {
    optionSetId: GDPR_CONSENT,
    description: 'Marketing consent',
    selection: 'MANY',
    keepsHistory: true,
    captureMethods: CAPTURE_METHODS,
    types: CHANNELS.map(([typeId, description, question]) => ({
      typeId,
      description,
      options: [{ id: `${typeId}_OPTIN`, description: question }],
    })),
  },
];

export function optionSet(optionSetId: string): OptionSet | undefined {
  return OPTION_SETS.find((s) => s.optionSetId === optionSetId);
}

/** The type and option a path names in a set, if it is one of its options. */
export function optionAt(
  set: OptionSet,
  optionPathId: string,
): { type: OptionType; option: Choice } | undefined {
  const colon = optionPathId.indexOf(':');
  if (colon === -1) return undefined;
  const type = set.types.find((t) => t.typeId === optionPathId.slice(0, colon));
  const option = type?.options.find((o) => o.id === optionPathId.slice(colon + 1));
  return type && option ? { type, option } : undefined;
}
