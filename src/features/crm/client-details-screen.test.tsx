import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestTerminal, renderWithTerminal } from '../../testing/render';
import { ClientDetailsScreen } from './client-details-screen';

async function open(
  customerNumber: string,
  before: (till: Awaited<ReturnType<typeof createTestTerminal>>) => void = () => undefined,
) {
  const till = await createTestTerminal();
  before(till);
  return {
    ...till,
    ...renderWithTerminal(
      <ClientDetailsScreen
        customerNumber={customerNumber}
        loyalty={<p>Loyalty panel from another feature</p>}
      />,
      till.terminal,
    ),
  };
}

describe('Client Details', () => {
  it("shows seed customer 100's record in its sections, the app's loyalty panel among them", async () => {
    await open('100');
    expect(await screen.findByRole('heading', { name: 'Personal details' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /Amelia Baldwin\s*No\. 100/,
    );
    const personal = within(screen.getByLabelText('Personal details', { selector: 'dl' }));
    expect(personal.getByText('Amelia Baldwin')).toBeInTheDocument();
    expect(personal.getByText('3 Feb 1987')).toBeInTheDocument();
    const contact = within(screen.getByLabelText('Contact details', { selector: 'dl' }));
    expect(contact.getByText(/137 Newport Road/)).toBeInTheDocument();
    expect(screen.getByText('Loyalty panel from another feature')).toBeInTheDocument();
    for (const section of ['Personal', 'Contact', 'Jobs', 'Loyalty', 'Groups', 'Appointments'])
      expect(
        within(screen.getByRole('navigation', { name: 'Client details sections' })).getByRole(
          'button',
          { name: section },
        ),
      ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('says so when the CRM service has no such client, and offers no Edit', async () => {
    await open('NOPE-1');
    expect(await screen.findByRole('heading', { name: 'No such client' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('shows a fault with Try again, which then loads the client', async () => {
    const { user } = await open('100', ({ sim }) =>
      sim.faults.set({ kind: 'soap-fault', count: 1, operation: 'getCustomerDetails' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'The CRM service reported a problem' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Personal details' })).toBeInTheDocument();
  });
});

describe('Client Details: Preferences and notices', () => {
  it('opens Preferences, and shows what the app composes in as notices under the heading', async () => {
    const till = await createTestTerminal();
    const { user, location } = renderWithTerminal(
      <ClientDetailsScreen
        customerNumber="100"
        loyalty={null}
        notices={<p>Birthday in 5 days</p>}
      />,
      till.terminal,
    );
    expect(screen.getByText('Birthday in 5 days')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Preferences' }));
    expect(location.history?.at(-1)).toBe('/crm/customers/100/preferences');
  });
});
