import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS, type CustomerRecord } from './customer-record.ts';
import { CustomerStore, nameKey } from './customer-store.ts';
import { generateCustomers } from './generate-customers.ts';

const numbers = (store: CustomerStore, positions: Int32Array) =>
  Array.from(positions, (p) => store.at(p).customerNumber);

const person = (
  customerNumber: string,
  forename: string,
  surname: string,
  postCode = '',
): CustomerRecord => ({
  ...SEED_CUSTOMERS[0]!,
  customerNumber,
  forename,
  surname,
  postCode,
});

describe('CustomerStore', () => {
  const store = new CustomerStore([...SEED_CUSTOMERS, ...generateCustomers(2000)]);

  it('finds name prefixes of forename, surname and "forename surname", in customer-number order', () => {
    const a = numbers(store, store.searchName('a'));
    expect(a.slice(0, 2)).toEqual(['100', '7004']);
    expect(a).toEqual([...a].sort());
    expect(numbers(store, store.searchName('AMELIA B'))).toContain('100');
    expect(numbers(store, store.searchName('baldwin'))).toEqual(['100']);
    expect(numbers(store, store.searchName('Baldwin Amelia'))).toEqual(['100']);
  });

  it('agrees with a linear scan', () => {
    for (const term of ['a', 'sm', "o'b", 'zoe', 'xyz', 'r']) {
      expect(Array.from(store.searchName(term))).toEqual(Array.from(store.scanName(term)));
    }
  });

  it('ignores case, accents and spaces; lists a customer matching twice once', () => {
    const local = new CustomerStore([
      person('1', 'Zoë', "O'Brien-Smith"),
      person('2', 'Anna', 'Andrews'),
      person('3', 'Émile', 'Zola'),
    ]);
    expect(numbers(local, local.searchName('zoe'))).toEqual(['1']);
    expect(numbers(local, local.searchName('EMILE'))).toEqual(['3']);
    expect(numbers(local, local.searchName('an'))).toEqual(['2']);
    expect(numbers(local, local.searchName('  anna   andrews '))).toEqual(['2']);
    expect(numbers(local, local.searchName('z'))).toEqual(['1', '3']);
    expect(nameKey('  Zoë  O’Brien ')).toBe('zoe o’brien');
  });

  it('finds postcode prefixes ignoring case and spaces', () => {
    expect(numbers(store, store.searchPostcode('sg14')).slice(0, 2)).toEqual(['00100', '100']);
    expect(numbers(store, store.searchPostcode('sg143a'))).toEqual(
      numbers(store, store.searchPostcode('SG14 3A')),
    );
  });

  it('finds a customer added later, and keeps number order when the number sorts early', () => {
    const local = new CustomerStore([person('5', 'Ann', 'Lee')]);
    local.add(person(local.nextCustomerNumber(), 'Anne', 'Lee'));
    local.add(person('10', 'Annie', 'Lee'));
    expect(numbers(local, local.searchName('ann'))).toEqual(['10', '5', '6']);
    expect(() => local.add(person('5', 'X', 'Y'))).toThrow(/already exists/);
  });

  it('generates the same realistic customers for the same seed', () => {
    const one = generateCustomers(50, 7);
    expect(generateCustomers(50, 7)).toEqual(one);
    expect(generateCustomers(50, 8)).not.toEqual(one);
    for (const c of one) {
      expect(c.postCode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/);
      expect(c.forename).not.toBe('');
    }
    const all = generateCustomers(3000);
    expect(all.some((c) => /[À-ž]/.test(c.forename + c.surname))).toBe(true);
    expect(all.some((c) => c.surname.includes("'"))).toBe(true);
    expect(all.some((c) => c.surname.includes('-'))).toBe(true);
  });

  it('adds a customer whose number sorts before the last one, and still finds everyone in order', () => {
    const store = new CustomerStore([
      {
        ...SEED_CUSTOMERS[0]!,
        customerNumber: '100',
        forename: 'Ann',
        surname: 'Able',
        postCode: 'AB1 1AA',
      },
      {
        ...SEED_CUSTOMERS[0]!,
        customerNumber: 'X-1',
        forename: 'Ann',
        surname: 'Zed',
        postCode: 'AB1 2AA',
      },
    ]);
    store.add({
      ...SEED_CUSTOMERS[0]!,
      customerNumber: '200',
      forename: 'Ann',
      surname: 'Mid',
      postCode: 'AB1 3AA',
    });
    const numbers = (positions: Int32Array) =>
      [...positions].map((p) => store.at(p).customerNumber);
    expect(numbers(store.searchName('ann'))).toEqual(['100', '200', 'X-1']);
    expect(numbers(store.searchPostcode('ab1'))).toEqual(['100', '200', 'X-1']);
    expect(numbers(store.searchName('zed'))).toEqual(['X-1']);
    expect(store.get('X-1')?.surname).toBe('Zed');
    expect(store.positionOf('X-1')).toBe(2);
    store.replace({ ...store.get('200')!, surname: 'Moved', postCode: 'ZZ9 9ZZ' });
    expect(numbers(store.searchName('ann moved'))).toEqual(['200']);
    expect(numbers(store.searchName('ann mid'))).toEqual([]);
    expect(numbers(store.searchPostcode('zz9'))).toEqual(['200']);
  });
});
