import { seededRandom } from '../random.ts';
import type { CustomerRecord } from './customer-record.ts';
import { localeData, type LocaleData } from './locale-data.ts';

const FEMALE = [
  'Olivia',
  'Amelia',
  'Isla',
  'Ava',
  'Mia',
  'Ivy',
  'Lily',
  'Isabella',
  'Rosie',
  'Sophia',
  'Grace',
  'Freya',
  'Florence',
  'Willow',
  'Poppy',
  'Evie',
  'Emily',
  'Ella',
  'Charlotte',
  'Alice',
  'Sienna',
  'Daisy',
  'Matilda',
  'Harriet',
  'Phoebe',
  'Ruby',
  'Imogen',
  'Zoë',
  'Chloé',
  'Renée',
  'Siân',
  'Niamh',
  'Aoife',
  'Bethan',
  'Carys',
  'Saoirse',
  'Priya',
  'Aisha',
  'Fatima',
  'Anaïs',
  'Hannah',
  'Jessica',
  'Lucy',
  'Megan',
  'Sarah',
  'Rebecca',
  'Eleanor',
  'Abigail',
  'Annabel',
  'Beatrice',
];
const MALE = [
  'Oliver',
  'George',
  'Noah',
  'Arthur',
  'Leo',
  'Muhammad',
  'Harry',
  'Oscar',
  'Archie',
  'Henry',
  'Theodore',
  'Freddie',
  'Jack',
  'Charlie',
  'Finley',
  'Alfie',
  'Thomas',
  'William',
  'James',
  'Joshua',
  'Samuel',
  'Daniel',
  'Benjamin',
  'Edward',
  'Alexander',
  'Aaron',
  'Adam',
  'Aiden',
  'Ethan',
  'Lewis',
  'Seán',
  'Rhys',
  'Dafydd',
  'Ciarán',
  'Eoghan',
  'Callum',
  'Hamish',
  'Rohan',
  'Arjun',
  'José',
  'Matthew',
  'Luke',
  'Ryan',
  'Jamie',
  'Connor',
  'Kieran',
  'Owen',
  'Dylan',
  'Nathan',
  'Anthony',
];
const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  "O'Brien",
  "O'Connor",
  "O'Neill",
  "D'Souza",
  'McDonald',
  'MacLeod',
  'Fitzgerald',
  'Ó Súilleabháin',
  'Smith-Jones',
  'Bowes-Lyon',
  'Ashby-Hughes',
  'Lloyd-Webber',
  'Müller',
  'Núñez',
  'Åström',
  'Sørensen',
  'Atkinson',
  'Abbott',
  'Ahmed',
  'Akhtar',
  'Anderson',
  'Armstrong',
  'Ashton',
  'Austin',
  'Bailey',
  'Barker',
  'Barnes',
  'Bell',
  'Booth',
  'Brooks',
  'Butler',
  'Campbell',
  'Carter',
  'Chapman',
  'Cole',
  'Collins',
  'Cox',
  'Dixon',
  'Ellis',
  'Fisher',
  'Fletcher',
  'Foster',
  'Gibson',
  'Graham',
  'Grant',
  'Gray',
  'Hamilton',
  'Hart',
  'Hayes',
  'Holmes',
  'Hunt',
  'Jenkins',
  'Kelly',
  'Kennedy',
  'Knight',
  'Lawrence',
  'Marshall',
  'Mason',
  'Mills',
  'Mitchell',
  'Murphy',
  'Murray',
  'Owen',
  'Palmer',
  'Pearson',
  'Powell',
  'Reid',
  'Reynolds',
  'Richards',
  'Richardson',
  'Rose',
  'Russell',
  'Shaw',
  'Simpson',
  'Stevens',
  'Stewart',
  'Sutton',
  'Webb',
  'Wells',
  'West',
  'Wheeler',
  'Wilkinson',
  'Williamson',
  'Woods',
  'Yates',
  'Zhang',
];
/** Town, county, postcode area and its district range (real UK postcode areas). */
const TOWNS: readonly (readonly [string, string, string, number, number])[] = [
  ['Hertford', 'Hertfordshire', 'SG', 13, 14],
  ['Stevenage', 'Hertfordshire', 'SG', 1, 2],
  ['Cambridge', 'Cambridgeshire', 'CB', 1, 5],
  ['Bristol', 'Bristol', 'BS', 1, 16],
  ['Leeds', 'West Yorkshire', 'LS', 1, 17],
  ['Manchester', 'Greater Manchester', 'M', 1, 40],
  ['Birmingham', 'West Midlands', 'B', 1, 45],
  ['Cardiff', 'South Glamorgan', 'CF', 3, 24],
  ['Edinburgh', 'Midlothian', 'EH', 1, 17],
  ['Glasgow', 'Lanarkshire', 'G', 1, 53],
  ['Norwich', 'Norfolk', 'NR', 1, 14],
  ['Brighton', 'East Sussex', 'BN', 1, 3],
  ['York', 'North Yorkshire', 'YO', 1, 32],
  ['Bath', 'Somerset', 'BA', 1, 2],
  ['Oxford', 'Oxfordshire', 'OX', 1, 4],
  ['Belfast', 'County Antrim', 'BT', 1, 17],
  ['Milton Keynes', 'Buckinghamshire', 'MK', 1, 19],
  ['Newcastle upon Tyne', 'Tyne and Wear', 'NE', 1, 15],
  ['London', '', 'SW', 1, 20],
  ['London', '', 'N', 1, 22],
];
const STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Park Avenue',
  'Mill Lane',
  'Newport Road',
  "Queen's Road",
  "King's Parade",
  'The Green',
  'Manor Close',
  'Orchard Way',
  "St John's Street",
  'Green Lane',
  'Windsor Drive',
  "Bishop's Walk",
  'Chapel Row',
  'Riverside',
];
const FLATS = ['', '', '', '', 'Flat 2', 'Flat 5B', 'Apartment 12', 'The Old Rectory'];
const ORGANISATIONS = [
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'Enactor',
  'Marks & Sparks Ltd',
  'Café Nero',
  'Smith & Sons',
];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** First customer number of generated customers: sorts after every seed number ("00100", "100", "7004"). */
export const FIRST_GENERATED_NUMBER = 80_000_000;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A UK mobile (07970 000123) from the customer number, taking nothing from the random
 * sequence: the UK's customers stay exactly as they were for every seed.
 */
const ukMobile = (customerNumber: string) => {
  const d = customerNumber.padStart(8, '0').slice(-7);
  return `0797${d.slice(0, 1)} ${d.slice(1)}`;
};

/**
 * `count` realistic customers of the training locale's country (en-GB, fr-FR, de-DE), the
 * same for the same seed and locale.
 */
export function generateCustomers(
  count: number,
  seed = 20261122,
  locale = 'en-GB',
): CustomerRecord[] {
  const data = localeData(locale);
  return data ? generateIn(data, count, seed) : generateUk(count, seed);
}

function generateUk(count: number, seed: number): CustomerRecord[] {
  const rnd = seededRandom(seed);
  const out: CustomerRecord[] = new Array<CustomerRecord>(count);
  for (let i = 0; i < count; i++) {
    const female = rnd() < 0.5;
    const [town, county, area, lo, hi] = pick(rnd, TOWNS);
    const district = lo + Math.floor(rnd() * (hi - lo + 1));
    const inward = `${Math.floor(rnd() * 10)}${pick(rnd, [...INWARD_LETTERS])}${pick(rnd, [...INWARD_LETTERS])}`;
    const year = 1940 + Math.floor(rnd() * 66);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const shopped = rnd() < 0.7;
    const flat = pick(rnd, FLATS);
    const street = `${1 + Math.floor(rnd() * 240)} ${pick(rnd, STREETS)}`;
    out[i] = {
      customerNumber: String(FIRST_GENERATED_NUMBER + i),
      title: female
        ? pick(rnd, ['Mrs', 'Ms', 'Miss', 'Dr', 'Mrs'])
        : pick(rnd, ['Mr', 'Mr', 'Dr', 'Mr']),
      forename: pick(rnd, female ? FEMALE : MALE),
      surname: pick(rnd, SURNAMES),
      dateOfBirth: rnd() < 0.85 ? `${year}-${pad(month)}-${pad(day)}T00:00:00Z` : null,
      organisation: pick(rnd, ORGANISATIONS),
      tradingName: '',
      lastTransactionDate: shopped
        ? `${2024 + Math.floor(rnd() * 3)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}T${pad(9 + Math.floor(rnd() * 9))}:${pad(Math.floor(rnd() * 60))}:00Z`
        : null,
      street1: flat === '' ? street : flat,
      street2: flat === '' ? '' : street,
      street3: '',
      town,
      province: county,
      postCode: `${area}${district} ${inward}`,
      hasLoyaltyAccounts: rnd() < 0.6,
      phone: ukMobile(String(FIRST_GENERATED_NUMBER + i)),
      country: 'United Kingdom',
    };
  }
  return out;
}

function generateIn(data: LocaleData, count: number, seed: number): CustomerRecord[] {
  const rnd = seededRandom(seed);
  const digit = () => Math.floor(rnd() * 10);
  const out: CustomerRecord[] = new Array<CustomerRecord>(count);
  for (let i = 0; i < count; i++) {
    const female = rnd() < 0.5;
    const [town, region, postcodes] = pick(rnd, data.towns);
    const year = 1940 + Math.floor(rnd() * 66);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const shopped = rnd() < 0.7;
    const flat = pick(rnd, data.flats);
    const street = data.address(1 + Math.floor(rnd() * 240), pick(rnd, data.streets));
    out[i] = {
      customerNumber: String(FIRST_GENERATED_NUMBER + i),
      title: female ? pick(rnd, ['Mrs', 'Ms', 'Dr', 'Mrs']) : pick(rnd, ['Mr', 'Mr', 'Dr', 'Mr']),
      forename: pick(rnd, female ? data.female : data.male),
      surname: pick(rnd, data.surnames),
      dateOfBirth: rnd() < 0.85 ? `${year}-${pad(month)}-${pad(day)}T00:00:00Z` : null,
      organisation: pick(rnd, data.organisations),
      tradingName: '',
      lastTransactionDate: shopped
        ? `${2024 + Math.floor(rnd() * 3)}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}T${pad(9 + Math.floor(rnd() * 9))}:${pad(Math.floor(rnd() * 60))}:00Z`
        : null,
      street1: flat === '' ? street : flat,
      street2: flat === '' ? '' : street,
      street3: '',
      town,
      province: region,
      postCode: pick(rnd, postcodes),
      hasLoyaltyAccounts: rnd() < 0.6,
      phone: data.mobile(digit),
      country: data.country,
    };
  }
  return out;
}
