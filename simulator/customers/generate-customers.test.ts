import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator.ts';
import { generateCustomers } from './generate-customers.ts';
import { FRANCE, GERMANY } from './locale-data.ts';

const FR_POSTCODE = /^(?:0[1-9]|[1-8]\d|9[0-5])\d{3}$/;
const DE_POSTCODE = /^(?!00)\d{5}$/;

describe('generated customers by training locale', () => {
  it('leaves the UK customers of a seed exactly as they were', () => {
    const uk = generateCustomers(5000, 20261122).map(({ phone, country, ...before }) => {
      expect(phone).toMatch(/^07970 \d{6}$/);
      expect(country).toBe('United Kingdom');
      return before;
    });
    // The digest of these 5,000 customers before countries were added.
    expect(createHash('sha256').update(JSON.stringify(uk)).digest('hex')).toBe(
      '898301dad28ef6301c9a3ebeca447f28686c9641e8ebf3ce7210972f9fe3ef7b',
    );
    expect(generateCustomers(5, 20261122, 'en-GB')).toEqual(generateCustomers(5, 20261122));
  });

  it.each([
    ['fr-FR', FRANCE, FR_POSTCODE, /^0[67] \d\d \d\d \d\d \d\d$/],
    ['de-DE', GERMANY, DE_POSTCODE, /^01[567]\d \d{7,8}$/],
  ] as const)(
    '%s: names, streets, towns, postcodes and phones of the country',
    (locale, data, postcode, phone) => {
      const customers = generateCustomers(2000, 7, locale);
      for (const c of customers) {
        expect([...data.female, ...data.male]).toContain(c.forename);
        expect(data.surnames).toContain(c.surname);
        const town = data.towns.find(([name]) => name === c.town);
        expect(town?.[2]).toContain(c.postCode);
        expect(c.postCode).toMatch(postcode);
        expect(c.phone).toMatch(phone);
        expect(c.country).toBe(data.country);
      }
      expect(new Set(customers.map((c) => c.town)).size).toBe(data.towns.length);
      // Accented names and streets written the country's way.
      expect(customers.some((c) => /[éèëïçàâêîôûüöäß]/i.test(c.forename + c.surname))).toBe(true);
      const street = customers.map((c) => c.street2 || c.street1).find((s) => /\d/.test(s)) ?? '';
      expect(street).toMatch(locale === 'fr-FR' ? /^\d+ \D/ : /\D \d+$/);
    },
  );

  it('is deterministic by seed and locale', () => {
    expect(generateCustomers(200, 42, 'fr-FR')).toEqual(generateCustomers(200, 42, 'fr-FR'));
    expect(generateCustomers(200, 42, 'fr-FR')).not.toEqual(generateCustomers(200, 43, 'fr-FR'));
    expect(generateCustomers(3, 42, 'de-DE')[0]?.forename).not.toBe(
      generateCustomers(3, 42, 'fr-FR')[0]?.forename,
    );
  });

  it('keeps the seed customers whatever the locale, and CRM shows the generated phone', async () => {
    const sim = createSimulator({ customers: 50, seed: 3, locale: 'fr-FR' });
    expect(['100', '7004', '00100'].map((n) => sim.store.get(n)?.surname)).toEqual([
      'Baldwin',
      'Green',
      'Gervais',
    ]);
    const first = sim.store.get('80000000');
    expect(first?.country).toBe('France');
    expect(first?.phone).toMatch(/^0[67] /);
  });

  it("CRM shows a generated customer's own phone and country, and takes their postcodes", () => {
    const sim = createSimulator({ customers: 20, seed: 3, locale: 'de-DE' });
    const record = sim.crm.get('80000000');
    const generated = sim.store.get('80000000');
    expect(record?.phones[0]?.value).toBe(generated?.phone);
    expect(record?.addresses[0]?.country).toBe('Deutschland');
    const withPostcode = (postCode: string) =>
      sim.crm
        .validate({ ...record!, addresses: [{ ...record!.addresses[0]!, postCode }] })
        .map((p) => p.field);
    expect(['10115', 'SG14 3AG', '75001', 'A65 F4E2', '1012 AB'].map(withPostcode)).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(withPostcode('ABC')).toEqual(['postCode']);
  });
});
