import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { TransactionScreen } from './transaction-screen';

async function open(transactionId: string) {
  const till = await createTestTerminal();
  renderWithTerminal(
    <TransactionScreen customerNumber="100" transactionId={transactionId} />,
    till.terminal,
  );
  return till;
}

const field = (label: string) =>
  within(screen.getByLabelText('Transaction', { selector: 'dl' }))
    .getByText(label, { selector: 'dt' })
    .parentElement!.querySelector('dd');

const lines = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('Transaction enquiry', () => {
  it('shows the exchange: the glove taken back is a negative line naming its sale', async () => {
    await open('0005022601102205');
    expect(await screen.findByText('Leather gloves, Black, L')).toBeInTheDocument();
    expect(field('Store')).toHaveTextContent('Hertford (0005)');
    expect(field('Till')).toHaveTextContent('POS02');
    expect(field('Date and time')).toHaveTextContent('10 Jan 2026, 15:20');
    expect(field('Type')).toHaveTextContent('Exchange');
    expect(field('Total')).toHaveTextContent('£0.00');
    expect(field('Lines add up to')).toHaveTextContent('£0.00');
    expect(lines()).toEqual([
      [
        '1',
        'GL602-BLK-M',
        'Leather gloves, Black, MReturned, from sale 0005022512062610',
        '-1',
        '-£35.00',
        'Tom Hughes',
      ],
      ['2', 'GL602-BLK-L', 'Leather gloves, Black, L', '1', '£35.00', 'Tom Hughes'],
    ]);
  });

  it("shows the London sale's five lines by Aisha Khan adding up to £146.00", async () => {
    await open('0001032512208448');
    expect(await screen.findByText('Till', { selector: 'dt' })).toBeInTheDocument();
    expect(field('Total')).toHaveTextContent('£146.00');
    expect(field('Lines add up to')).toHaveTextContent('£146.00');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const rows = lines();
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r[5] === 'Aisha Khan')).toBe(true);
    expect(rows.reduce((n, r) => n + Number(r[3]), 0)).toBe(5);
  });

  it('says so when the customer has no such transaction', async () => {
    await open('0000000000000000');
    expect(await screen.findByRole('heading', { name: 'No such transaction' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('has no transaction 0000000000000000');
  });

  it('shows a fault with Try again, which then loads it', async () => {
    const till = await createTestTerminal();
    till.sim.faults.set({ kind: 'soap-fault', count: 1, operation: 'getCustomerTransaction' });
    const { user } = renderWithTerminal(
      <TransactionScreen customerNumber="100" transactionId="0005022601102205" />,
      till.terminal,
    );
    expect(
      await screen.findByRole('heading', { name: 'The CRM service reported a problem' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Leather gloves, Black, L')).toBeInTheDocument();
  });
});
