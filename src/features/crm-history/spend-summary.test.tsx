import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SpendSummary as Summary } from '../../shared/domain/crm-history';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
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
    render(<SpendSummary summary={CHRISTMAS} currency="GBP" locale="en-GB" />);
    expect(figure('Visits')).toHaveTextContent('6');
    expect(figure('Total spend')).toHaveTextContent('£399.00');
    expect(figure('Average basket')).toHaveTextContent('£113.50');
    expect(figure('Last visit')).toHaveTextContent('10 Jan 2026');
    expect(
      screen.getByText(/4 with a value for £454\.00, 1 taken back for -£55\.00/),
    ).toBeInTheDocument();
  });

  it('draws a bar a month, a month of returns below the line, named by its summary', () => {
    const { container } = render(
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
    render(
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

describe('Transaction History', () => {
  it("pages Amelia's 50 transactions; a date range narrows the rows and the summary", async () => {
    const till = await createTestTerminal();
    const { user } = renderWithTerminal(
      <TransactionHistoryScreen customerNumber="100" />,
      till.terminal,
    );
    expect(await screen.findByText('1–20 of 50')).toBeInTheDocument();
    expect(figure('Total spend')).toHaveTextContent('£6,895.00');
    expect(figure('Average basket')).toHaveTextContent('£168.80');
    expect(figure('Last visit')).toHaveTextContent('14 Nov 2026');
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toHaveTextContent('£129.00');

    await user.click(screen.getByRole('button', { name: /Next page/ }));
    expect(await screen.findByText('21–40 of 50')).toBeInTheDocument();
    // The summary is of every match, whatever the page.
    expect(figure('Total spend')).toHaveTextContent('£6,895.00');

    await user.click(screen.getByRole('button', { name: 'Search' }));
    const search = within(screen.getByRole('search', { name: 'Search transactions' }));
    await user.type(search.getByLabelText('From'), '2025-12-01');
    await user.type(search.getByLabelText('To'), '2026-01-31');
    await user.click(search.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1–6 of 6')).toBeInTheDocument();
    expect(figure('Total spend')).toHaveTextContent('£399.00');
    expect(figure('Visits')).toHaveTextContent('6');
    expect(screen.getByText(/1 Dec 2025 to 31 Jan 2026/)).toBeInTheDocument();
    expect(rows().map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Exchange',
      'Return',
      'Sale',
      'Sale',
      'Web order',
      'Sale',
    ]);

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(await screen.findByText('1–20 of 50')).toBeInTheDocument();
  });

  it('refuses a range that ends before it starts, and sends nothing', async () => {
    const till = await createTestTerminal();
    const { user } = renderWithTerminal(
      <TransactionHistoryScreen customerNumber="100" />,
      till.terminal,
    );
    await screen.findByText('1–20 of 50');
    const sent = till.calls.length;
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const search = within(screen.getByRole('search', { name: 'Search transactions' }));
    await user.type(search.getByLabelText('From'), '2026-02-01');
    await user.type(search.getByLabelText('To'), '2026-01-01');
    await user.type(search.getByLabelText('Minimum value'), 'lots');
    await user.click(search.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The start date is after the end date. Nothing was searched.',
    );
    expect(till.calls.length).toBe(sent);
  });
});
