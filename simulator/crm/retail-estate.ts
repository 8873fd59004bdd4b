/**
 * The simulated retailer behind transaction and contact history: a few stores with their
 * tills and staff, a web shop, and a small catalogue of products in sizes and colours.
 * Names carry accents and apostrophes on purpose (they must survive the wire).
 */

export interface Salesperson {
  readonly userId: string;
  readonly displayName: string;
}

export interface Location {
  readonly locationId: string;
  readonly description: string;
  readonly applicationId: 'POS' | 'WEBSHOP';
  readonly devices: readonly string[];
  readonly staff: readonly Salesperson[];
}

export const WEB_SHOP_ID = '0999';

export const LOCATIONS: readonly Location[] = [
  {
    locationId: '0001',
    description: 'London Regent Street',
    applicationId: 'POS',
    devices: ['POS01', 'POS02', 'POS03', 'POS04'],
    staff: [
      { userId: '2101', displayName: 'Oliver Bennett' },
      { userId: '2107', displayName: 'Aisha Khan' },
      { userId: '2115', displayName: 'Chloé Martin' },
    ],
  },
  {
    locationId: '0003',
    description: 'Manchester King Street',
    applicationId: 'POS',
    devices: ['POS01', 'POS02'],
    staff: [
      { userId: '3102', displayName: 'Callum Reid' },
      { userId: '3110', displayName: 'Megan Lloyd' },
    ],
  },
  {
    locationId: '0005',
    description: 'Hertford',
    applicationId: 'POS',
    devices: ['POS01', 'POS02'],
    staff: [
      { userId: '1042', displayName: 'Priya Shah' },
      { userId: '1043', displayName: 'Tom Hughes' },
      { userId: '1051', displayName: "Grace O'Neill" },
    ],
  },
  {
    locationId: '0007',
    description: 'Cambridge',
    applicationId: 'POS',
    devices: ['POS01', 'POS02'],
    staff: [
      { userId: '4105', displayName: 'Hannah Clarke' },
      { userId: '4111', displayName: 'Rohan Patel' },
    ],
  },
  {
    locationId: '0012',
    description: 'Bristol Cabot Circus',
    applicationId: 'POS',
    devices: ['POS01', 'POS02', 'POS03'],
    staff: [
      { userId: '5103', displayName: 'Siân Evans' },
      { userId: '5109', displayName: 'Jack Turner' },
    ],
  },
  {
    locationId: WEB_SHOP_ID,
    description: 'Web shop',
    applicationId: 'WEBSHOP',
    devices: ['WEB01'],
    staff: [],
  },
];

export const STORES = LOCATIONS.filter((l) => l.locationId !== WEB_SHOP_ID);

export function locationById(locationId: string): Location {
  const found = LOCATIONS.find((l) => l.locationId === locationId);
  if (!found) throw new Error(`no location ${locationId}`);
  return found;
}

/** Everyone who may have served or contacted a customer. */
export const STAFF: readonly Salesperson[] = STORES.flatMap((s) => s.staff);

export interface Product {
  readonly code: string;
  readonly name: string;
  /** Minor units (pence). */
  readonly price: number;
  readonly sizes: readonly string[];
  /** [code, name] */
  readonly colours: readonly (readonly [string, string])[];
}

const ONE_SIZE = ['One size'];

export const CATALOGUE: readonly Product[] = [
  {
    code: 'DR101',
    name: 'Wrap dress',
    price: 5900,
    sizes: ['8', '10', '12', '14', '16', '18'],
    colours: [
      ['NVY', 'Navy'],
      ['BLK', 'Black'],
      ['EMR', 'Emerald'],
    ],
  },
  {
    code: 'KN210',
    name: 'Merino crew-neck jumper',
    price: 5500,
    sizes: ['S', 'M', 'L', 'XL'],
    colours: [
      ['RED', 'Red'],
      ['GRY', 'Grey marl'],
      ['NVY', 'Navy'],
    ],
  },
  {
    code: 'KN215',
    name: 'Cashmere cardigan',
    price: 12900,
    sizes: ['S', 'M', 'L'],
    colours: [
      ['CML', 'Camel'],
      ['BLK', 'Black'],
    ],
  },
  {
    code: 'SH305',
    name: 'Oxford shirt',
    price: 3900,
    sizes: ['S', 'M', 'L', 'XL', 'XXL'],
    colours: [
      ['WHT', 'White'],
      ['BLU', 'Pale blue'],
    ],
  },
  {
    code: 'JN401',
    name: 'Slim jeans',
    price: 6500,
    sizes: ['W28', 'W30', 'W32', 'W34', 'W36'],
    colours: [
      ['IND', 'Indigo'],
      ['BLK', 'Washed black'],
    ],
  },
  {
    code: 'CT501',
    name: 'Wool overcoat',
    price: 18900,
    sizes: ['8', '10', '12', '14', '16'],
    colours: [
      ['CML', 'Camel'],
      ['NVY', 'Navy'],
    ],
  },
  {
    code: 'SC601',
    name: 'Cashmere scarf',
    price: 4500,
    sizes: ONE_SIZE,
    colours: [
      ['NVY', 'Navy'],
      ['RED', 'Red'],
      ['GRY', 'Grey'],
    ],
  },
  {
    code: 'GL602',
    name: 'Leather gloves',
    price: 3500,
    sizes: ['S', 'M', 'L'],
    colours: [
      ['BLK', 'Black'],
      ['BRN', 'Brown'],
    ],
  },
  {
    code: 'TI603',
    name: 'Silk tie',
    price: 3900,
    sizes: ONE_SIZE,
    colours: [
      ['NVY', 'Navy'],
      ['BUR', 'Burgundy'],
    ],
  },
  {
    code: 'SO604',
    name: 'Cotton socks, 3 pairs',
    price: 1200,
    sizes: ['4-7', '8-11'],
    colours: [['MIX', 'Mixed']],
  },
  {
    code: 'SN701',
    name: 'Leather trainers',
    price: 8900,
    sizes: ['4', '5', '6', '7', '8', '9', '10', '11'],
    colours: [['WHT', 'White']],
  },
  {
    code: 'BT702',
    name: 'Chelsea boots',
    price: 12900,
    sizes: ['4', '5', '6', '7', '8', '9', '10', '11'],
    colours: [
      ['BLK', 'Black'],
      ['BRN', 'Brown suede'],
    ],
  },
  {
    code: 'BG801',
    name: 'Leather tote',
    price: 14900,
    sizes: ONE_SIZE,
    colours: [
      ['TAN', 'Tan'],
      ['BLK', 'Black'],
    ],
  },
  {
    code: 'TS901',
    name: 'Organic cotton T-shirt',
    price: 1800,
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    colours: [
      ['WHT', 'White'],
      ['BLK', 'Black'],
      ['SGE', 'Sage'],
    ],
  },
  {
    code: 'PF950',
    name: 'Eau de parfum 50 ml',
    price: 6800,
    sizes: ONE_SIZE,
    colours: [['NA', 'Fleur d’été']],
  },
];

export function productByCode(code: string): Product {
  const found = CATALOGUE.find((p) => p.code === code);
  if (!found) throw new Error(`no product ${code}`);
  return found;
}

/** One sellable item: a product in one colour and size. */
export interface Item {
  readonly productId: string;
  readonly description: string;
  readonly price: number;
  readonly product: Product;
  readonly colour: number;
  readonly size: number;
}

const items = new Map<Product, Item[]>();

/** The item (made once and kept: histories are generated on every read, lines reuse these). */
export function item(product: Product, colour: number, size: number): Item {
  let made = items.get(product);
  if (!made) {
    made = [];
    items.set(product, made);
  }
  const index = colour * product.sizes.length + size;
  let found = made[index];
  if (!found) {
    found = makeItem(product, colour, size);
    made[index] = found;
    byProductId.set(found.productId, found);
  }
  return found;
}

const byProductId = new Map<string, Item>();

/** An item already made by `item` (every line's product was). */
export function itemById(productId: string): Item {
  const found = byProductId.get(productId);
  if (!found) throw new Error(`no item ${productId}`);
  return found;
}

function makeItem(product: Product, colour: number, size: number): Item {
  const [colourCode, colourName] = product.colours[colour] as readonly [string, string];
  const sizeName = product.sizes[size] as string;
  const oneSize = product.sizes === ONE_SIZE;
  return {
    productId: `${product.code}-${colourCode}-${oneSize ? 'OS' : sizeName}`,
    description: oneSize
      ? `${product.name}, ${colourName}`
      : `${product.name}, ${colourName}, ${sizeName}`,
    price: product.price,
    product,
    colour,
    size,
  };
}
