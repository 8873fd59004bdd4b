import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCardStore } from '../../shared/stores/card-store';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { CustomerSearchScreen } from './customer-search-screen';

async function open(path = '/') {
  const till = await createTestTerminal();
  return { ...till, ...renderWithTerminal(<CustomerSearchScreen />, till.terminal, path) };
}

const ANY_FIELD = 'Name, postcode, e-mail, phone or card';
const results = () => screen.findByRole('list', { name: 'Customers found' });
const box = () => screen.getByRole('searchbox', { name: ANY_FIELD });
const crmCalls = (calls: string[]) => calls.filter((c) => c.includes('CRMCustomerDataService'));
const customerCalls = (calls: string[]) => calls.filter((c) => c.includes('/CustomerService'));

describe('Customer Search', () => {
  it('finds the seed customer by name and opens her', async () => {
    const { user, location } = await open();
    await user.type(box(), 'amelia bald');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const list = await results();
    const row = await within(list).findByRole('button', { name: /Amelia Baldwin/ });
    await user.click(row);
    expect(location.history.at(-1)).toBe('/customers/100');
  });

  it('types on its own keyboard with word capitals, and Enter searches', async () => {
    const { user } = await open();
    const keyboard = screen.getAllByRole('group', { name: 'On-screen keyboard' })[0]!;
    const field = box();
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
    // An explicit choice is not routed: nothing says what was done.
    expect(screen.queryByText(/^Searched /)).not.toBeInTheDocument();
  });

  it('searches names when Name is chosen, even for what looks like a postcode', async () => {
    const { user } = await open();
    await user.click(screen.getByRole('radio', { name: 'Name' }));
    await user.type(screen.getByRole('searchbox', { name: 'Customer name' }), 'sg14{Enter}');
    expect(await screen.findByText('No customers found for “sg14”')).toBeInTheDocument();
  });

  it('refuses an empty search and sends nothing', async () => {
    const { user, calls } = await open();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/before searching/);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Type a name/);
    expect(customerCalls(calls)).toEqual([]);
  });

  it('shows a fault in words with Try again, which then finds the customer', async () => {
    const { user, sim } = await open();
    sim.faults.set({ kind: 'soap-fault', count: 1 });
    await user.type(box(), 'amelia{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The customer service reported a problem',
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await within(await results()).findByText(/Amelia Baldwin/)).toBeInTheDocument();
  });
});

describe('One search box (Any)', () => {
  it('is the default, beside Name and Postcode', async () => {
    await open();
    expect(screen.getByRole('radio', { name: 'Any' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: 'Name' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('radio', { name: 'Postcode' })).toBeInTheDocument();
  });

  it('routes a postcode to the postcode search, says so, and searches names instead on one tap', async () => {
    const { user, location } = await open();
    await user.type(box(), 'sg14 3ag{Enter}');
    expect(await screen.findByText('Searched postcodes for SG14 3AG')).toBeInTheDocument();
    const rows = within(await results());
    expect(await rows.findByText(/Ricky Gervais/)).toBeInTheDocument();
    expect(rows.getByText(/Amelia Baldwin/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Search names instead' }));
    expect(await screen.findByText('Searched names for sg14 3ag')).toBeInTheDocument();
    expect(await screen.findByText('No customers found for “sg14 3ag”')).toBeInTheDocument();
    // And back again: the tap offers the way it replaced.
    await user.click(screen.getByRole('button', { name: 'Search postcodes instead' }));
    expect(await within(await results()).findByText(/Ricky Gervais/)).toBeInTheDocument();
    expect(location.history).toEqual(['/']);
  });

  it('routes a name to the name search, with postcodes the other way', async () => {
    const { user } = await open();
    await user.type(box(), 'Amelia{Enter}');
    expect(await screen.findByText('Searched names for Amelia')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search postcodes instead' })).toBeInTheDocument();
    expect(await within(await results()).findByText(/Amelia Baldwin/)).toBeInTheDocument();
  });

  it('routes an e-mail address to the CRM, shows who has it here, and opens Client Details', async () => {
    const { user, calls, location } = await open();
    await user.type(box(), 'Rasangi.DeSilva@enactor.co.uk{Enter}');
    expect(
      await screen.findByText('Searched e-mail addresses for rasangi.desilva@enactor.co.uk'),
    ).toBeInTheDocument();
    const row = await within(await results()).findByRole('button', { name: /Amelia Baldwin/ });
    // Contact details partly hidden in a list (maskContactDetails is on by default).
    expect(row).toHaveTextContent('r•••@enactor.co.uk');
    expect(row).not.toHaveTextContent('rasangi');
    expect(crmCalls(calls)).toHaveLength(1);
    expect(customerCalls(calls)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Search names instead' })).toBeInTheDocument();
    await user.click(row);
    expect(location.history.at(-1)).toBe('/crm/customers/100');
  });

  it('offers both readings of digits that are a phone or a card, the phone first, and sends nothing until one is chosen', async () => {
    const { user, calls, location } = await open();
    await user.type(box(), '078 1839 3795{Enter}');
    const choice = await screen.findByRole('region', { name: /Nothing has been searched yet/ });
    const buttons = within(choice).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Search phone numbers for 078 1839 3795',
      'Check loyalty card ending 3795',
    ]);
    // The likelier reading is the bigger target.
    expect(buttons[0]).toHaveClass('min-h-24', 'text-2xl!');
    expect(buttons[1]).toHaveClass('min-h-16');
    expect(calls).toEqual([]);

    await user.click(buttons[0]!);
    expect(await screen.findByText('Searched phone numbers for 078 1839 3795')).toBeInTheDocument();
    const row = await within(await results()).findByRole('button', { name: /Amelia Baldwin/ });
    expect(crmCalls(calls)).toHaveLength(1);
    // The other reading is still one tap away.
    expect(
      screen.getByRole('button', { name: 'Check loyalty card ending 3795 instead' }),
    ).toBeInTheDocument();
    await user.click(row);
    expect(location.history.at(-1)).toBe('/crm/customers/100');
  });

  it('takes the card when the cashier chooses it: its balance, the number kept out of the URL and the field', async () => {
    const { user, location } = await open();
    await user.type(box(), '07818393795{Enter}');
    await user.click(await screen.findByRole('button', { name: /^Check loyalty card/ }));
    expect(location.history.at(-1)).toBe('/balance');
    expect(useCardStore.getState().cardNumber).toBe('07818393795');
    expect(box()).toHaveValue('');
  });

  it('routes a loyalty card number to the balance enquiry, as card entry does', async () => {
    const { user, location, calls } = await open();
    await user.type(box(), '1442 0000{Enter}');
    expect(location.history).toEqual(['/', '/balance']);
    expect(useCardStore.getState().cardNumber).toBe('14420000');
    expect(box()).toHaveValue('');
    expect(calls).toEqual([]);
  });

  it("routes a customer number to that customer's Client Details", async () => {
    const { user, location } = await open();
    await user.type(box(), '100{Enter}');
    expect(location.history).toEqual(['/', '/crm/customers/100']);
  });

  it('types an e-mail address on its own keyboard, in lower case once it has its @', async () => {
    const { user } = await open();
    const keyboard = screen.getAllByRole('group', { name: 'On-screen keyboard' })[0]!;
    await user.click(box());
    for (const key of ['A', 'B', '@', 'C', 'D'])
      await user.click(within(keyboard).getByRole('button', { name: key }));
    expect(box()).toHaveValue('Ab@cd');
  });

  it('types a postcode on its own keyboard in capitals once it is one, and searches it', async () => {
    const { user } = await open();
    const keyboard = screen.getAllByRole('group', { name: 'On-screen keyboard' })[0]!;
    await user.click(box());
    for (const key of ['S', 'G', '1', '4', 'Space', '3', 'A', 'G', 'Enter'])
      await user.click(within(keyboard).getByRole('button', { name: key }));
    expect(box()).toHaveValue('SG14 3AG');
    expect(await screen.findByText('Searched postcodes for SG14 3AG')).toBeInTheDocument();
  });
});
