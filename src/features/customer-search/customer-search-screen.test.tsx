import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { CustomerSearchScreen } from './customer-search-screen';

async function open(path = '/') {
  const till = await createTestTerminal();
  return { ...till, ...renderWithTerminal(<CustomerSearchScreen />, till.terminal, path) };
}

const results = () => screen.findByRole('list', { name: 'Customers found' });

describe('Customer Search', () => {
  it('finds the seed customer by name and opens her', async () => {
    const { user, location } = await open();
    await user.type(screen.getByRole('searchbox', { name: 'Customer name' }), 'amelia bald');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const list = await results();
    const row = await within(list).findByRole('button', { name: /Amelia Baldwin/ });
    await user.click(row);
    expect(location.history.at(-1)).toBe('/customers/100');
  });

  it('types on its own keyboard with word capitals, and Enter searches', async () => {
    const { user } = await open();
    const keyboard = screen.getAllByRole('group', { name: 'On-screen keyboard' })[0]!;
    const field = screen.getByRole('searchbox', { name: 'Customer name' });
    await user.click(field);
    for (const key of ['A', 'M', 'E', 'L', 'I', 'A', 'Space', 'B', 'A', 'L', 'D'])
      await user.click(within(keyboard).getByRole('button', { name: key }));
    expect(field).toHaveValue('Amelia Bald');
    await user.click(within(keyboard).getByRole('button', { name: 'Enter' }));
    expect(await within(await results()).findByText(/Amelia Baldwin/)).toBeInTheDocument();
  });

  it('searches postcodes when Postcode is chosen', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('radio', { name: 'Postcode' }));
    expect(screen.getByRole('radio', { name: 'Postcode' })).toHaveAttribute('aria-checked', 'true');
    await user.type(screen.getByRole('searchbox', { name: 'Postcode' }), 'sg14 3ag{Enter}');
    const rows = within(await results());
    expect(await rows.findByText(/Ricky Gervais/)).toBeInTheDocument();
    expect(rows.getByText(/Amelia Baldwin/)).toBeInTheDocument();
  });

  it('refuses an empty search and sends nothing', async () => {
    const { user, calls } = await open();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/before searching/);
    expect(calls.filter((c) => c.includes('CustomerService'))).toEqual([]);
  });

  it('shows a fault in words with Try again, which then finds the customer', async () => {
    const { user, sim } = await open();
    sim.faults.set({ kind: 'soap-fault', count: 1 });
    await user.type(screen.getByRole('searchbox', { name: 'Customer name' }), 'amelia{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The customer service reported a problem',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await within(await results()).findByText(/Amelia Baldwin/)).toBeInTheDocument();
  });
});
