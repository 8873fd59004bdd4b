import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaleCompletionPanel } from './sale-completion-panel';
import type { LoyaltyAccount } from '../../shared/domain/loyalty';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';

// Seed 002's account 200 (card 14420000, 6,028 points), as the balance screen passes it.
const ACCOUNT: LoyaltyAccount = {
  accountId: '200',
  accountType: 'customerLoyaltyAccount',
  currencyId: 'GBP',
  status: 'ACTIVE',
  openedDate: '2021-11-01',
  customerNumber: '100',
  loyaltySchemeId: 'LOYALTY_UK',
  tierCode: 'UK3',
  manualTierReview: false,
};

async function open() {
  const till = await createTestTerminal();
  return {
    ...till,
    ...renderWithTerminal(<SaleCompletionPanel account={ACCOUNT} />, till.terminal),
  };
}

// The outbox stores the sale, then sends it: give it time on a busy machine.
const SENT = { timeout: 15_000 };

const keypad = () => within(screen.getByRole('group', { name: 'Numeric keypad' }));

describe('The amount write panel (a sale)', { timeout: 30_000 }, () => {
  it('types the amount on the keypad, sends it once, and shows the server’s answer', async () => {
    const { user, sim } = await open();
    await screen.findByText(/^\d{13,}$/);
    for (const digit of '150') await user.click(keypad().getByRole('button', { name: digit }));
    expect(screen.getByRole('textbox', { name: 'Points to add' })).toHaveValue('150');
    await user.click(screen.getByRole('button', { name: 'Complete sale' }));
    expect(await screen.findByText(/Sale completed: \+150 points/, {}, SENT)).toBeInTheDocument();
    expect(screen.getByText(/New balance/)).toHaveTextContent('6,178 points');
    expect(sim.accounts.updatesApplied('200')).toBe(1);
    // Sent: the amount is fixed and the keypad gives way to the next sale.
    expect(screen.getByRole('textbox', { name: 'Points to add' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('group', { name: 'Numeric keypad' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next sale' }));
    expect(screen.getByRole('textbox', { name: 'Points to add' })).toHaveValue('');
  });

  it('a double tap completes one sale', async () => {
    const { user, sim } = await open();
    await screen.findByText(/^\d{13,}$/);
    for (const digit of '40') await user.click(keypad().getByRole('button', { name: digit }));
    const complete = screen.getByRole('button', { name: 'Complete sale' });
    // Two clicks in one task, before React has re-rendered.
    fireEvent.click(complete);
    fireEvent.click(complete);
    expect(await screen.findByText(/Sale completed: \+40 points/, {}, SENT)).toBeInTheDocument();
    expect(sim.accounts.updatesApplied('200')).toBe(1);
    expect(sim.accounts.byId('200')?.balance).toBe(6068);
  });

  it('refuses an amount out of range, says why, and sends nothing', async () => {
    const { user, calls } = await open();
    await screen.findByText(/^\d{13,}$/);
    await user.type(screen.getByRole('textbox', { name: 'Points to add' }), '2000000');
    await user.click(screen.getByRole('button', { name: 'Complete sale' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Type an amount from 1 to 1,000,000 points.',
    );
    expect(calls.filter((c) => c.includes('submitAccountBalanceUpdate'))).toEqual([]);
    await user.click(keypad().getByRole('button', { name: '5' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
