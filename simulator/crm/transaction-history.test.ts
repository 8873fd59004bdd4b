import { describe, expect, it } from 'vitest';
import { SEED_CUSTOMERS } from '../customers/customer-record.ts';
import { CustomerStore } from '../customers/customer-store.ts';
import { FIRST_GENERATED_NUMBER, generateCustomers } from '../customers/generate-customers.ts';
import {
  generateHistory,
  HISTORY_END,
  matches,
  summarise,
  TransactionHistory,
  type CustomerTransaction,
  type TransactionFilter,
} from './transaction-history.ts';

const customers = generateCustomers(300);
const histories = customers.map((c) =>
  generateHistory(c.customerNumber, c.lastTransactionDate, 20261122),
);
const everything = [
  ...histories.flat(),
  ...generateHistory('100', null, 1),
  ...generateHistory('7004', null, 1),
];

describe('generated transaction history', () => {
  it('is the same for the same seed and customer, and differs with the seed', () => {
    const c = customers[7]!;
    const one = generateHistory(c.customerNumber, c.lastTransactionDate, 20261122);
    expect(generateHistory(c.customerNumber, c.lastTransactionDate, 20261122)).toEqual(one);
    expect(generateHistory(c.customerNumber, c.lastTransactionDate, 99)).not.toEqual(one);
  });

  it('gives every customer a few to a few hundred transactions over years, newest no later than the data end', () => {
    const counts = histories.map((h) => h.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeGreaterThan(100);
    expect(Math.max(...counts)).toBeLessThanOrEqual(302);
    for (const h of histories) {
      expect(h.at(-1)!.time).toBeLessThanOrEqual(HISTORY_END);
      expect(h.map((t) => t.time)).toEqual([...h.map((t) => t.time)].sort((a, b) => a - b));
    }
    const spans = histories.map((h) => (h.at(-1)!.time - h[0]!.time) / (365 * 86_400_000));
    expect(spans.filter((years) => years > 3).length).toBeGreaterThan(30);
  });

  it("ends a customer's history on their last transaction date", () => {
    const shopped = customers.filter(
      (c) => c.lastTransactionDate && Date.parse(c.lastTransactionDate) <= HISTORY_END,
    );
    expect(shopped.length).toBeGreaterThan(100);
    for (const c of shopped) {
      const h = histories[customers.indexOf(c)]!;
      expect(h.at(-1)!.transactionDate).toBe(c.lastTransactionDate);
    }
  });

  it('makes every value the sum of its lines, returns negative, and ids unique per customer', () => {
    for (const t of everything) {
      expect(t.value).toBe(t.lines.reduce((sum, l) => sum + l.effectiveNetValue, 0));
      expect(t.lines.map((l) => l.lineNumber)).toEqual(t.lines.map((_, i) => i + 1));
      if (t.transactionTypeId === 'RETURN') {
        expect(t.value).toBeLessThan(0);
        for (const l of t.lines) {
          expect(l.quantity).toBeLessThan(0);
          expect(l.effectiveNetValue).toBeLessThan(0);
        }
      }
      if (t.transactionTypeId === 'SALE' || t.transactionTypeId === 'WEB_ORDER')
        for (const l of t.lines) expect(l.quantity).toBeGreaterThan(0);
      if (t.transactionTypeId === 'WEB_ORDER') {
        expect(t.locationId).toBe('0999');
        expect(t.lines.every((l) => l.salespersonUserId === '')).toBe(true);
      } else expect(t.lines.every((l) => /^\d{4}$/.test(l.salespersonUserId))).toBe(true);
    }
    for (const h of histories) expect(new Set(h.map((t) => t.transactionId)).size).toBe(h.length);
    const types = new Set(everything.map((t) => t.transactionTypeId));
    expect([...types].sort()).toEqual(['EXCHANGE', 'RETURN', 'SALE', 'WEB_ORDER']);
  });

  it('takes back only what an earlier transaction of the same customer sold, never more', () => {
    for (const h of [...histories, generateHistory('7004', null, 1)]) {
      const byId = new Map(h.map((t) => [t.transactionId, t]));
      const returned = new Map<string, number>();
      for (const t of h)
        for (const l of t.lines) {
          if (l.quantity > 0) {
            expect(l.originalTransactionId).toBeNull();
            continue;
          }
          const original = byId.get(l.originalTransactionId!);
          expect(original).toBeDefined();
          expect(original!.time).toBeLessThan(t.time);
          const bought = original!.lines.find((b) => b.productId === l.productId);
          expect(bought).toBeDefined();
          const key = `${original!.transactionId}/${l.productId}`;
          returned.set(key, (returned.get(key) ?? 0) - l.quantity);
          const sold = original!.lines
            .filter((b) => b.productId === l.productId)
            .reduce((sum, b) => sum + b.quantity, 0);
          expect(returned.get(key)).toBeLessThanOrEqual(sold);
        }
    }
  });
});

describe("customer 100's known history (docs/API.md)", () => {
  const h = generateHistory('100', null, 12345);

  it('is the same whatever the seed: 50 transactions, 2022-05-03 to 2026-11-14', () => {
    expect(generateHistory('100', null, 1)).toEqual(h);
    expect(h).toHaveLength(50);
    expect(h[0]!.transactionDate).toBe('2022-05-03T13:02:00Z');
    expect(h.at(-1)!.transactionDate).toBe('2026-11-14T11:32:00Z');
    expect(h.filter((t) => t.transactionTypeId === 'RETURN').map((t) => t.transactionDate)).toEqual(
      [
        '2023-08-28T13:16:00Z',
        '2023-12-28T14:15:00Z',
        '2024-04-22T16:42:00Z',
        '2025-10-24T13:42:00Z',
        '2026-01-03T12:04:00Z',
      ],
    );
    expect(h.filter((t) => t.transactionTypeId === 'EXCHANGE').map((t) => t.transactionId)).toEqual(
      ['0005022601102205'],
    );
    expect(summarise(h)).toMatchObject({
      transactionCount: 50,
      salesCount: 44,
      salesValue: 742720,
      returnsCount: 5,
      returnsValue: -53220,
      totalSpend: 689500,
    });
  });

  it('has Christmas 2025 (1 Dec 2025 - 31 Jan 2026): six transactions, a return and an exchange', () => {
    const xmas = h.filter((t) =>
      matches(t, {
        from: Date.parse('2025-12-01T00:00:00Z'),
        to: Date.parse('2026-01-31T23:59:59Z'),
      }),
    );
    expect(
      xmas.map((t) => [t.transactionDate.slice(0, 10), t.transactionTypeId, t.locationId, t.value]),
    ).toEqual([
      ['2025-12-06', 'SALE', '0005', 8000],
      ['2025-12-13', 'WEB_ORDER', '0999', 18900],
      ['2025-12-20', 'SALE', '0001', 14600],
      ['2025-12-23', 'SALE', '0005', 3900],
      ['2026-01-03', 'RETURN', '0005', -5500],
      ['2026-01-10', 'EXCHANGE', '0005', 0],
    ]);
    const exchange = xmas[5]!;
    expect(exchange.lines.map((l) => [l.productId, l.quantity, l.effectiveNetValue])).toEqual([
      ['GL602-BLK-M', -1, -3500],
      ['GL602-BLK-L', 1, 3500],
    ]);
    expect(exchange.lines[0]!.originalTransactionId).toBe(xmas[0]!.transactionId);
    expect(xmas[4]!.lines[0]!.originalTransactionId).toBe(xmas[2]!.transactionId);
  });
});

describe('summary figures', () => {
  const check = (set: readonly CustomerTransaction[]) => {
    const s = summarise(set);
    const values = set.map((t) => t.value);
    expect(s.transactionCount).toBe(set.length);
    expect(s.totalSpend).toBe(values.reduce((a, b) => a + b, 0));
    expect(s.salesValue).toBe(values.filter((v) => v > 0).reduce((a, b) => a + b, 0));
    expect(s.returnsValue).toBe(values.filter((v) => v < 0).reduce((a, b) => a + b, 0));
    expect(s.salesCount).toBe(values.filter((v) => v > 0).length);
    expect(s.visitCount).toBe(
      new Set(set.map((t) => `${t.transactionDate.slice(0, 10)}|${t.locationId}`)).size,
    );
    expect(s.averageBasket).toBe(s.salesCount ? Math.round(s.salesValue / s.salesCount) : 0);
    expect(s.months.reduce((a, m) => a + m.totalSpend, 0)).toBe(s.totalSpend);
    expect(s.months.reduce((a, m) => a + m.transactionCount, 0)).toBe(set.length);
    // Every month from the first to the last, none missing, none twice.
    const months = s.months.map((m) => m.month);
    expect(new Set(months).size).toBe(months.length);
    if (set.length > 0) {
      expect(months[0]).toBe(s.firstTransactionDate!.slice(0, 7));
      expect(months.at(-1)).toBe(s.lastTransactionDate!.slice(0, 7));
      for (let i = 1; i < months.length; i++) {
        const [y, m] = months[i - 1]!.split('-').map(Number) as [number, number];
        expect(months[i]).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
      }
    } else expect(s).toMatchObject({ firstTransactionDate: null, months: [] });
  };

  it('equal the sums over the filtered set, for many customers and filters', () => {
    const filters: TransactionFilter[] = [
      {},
      { typeIds: ['RETURN', 'EXCHANGE'] },
      { locationIds: ['0005', '0999'] },
      { minimumValue: 10_000 },
      { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-12-31T23:59:59.999Z') },
      { from: HISTORY_END + 1 },
    ];
    for (const h of [...histories.slice(0, 60), generateHistory('7004', null, 1)])
      for (const f of filters) check(h.filter((t) => matches(t, f)));
  });

  it('counts two tills of one store on one day as one visit', () => {
    const h = generateHistory('100', null, 1);
    const a = h[0]!;
    const b = { ...a, transactionId: 'x', deviceId: 'POS04' };
    expect(summarise([a, b]).visitCount).toBe(1);
    expect(summarise([a, { ...b, locationId: '0001' }]).visitCount).toBe(2);
  });
});

describe('TransactionHistory over the store', () => {
  const store = new CustomerStore([...SEED_CUSTOMERS, ...generateCustomers(50)]);
  const history = new TransactionHistory(store, 20261122);

  it('knows only customers of the store, and filters, orders and summarises', () => {
    expect(history.of('nobody')).toBeUndefined();
    const number = String(FIRST_GENERATED_NUMBER + 3);
    const found = history.search(number, { minimumValue: 5000 }, 'value', true)!;
    expect(found.rows.every((t) => Math.abs(t.value) >= 5000)).toBe(true);
    const values = found.rows.map((t) => t.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(found.summary.transactionCount).toBe(found.rows.length);
    expect(history.find(number, found.rows[0]!.transactionId)).toEqual(found.rows[0]);
    expect(history.find(number, 'no-such-id')).toBeUndefined();
  });
});
