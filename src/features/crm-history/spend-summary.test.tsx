import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpendSummary as Summary } from '../../shared/domain/crm-history';
import { createTestTerminal, renderPart, renderWithTerminal } from '../../testing/render';
import { useHistoryView } from './history-store';
import { SpendSummary } from './spend-summary';
import { TransactionHistoryScreen } from './transaction-history-screen';

const CHRISTMAS: Summary = {
  currencyId: 'GBP',
  transactionCount: 6,
  visitCount: 6,
  salesCount: 4,
  salesValue: 45400,
  returnsCount: 1,
  returnsValue: -5500,
  totalSpend: 39900,
  averageBasket: 11350,
  firstDate: '2025-12-06T10:42:00Z',
  lastDate: '2026-01-10T15:20:00Z',
  months: [
    {
      month: '2025-12',
      transactionCount: 4,
      salesValue: 45400,
      returnsValue: 0,
      totalSpend: 45400,
    },
    {
      month: '2026-01',
      transactionCount: 2,
      salesValue: 0,
      returnsValue: -5500,
      totalSpend: -5500,
    },
  ],
};

/** The value under a label of the spend summary. */
const figure = (label: string) =>
  within(screen.getByLabelText('Spend summary', { selector: 'dl' }))
    .getByText(label, { selector: 'dt' })
    .parentElement!.querySelector('dd');

describe('Spend summary', () => {
  it('shows visits, total spend, average basket and last visit from minor units', () => {
    renderPart(<SpendSummary summary={CHRISTMAS} currency="GBP" locale="en-GB" />);
    expect(figure('Visits')).toHaveTextContent('6');
    expect(figure('Total spend')).toHaveTextContent('£399.00');
    expect(figure('Average basket')).toHaveTextContent('£113.50');
    expect(figure('Last visit')).toHaveTextContent('10 Jan 2026');
    expect(
      screen.getByText(/4 with a value for £454\.00, 1 taken back for -£55\.00/),
    ).toBeInTheDocument();
  });

  it('draws a bar a month, a month of returns below the line, named by its summary', () => {
    const { container } = renderPart(
      <SpendSummary summary={CHRISTMAS} currency="GBP" locale="en-GB" />,
    );
    expect(
      screen.getByRole('img', {
        name: 'Spend per month, Dec 2025 to Jan 2026: highest £454.00 in Dec 2025',
      }),
    ).toBeInTheDocument();
    const bars = [...container.querySelectorAll('rect')];
    expect(bars).toHaveLength(2);
    const zero = Number(container.querySelector('line')!.getAttribute('y1'));
    // December stands on the line, January hangs from it.
    expect(
      Number(bars[0]!.getAttribute('y')) + Number(bars[0]!.getAttribute('height')),
    ).toBeCloseTo(zero);
    expect(Number(bars[1]!.getAttribute('y'))).toBeCloseTo(zero);
    expect(Number(bars[0]!.getAttribute('height'))).toBeGreaterThan(
      Number(bars[1]!.getAttribute('height')) * 5,
    );
  });

  it('says so when nothing matched', () => {
    renderPart(
      <SpendSummary
        summary={{
          ...CHRISTMAS,
          transactionCount: 0,
          visitCount: 0,
          salesCount: 0,
          salesValue: 0,
          returnsCount: 0,
          returnsValue: 0,
          totalSpend: 0,
          averageBasket: 0,
          firstDate: null,
          lastDate: null,
          months: [],
        }}
        currency="GBP"
        locale="en-GB"
      />,
    );
    expect(figure('Last visit')).toHaveTextContent('None');
    expect(screen.getByText('No spend in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

// The view (search, page) is kept per customer for the session: each test starts afresh.
const fresh = useHistoryView.getState();
afterEach(() => useHistoryView.setState(fresh, true));

async function openHistory() {
  const till = await createTestTerminal();
  const rendered = renderWithTerminal(
    <TransactionHistoryScreen customerNumber="100" />,
    till.terminal,
  );
  expect(await screen.findByText('1–20 of 50')).toBeInTheDocument();
  return { ...till, ...rendered };
}

// Role queries here skip the visibility check (`hidden: true`): jsdom's computed styles for a
// 20-row table cost seconds on a loaded machine, and nothing on this screen is hidden.
const rows = () =>
  within(screen.getByRole('table', { hidden: true }))
    .getAllByRole('row', { hidden: true })
    .slice(1);
const button = (name: string | RegExp) => screen.getByRole('button', { name, hidden: true });

/** Opens Search and fills it (dates as a date picker sets them: whole). */
async function search(
  user: Awaited<ReturnType<typeof openHistory>>['user'],
  fields: { from?: string; to?: string; minimum?: string },
) {
  await user.click(button('Search'));
  const form = within(screen.getByRole('search', { name: 'Search transactions', hidden: true }));
  if (fields.from)
    fireEvent.change(form.getByLabelText('From'), { target: { value: fields.from } });
  if (fields.to) fireEvent.change(form.getByLabelText('To'), { target: { value: fields.to } });
  if (fields.minimum)
    fireEvent.change(form.getByLabelText('Minimum value'), { target: { value: fields.minimum } });
  await user.click(form.getByRole('button', { name: 'Search', hidden: true }));
}

describe('Transaction History', () => {
  it("pages Amelia's 50 transactions on the server; the summary is of all 50 on every page", async () => {
    const { user } = await openHistory();
    expect(figure('Total spend')).toHaveTextContent('£6,895.00');
    expect(figure('Average basket')).toHaveTextContent('£168.80');
    expect(figure('Last visit')).toHaveTextContent('14 Nov 2026');
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toHaveTextContent('£129.00');
    await user.click(button(/Next page/));
    expect(await screen.findByText('21–40 of 50')).toBeInTheDocument();
    expect(figure('Total spend')).toHaveTextContent('£6,895.00');
  });

  it('a date range narrows the rows and the summary; Clear search brings them back', async () => {
    const { user } = await openHistory();
    await search(user, { from: '2025-12-01', to: '2026-01-31' });
    expect(await screen.findByText('1–6 of 6')).toBeInTheDocument();
    expect(figure('Total spend')).toHaveTextContent('£399.00');
    expect(figure('Visits')).toHaveTextContent('6');
    expect(screen.getByText(/1 Dec 2025 to 31 Jan 2026/)).toBeInTheDocument();
    expect(
      rows().map((r) => within(r).getAllByRole('cell', { hidden: true })[1]!.textContent),
    ).toEqual(['Exchange', 'Return', 'Sale', 'Sale', 'Web order', 'Sale']);
    await user.click(button('Clear search'));
    expect(await screen.findByText('1–20 of 50')).toBeInTheDocument();
  });

  it('refuses a range that ends before it starts, and sends nothing', async () => {
    const { user, calls } = await openHistory();
    const sent = calls.length;
    await search(user, { from: '2026-02-01', to: '2026-01-01', minimum: 'lots' });
    expect(screen.getByRole('alert', { hidden: true })).toHaveTextContent(
      'The start date is after the end date. Nothing was searched.',
    );
    expect(calls.length).toBe(sent);
  });
});
