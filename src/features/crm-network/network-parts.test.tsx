import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCustomerPickStore } from '../../shared/stores/customer-pick-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { AffiliatedCustomersPanel, CustomerPickBanner } from './network-parts';

const SLOW = { timeout: 5000 };

describe('Affiliated customers', () => {
  it("lists Amelia's household first, pages five at a time, and a tap opens one", async () => {
    const till = await createTestTerminal({ simulator: { customers: 400 } });
    const { user, location } = renderWithTerminal(
      <AffiliatedCustomersPanel customerNumber="100" />,
      till.terminal,
    );
    const list = await screen.findByRole('list', { name: 'Affiliated customers' }, SLOW);
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent(/Ricky Gervais\s*Household.*137 Newport Road.*No\. 00100/);
    expect(rows[1]).toHaveTextContent('Company: Enactor');
    expect(screen.getByText(/^1–5 of \d+/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next page/ }));
    expect(await screen.findByText(/^6–10 of \d+/)).toBeInTheDocument();
    const second = within(screen.getByRole('list', { name: 'Affiliated customers' }));
    expect(second.queryByText('Ricky Gervais')).not.toBeInTheDocument();
    await user.click(second.getAllByRole('button')[0]!);
    expect(location.history?.at(-1)).toMatch(/^\/crm\/customers\/\d+$/);
  });

  it('says when no one shares the household or organisation', async () => {
    const till = await createTestTerminal();
    renderWithTerminal(<AffiliatedCustomersPanel customerNumber="nobody" />, till.terminal);
    expect(await screen.findByText(/No other customer shares/, {}, SLOW)).toBeInTheDocument();
  });
});

describe('The pick banner in Client Search', () => {
  it('says whom the pick is for; Cancel forgets it and goes back', async () => {
    const till = await createTestTerminal();
    const { user, location } = renderWithTerminal(<CustomerPickBanner />, till.terminal, '/crm');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    useCustomerPickStore
      .getState()
      .start(
        'relationship',
        { customerNumber: '100', name: 'Amelia Baldwin' },
        '/crm/customers/100/relationships',
      );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Choose the customer to relate to Amelia Baldwin',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel the choice' }));
    expect(useCustomerPickStore.getState().request).toBeNull();
    expect(location.history?.at(-1)).toBe('/crm/customers/100/relationships');
  });
});
