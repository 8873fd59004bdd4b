import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOYALTY_ACCOUNT_TYPE, type AccountReference } from '../../shared/domain/loyalty';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { BalanceScreen } from './balance-screen';

const card = (cardNumber: string): AccountReference => ({
  cardNumber,
  accountType: LOYALTY_ACCOUNT_TYPE,
});

async function open(reference: AccountReference | null) {
  const till = await createTestTerminal();
  return { ...till, ...renderWithTerminal(<BalanceScreen reference={reference} />, till.terminal) };
}

describe('Balance screen', () => {
  it("shows seed 002's card 14420000: Amelia Baldwin, 6,028 points, the card masked", async () => {
    await open(card('14420000'));
    expect(await screen.findByTestId('balance')).toHaveTextContent('6,028');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mrs Amelia Baldwin');
    const account = within(screen.getByLabelText('Account'));
    expect(account.getByText('UK3')).toBeInTheDocument();
    expect(account.getByText('LOYALTY_UK')).toBeInTheDocument();
    expect(screen.queryByText('14420000')).not.toBeInTheDocument();
    expect(screen.getByText('••••0000')).toBeInTheDocument();
    // An active account can complete a sale here.
    expect(screen.getByRole('heading', { name: 'Complete a sale' })).toBeInTheDocument();
  });

  it('tells the cashier an unknown card has no account, with a way on', async () => {
    await open(card('99999999'));
    expect(await screen.findByRole('heading', { name: 'No account found' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scan or type another card' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Customer search' })).toBeInTheDocument();
  });

  it('asks nothing when there is no card to look up', async () => {
    const { calls } = await open(null);
    expect(screen.getByRole('heading', { name: 'No card to look up' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('explains a dropped connection, and Try again finds the balance', async () => {
    const { user, sim } = await open(card('14420000'));
    // Two: the query's one quiet retry of a network failure meets the second.
    sim.faults.set({ kind: 'unreachable', count: 2 });
    expect(
      await screen.findByRole('heading', { name: "Can't reach the loyalty service" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('balance')).toHaveTextContent('6,028');
  });
});
